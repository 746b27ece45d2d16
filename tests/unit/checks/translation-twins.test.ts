import {describe, expect, it} from 'vitest';
import {readContentFiles} from '../../../scripts/checks';
import {docPath, englishTwinPath, locateDoc} from '../../../scripts/checks/doc-paths';
import {checkTranslationTwins} from '../../../scripts/checks/translation-twins';
import type {SourceFile} from '../../../scripts/checks/types';
import {ES_CURRENT, FIXTURE_SITE, fixtureAs} from './fixtures';

const siteDocs = (): SourceFile[] => readContentFiles(FIXTURE_SITE).docs;

function replace(docs: SourceFile[], file: SourceFile): SourceFile[] {
  return docs.map((doc) => (doc.path === file.path ? file : doc));
}

describe('doc paths', () => {
  it('pairs each translation with its English twin, per edition', () => {
    expect(englishTwinPath(locateDoc(`${ES_CURRENT}/hands-on/volumes.mdx`)!)).toBe(
      'docs/hands-on/volumes.mdx',
    );
    expect(englishTwinPath(locateDoc('i18n/es/docusaurus-plugin-content-docs/version-1.0/intro.mdx')!)).toBe(
      'versioned_docs/version-1.0/intro.mdx',
    );
    expect(docPath({...locateDoc('versioned_docs/version-2.1/a/b.md')!, locale: 'es'})).toBe(
      'i18n/es/docusaurus-plugin-content-docs/version-2.1/a/b.md',
    );
    expect(locateDoc('src/pages/index.tsx')).toBeUndefined();
  });
});

describe('checkTranslationTwins', () => {
  it('passes a site whose pages all have twins with the same slugs and heading ids', () => {
    expect(checkTranslationTwins(siteDocs(), ['es'])).toEqual([]);
  });

  it('reports an English page without its Spanish twin (a missing translation)', () => {
    const docs = siteDocs().filter((doc) => doc.path !== `${ES_CURRENT}/basics/first-steps.mdx`);
    const problems = checkTranslationTwins(docs, ['es']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: 'docs/basics/first-steps.mdx', line: 1, severity: 'error'});
    expect(problems[0].message).toBe(
      `missing translation: this page has no "es" twin (${ES_CURRENT}/basics/first-steps.mdx does not exist)`,
    );
    expect(problems[0].fix).toContain('npm run translations:stamp');
  });

  it('reports a Spanish page without an English twin, in a released edition too', () => {
    const orphan = {
      path: 'i18n/es/docusaurus-plugin-content-docs/version-1.0/old.mdx',
      text: '---\ntitle: x\n---\n',
    };
    const problems = checkTranslationTwins([...siteDocs(), orphan], ['es']);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(orphan.path);
    expect(problems[0].message).toBe('no English twin: versioned_docs/version-1.0/old.mdx does not exist');
  });

  it('reports a renamed heading id and names the id it should have', () => {
    const renamed = fixtureAs('bad/renamed-heading-id.es.mdx', `${ES_CURRENT}/basics/first-steps.mdx`);
    const problems = checkTranslationTwins(replace(siteDocs(), renamed), ['es']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({file: renamed.path, line: 9, severity: 'error'});
    expect(problems[0].message).toBe(
      'heading id "ejecuta-algo" is not in the English twin; it should probably be "run-something" (docs/basics/first-steps.mdx:9)',
    );
    expect(problems[0].fix).toContain('{/* #run-something */}');
  });

  it('reports a missing section, headings in another order, and another slug', () => {
    const english = siteDocs().find((doc) => doc.path === 'docs/basics/first-steps.mdx')!;
    const spanish = siteDocs().find((doc) => doc.path === `${ES_CURRENT}/basics/first-steps.mdx`)!;

    const withoutSection = {...spanish, text: spanish.text.replace(/### Echa un vistazo.*\n/, '')};
    const missing = checkTranslationTwins(replace(siteDocs(), withoutSection), ['es']);
    expect(missing.map((p) => p.message)).toEqual([
      `heading id "look-around" of the English twin (${english.path}:13) is missing here (it follows the section "run-something")`,
    ]);
    expect(missing[0].line).toBe(10);

    const swapped = {
      ...spanish,
      text: spanish.text
        .replace('{/* #look-around */}', '{/* #tmp */}')
        .replace('{/* #check-yourself */}', '{/* #look-around */}')
        .replace('{/* #tmp */}', '{/* #check-yourself */}'),
    };
    const order = checkTranslationTwins(replace(siteDocs(), swapped), ['es']);
    expect(order).toHaveLength(1);
    expect(order[0].message).toMatch(/another order .* heading 2 is "check-yourself" here but "look-around"/);

    const otherSlug = {
      ...spanish,
      text: spanish.text.replace('slug: /basics/first-steps', 'slug: /basicos/primeros-pasos'),
    };
    const slug = checkTranslationTwins(replace(siteDocs(), otherSlug), ['es']);
    expect(slug).toHaveLength(1);
    expect(slug[0]).toMatchObject({line: 2});
    expect(slug[0].fix).toBe('set `slug: /basics/first-steps`: both languages share the English URL');
  });
});
