/**
 * Which pages the every-page browser test opens (tests/e2e/page-copies.ts): a page whose article is a copy of an
 * opened page's in its language is checked from its HTML, but never the first page of an edition in a language.
 */
import {describe, expect, it} from 'vitest';
import {kindOf, planVisits, servedArticle, withoutEdition} from '../../e2e/page-copies';

/** A doc page's served HTML, minified as the build writes it, with its edition in the links and the banner. */
const docPage = (edition: string, words: string): string =>
  `<html><body><nav><a href=/docs/${edition}/intro>Intro</a></nav><article>` +
  `<span class=badge>Version: ${edition}</span><div class="theme-doc-markdown markdown"><h1>Volumes</h1>` +
  `<p>${words} See <a href=/docs/${edition}/hands-on/debugging#ports>debugging</a>, ` +
  `<a href="/examples/${edition}/flask-app/app.py">app.py</a>.</p></div><!--/$--></article>` +
  `<nav class=pagination-nav><a href=/docs/${edition}/next>Next</a></nav></body></html>`;

describe('servedArticle', () => {
  it('is the Markdown part of the article, the same in two editions that agree', () => {
    const article = servedArticle(docPage('1.1', 'Data outlives the container.'));
    expect(article).toContain('<h1>Volumes</h1>');
    expect(article).not.toContain('Version:');
    expect(article).not.toContain('pagination-nav');
    expect(servedArticle(docPage('next', 'Data outlives the container.'))).toBe(article);
  });

  it('differs when one word does', () => {
    expect(servedArticle(docPage('next', 'Data outlives the containers.'))).not.toBe(
      servedArticle(docPage('1.1', 'Data outlives the container.')),
    );
  });

  it('is undefined for a page without one, which is then opened', () => {
    expect(servedArticle('<html><body><main><h1>Docker Course Notes</h1></main></body></html>')).toBe(
      undefined,
    );
  });
});

describe('withoutEdition', () => {
  it('leaves the edition out of doc and download links, quoted or not, and nothing else', () => {
    expect(withoutEdition('href=/docs/next>')).toBe('href=/docs/*>');
    expect(withoutEdition('href="/es/docs/1.0/x#y"')).toBe('href="/es/docs/*/x#y"');
    expect(withoutEdition('href=/examples/1.1/flask-app/Dockerfile')).toBe(
      'href=/examples/*/flask-app/Dockerfile',
    );
    expect(withoutEdition('Docker 28.2 and /docs/nextjs')).toBe('Docker 28.2 and /docs/nextjs');
  });
});

describe('planVisits', () => {
  const page = (path: string, words?: string) => {
    const edition = /\/docs\/([^/]+)/.exec(path)?.[1] ?? '';
    return {path, article: words === undefined ? undefined : servedArticle(docPage(edition, words))};
  };

  it('opens the first page of each language and edition, and checks the copies after it from their HTML', () => {
    const plan = planVisits([
      page('/'),
      page('/docs/1.1/a', 'A'),
      page('/docs/1.1/b', 'B'),
      page('/docs/next/a', 'A'),
      page('/docs/next/b', 'B'),
      page('/docs/next/c', 'C, changed after the cut'),
      page('/es/docs/1.1/a', 'A'),
      page('/es/docs/next/a', 'A'),
      page('/es/docs/next/b', 'B en español'),
    ]);
    expect(plan.open).toEqual([
      '/',
      '/docs/1.1/a',
      '/docs/1.1/b',
      // The first of its edition in English: its banner and sidebar are read here.
      '/docs/next/a',
      '/docs/next/c',
      // A Spanish page is never a copy of an English one.
      '/es/docs/1.1/a',
      '/es/docs/next/a',
      '/es/docs/next/b',
    ]);
    expect(plan.copies).toEqual([{path: '/docs/next/b', twin: '/docs/1.1/b'}]);
  });

  it('opens every page when no two articles agree', () => {
    const pages = [page('/docs/1.0/a', 'A'), page('/docs/1.1/a', 'A, corrected'), page('/search')];
    expect(planVisits(pages)).toEqual({open: pages.map(({path}) => path), copies: []});
  });
});

describe('kindOf', () => {
  it('names the language and the edition of a path', () => {
    expect(kindOf('/es/docs/1.1/hands-on/volumes')).toBe('es 1.1');
    expect(kindOf('/docs/next')).toBe('en next');
    expect(kindOf('/es/')).toBe('es -');
    expect(kindOf('/search')).toBe('en -');
  });
});
