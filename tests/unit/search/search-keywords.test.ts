import {describe, expect, it} from 'vitest';
import {pageLocale, pagePhrases, searchKeywords, synonymPhrasings} from '../../../plugins/search-keywords';

describe("a page's search keywords", () => {
  it('reads the title and the ## and ### headings, without their ids or Markdown', () => {
    const page = [
      '## Remove a container: `docker rm` {/* #remove-a-container */}',
      'Some text with ## in it.',
      '### Clean up automatically with **--rm** {/* #clean-up-with-rm */}',
      '#### Too deep {/* #too-deep */}',
    ].join('\n');
    expect(pagePhrases(page, 'Your first container')).toEqual([
      'Your first container',
      'Remove a container: docker rm',
      'Clean up automatically with --rm',
    ]);
  });

  it('phrases a heading again with each synonym of a word it uses, keeping accents and whole words only', () => {
    const groups = [
      ['elimina', 'borrar', 'quitar'],
      ['reduce', 'más pequeña'],
    ];
    expect(
      synonymPhrasings(['Elimina un contenedor', 'Reduce la imagen', 'Eliminación total'], groups),
    ).toEqual(['borrar un contenedor', 'quitar un contenedor', 'más pequeña la imagen']);
  });

  it('never renames a command: "docker pull" stays "docker pull"', () => {
    expect(synonymPhrasings(['Download an image: docker pull'], [['pull', 'download']])).toEqual([
      'pull an image: docker pull',
    ]);
    expect(synonymPhrasings(['docker pull'], [['pull', 'download']])).toEqual([]);
  });

  it('takes the language from where the file lives', () => {
    expect(pageLocale('/site/i18n/es/docusaurus-plugin-content-docs/version-1.0/intro.mdx')).toBe('es');
    expect(pageLocale('/site/versioned_docs/version-1.0/intro.mdx')).toBe('en');
  });

  it("keeps the front matter's keywords first, then adds the page's own and the synonyms, once each", () => {
    const keywords = searchKeywords(
      '/site/i18n/es/docusaurus-plugin-content-docs/current/hands-on/debugging.mdx',
      '## Abre un shell dentro de un contenedor {/* #exec-a-shell */}',
      {slug: '/hands-on/debugging', title: 'Depura un contenedor', keywords: ['depurar contenedor', 'logs']},
    );
    expect(keywords.slice(0, 2)).toEqual(['depurar contenedor', 'logs']);
    // From SEARCH_KEYWORDS: the error message as Docker prints it and as a student translates it.
    expect(keywords).toContain('el nombre del contenedor ya está en uso');
    expect(keywords).toContain('abre un terminal dentro de un contenedor');
    expect(keywords).toContain('abrir un shell dentro de un contenedor');
    expect(new Set(keywords).size).toBe(keywords.length);
  });
});
