/**
 * Cuts a throw-away edition of the course in a scratch copy of the site and builds it, proving that
 * one command freezes the course in English and Spanish at once and that every edition gets its URLs:
 * /docs/<edition>/..., /es/docs/<edition>/..., /docs/next/... and /docs/... for the latest edition.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readContentFiles} from '../../../scripts/checks';
import {locateDoc} from '../../../scripts/checks/doc-paths';
import {extractHeadings} from '../../../scripts/checks/heading-ids';
import {readFrontMatter} from '../../../scripts/checks/markdown';
import {makeSiteCopy} from './site-copy';

const EDITION = '99.0';

/** The built HTML is minified: attribute quotes are dropped where they are not needed. */
const headingIdAttribute = (id: string): RegExp => new RegExp(`id="?${id}"?[ >]`);
const ES_DOCS = 'i18n/es/docusaurus-plugin-content-docs';

let site: string;
let existingEditions: string[];
/** The current English pages, as paths relative to docs/. */
let pages: string[];
/** One page with a slug of its own and headings, to look for in the build. */
let sample: {page: string; slug: string; firstId: string};

function cut(edition: string): {status: number | null; output: string} {
  const run = spawnSync(path.join(site, 'node_modules/.bin/tsx'), ['scripts/cut-edition.ts', edition], {
    cwd: site,
    encoding: 'utf8',
  });
  return {status: run.status, output: run.stdout + run.stderr};
}

const read = (file: string): string => fs.readFileSync(path.join(site, file), 'utf8');
const exists = (file: string): boolean => fs.existsSync(path.join(site, file));
const headingIds = (file: string): (string | undefined)[] =>
  extractHeadings(read(file), file).map((h) => h.id);

beforeAll(() => {
  site = makeSiteCopy('edition-cut-');
  existingEditions = exists('versions.json') ? (JSON.parse(read('versions.json')) as string[]) : [];
  pages = readContentFiles(site)
    .docs.map((doc) => locateDoc(doc.path)!)
    .filter((doc) => doc.locale === 'en' && doc.version === 'current')
    .map((doc) => doc.relativePath);
  for (const page of pages) {
    const slug = readFrontMatter(read(`docs/${page}`))?.slug;
    const firstId = headingIds(`docs/${page}`).find(Boolean);
    if (typeof slug === 'string' && slug !== '/' && firstId && !path.basename(page).startsWith('_')) {
      sample = {page, slug, firstId};
      break;
    }
  }
});

afterAll(() => {
  if (site) fs.rmSync(site, {recursive: true, force: true});
});

describe('npm run edition:cut', () => {
  it('has pages to cut', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(sample, 'no page with a slug and a heading id to look for').toBeDefined();
  });

  it('refuses an edition name that is not MAJOR.MINOR', () => {
    const {status, output} = cut('v1');
    expect(status).toBe(1);
    expect(output).toContain(
      'Edition not cut: "v1" is not an edition name: use MAJOR.MINOR, like 1.0 or 2.1.',
    );
  }, 30_000);

  it('refuses to cut while the content checks fail', () => {
    const page = `${ES_DOCS}/current/${sample.page}`;
    const original = read(page);
    fs.writeFileSync(
      path.join(site, page),
      original.replace(`{/* #${sample.firstId} */}`, '{/* #renamed-in-spanish */}'),
    );
    try {
      const {status, output} = cut(EDITION);
      expect(status).toBe(1);
      expect(output).toContain(`${page}:`);
      expect(output).toContain('heading id "renamed-in-spanish" is not in the English twin');
      expect(output).toContain('Edition not cut: the content checks fail');
      expect(exists(`versioned_docs/version-${EDITION}`)).toBe(false);
    } finally {
      fs.writeFileSync(path.join(site, page), original);
    }
  }, 30_000);

  it('cuts the edition in English and Spanish at once, with the same pages and heading ids', () => {
    const {status, output} = cut(EDITION);
    expect(output).toContain(`Edition ${EDITION} is cut in en and es.`);
    expect(status).toBe(0);
    expect(JSON.parse(read('versions.json'))).toEqual([EDITION, ...existingEditions]);
    expect(exists(`versioned_sidebars/version-${EDITION}-sidebars.json`)).toBe(true);
    for (const page of pages) {
      const english = `versioned_docs/version-${EDITION}/${page}`;
      const spanish = `${ES_DOCS}/version-${EDITION}/${page}`;
      expect(read(english)).toBe(read(`docs/${page}`));
      expect(read(spanish)).toBe(read(`${ES_DOCS}/current/${page}`));
      expect(headingIds(spanish), spanish).toEqual(headingIds(english));
    }
    // The Spanish edition is labelled with its name, not with the unreleased version's label.
    expect(JSON.parse(read(`${ES_DOCS}/version-${EDITION}.json`))['version.label'].message).toBe(EDITION);
  }, 60_000);

  it('refuses an edition that already exists', () => {
    const {status, output} = cut(EDITION);
    expect(status).toBe(1);
    expect(output).toContain(`edition ${EDITION} already exists`);
  }, 30_000);

  it(`builds both languages: the edition at /docs/${EDITION}/, unreleased work at /docs/next/, the latest at /docs/`, () => {
    // Change an English page after the cut: its unreleased Spanish twin is now stale, the edition's is not.
    fs.appendFileSync(path.join(site, `docs/${sample.page}`), '\nA sentence added after the edition.\n');
    const out = path.join(site, 'build-edition-test');
    const build = spawnSync(path.join(site, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', out], {
      cwd: site,
      encoding: 'utf8',
      env: {
        ...process.env,
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-edition-test',
        // node_modules is shared: a persistent bundler cache there would mix with other builds.
        DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      },
      timeout: 170_000,
    });
    expect(build.status, (build.stdout + build.stderr).slice(-4000)).toBe(0);

    const html = (url: string): string => {
      // Pages are `<path>.html`; redirect pages are `<path>/index.html`.
      const file = [path.join(out, `${url}.html`), path.join(out, url, 'index.html')].find((f) =>
        fs.existsSync(f),
      );
      expect(file, `${url} was not built`).toBeDefined();
      return fs.readFileSync(file!, 'utf8');
    };
    for (const base of [`/docs/${EDITION}`, '/docs/next']) {
      expect(html(`${base}${sample.slug}`)).toMatch(headingIdAttribute(sample.firstId));
      expect(html(`/es${base}${sample.slug}`)).toMatch(headingIdAttribute(sample.firstId));
      expect(html(`/es${base}${sample.slug}`)).toMatch(/<html lang="?es"?[ >]/);
    }
    // `/docs/...` leads to the latest edition's permanent URL, in both languages.
    expect(html(`/docs${sample.slug}`)).toContain(`url=/docs/${EDITION}${sample.slug}`);
    expect(html(`/es/docs${sample.slug}`)).toContain(`url=/es/docs/${EDITION}${sample.slug}`);
    const notice = 'translation-status-notice';
    expect(html(`/es/docs/next${sample.slug}`)).toContain(notice);
    expect(html(`/es/docs/next${sample.slug}`)).toMatch(new RegExp(`href="?/docs/next${sample.slug}[" >]`));
    expect(html(`/es/docs/${EDITION}${sample.slug}`)).not.toContain(notice);
    expect(html(`/docs/next${sample.slug}`)).not.toContain(notice);
  }, 180_000);
});
