/**
 * Cuts a throw-away edition of the course in a scratch copy of the site and builds it, proving that
 * one command freezes the course in English and Spanish at once and that every edition gets its URLs:
 * /docs/<edition>/..., /es/docs/<edition>/..., /docs/next/... and /docs/... for the latest edition.
 * Then it proves the freeze: after the live catalog, glossary and example project change, every released
 * edition still shows exactly what it was released with, while the unreleased edition shows the change. The copy
 * keeps the oldest released edition and the one cut here (keepOldestEdition).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readContentFiles} from '../../../scripts/checks';
import {locateDoc} from '../../../scripts/checks/doc-paths';
import {extractHeadings} from '../../../scripts/checks/heading-ids';
import {readFrontMatter} from '../../../scripts/checks/markdown';
import {checkEditions} from '../../../scripts/check-editions';
import {stampTranslation} from '../../../scripts/stamp-translation';
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

/** Builds of the scratch copy keep their generated files apart and share no bundler cache with the site's. */
const BUILD_ENV = {
  ...process.env,
  DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-edition-test',
  // node_modules is shared: a persistent bundler cache there would mix with other builds.
  DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
};

function cut(edition: string): {status: number | null; output: string} {
  const run = spawnSync(path.join(site, 'node_modules/.bin/tsx'), ['scripts/cut-edition.ts', edition], {
    cwd: site,
    encoding: 'utf8',
    env: BUILD_ENV,
    timeout: 170_000,
  });
  return {status: run.status, output: run.stdout + run.stderr};
}

/** What a cut does to a page besides copying it: its example files and downloads become the edition's. */
const frozenPage = (text: string, edition: string): string =>
  text
    .replaceAll('@site/examples/', `@site/versioned_data/version-${edition}/examples/`)
    .replaceAll('pathname:///examples/next/', `pathname:///examples/${edition}/`);

const read = (file: string): string => fs.readFileSync(path.join(site, file), 'utf8');

/** Everything a cut writes, as a list of files with their sizes: a refused cut leaves it as it was. */
function editionFiles(): string[] {
  const folders = ['versioned_docs', 'versioned_sidebars', 'versioned_data', ES_DOCS];
  return [
    `versions.json ${exists('versions.json') ? read('versions.json') : '(none)'}`,
    ...folders.flatMap((folder) =>
      exists(folder)
        ? fs
            .readdirSync(path.join(site, folder), {recursive: true, encoding: 'utf8'})
            .map((file) => `${folder}/${file} ${fs.statSync(path.join(site, folder, file)).size}`)
        : [],
    ),
  ].sort();
}
const exists = (file: string): boolean => fs.existsSync(path.join(site, file));
const headingIds = (file: string): (string | undefined)[] =>
  extractHeadings(read(file), file).map((h) => h.id);

/**
 * Keeps only the oldest released edition in the copy. Each edition makes every build of the copy longer, and three
 * builds run here. The oldest was frozen by hand when editions began; the others were cut by the command this file
 * tests, which the edition cut here proves again.
 */
function keepOldestEdition(): void {
  const released = exists('versions.json') ? (JSON.parse(read('versions.json')) as string[]) : [];
  for (const edition of released.slice(0, -1)) {
    for (const target of [
      `versioned_docs/version-${edition}`,
      `versioned_sidebars/version-${edition}-sidebars.json`,
      `versioned_data/version-${edition}`,
      `${ES_DOCS}/version-${edition}`,
      `${ES_DOCS}/version-${edition}.json`,
    ])
      fs.rmSync(path.join(site, target), {recursive: true, force: true});
  }
  if (released.length > 1)
    fs.writeFileSync(path.join(site, 'versions.json'), JSON.stringify(released.slice(-1)));
}

beforeAll(() => {
  site = makeSiteCopy('edition-cut-');
  keepOldestEdition();
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

  it('refuses an edition name that is not MAJOR.MINOR, and changes nothing', () => {
    const before = editionFiles();
    const {status, output} = cut('v1');
    expect(status).toBe(1);
    expect(output).toContain(
      'Edition not cut: "v1" is not an edition name: use MAJOR.MINOR, like 1.0 or 2.1.',
    );
    expect(editionFiles()).toEqual(before);
  }, 30_000);

  it('removes everything it wrote when the build fails after the pages were frozen', () => {
    const before = editionFiles();
    // A page whose "next page" link names no page: the content checks leave links between pages to the build,
    // which stops as it loads the pages, before bundling anything. Its translation is stamped again, so that only
    // the build can fail.
    const page = `docs/${sample.page}`;
    const translation = `${ES_DOCS}/current/${sample.page}`;
    const [original, originalTranslation] = [read(page), read(translation)];
    fs.writeFileSync(
      path.join(site, page),
      original.replace(/^---\n/, '---\npagination_next: no-such-page\n'),
    );
    stampTranslation(site, translation);
    try {
      const {status, output} = cut(EDITION);
      expect(status, output.slice(-2000)).toBe(1);
      expect(output).toContain('Edition not cut: the build failed');
      expect(editionFiles()).toEqual(before);
    } finally {
      fs.writeFileSync(path.join(site, page), original);
      fs.writeFileSync(path.join(site, translation), originalTranslation);
    }
  }, 180_000);

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
      expect(read(english)).toBe(frozenPage(read(`docs/${page}`), EDITION));
      // The same rewrite, and a translation that was up to date stays so.
      expect(read(spanish).replace(/^source_hash: .*$/m, '')).toBe(
        frozenPage(read(`${ES_DOCS}/current/${page}`), EDITION).replace(/^source_hash: .*$/m, ''),
      );
      expect(headingIds(spanish), spanish).toEqual(headingIds(english));
    }
    // The Spanish edition is labelled with its name, not with the unreleased version's label.
    expect(JSON.parse(read(`${ES_DOCS}/version-${EDITION}.json`))['version.label'].message).toBe(EDITION);
    // What the pages render from is frozen beside them, with the record of what they show.
    const data = `versioned_data/version-${EDITION}`;
    for (const file of [
      'catalog.json',
      'record.json',
      'text.en.txt',
      'text.es.txt',
      'examples/flask-app/Dockerfile',
    ])
      expect(exists(`${data}/${file}`), `${data}/${file}`).toBe(true);
    expect(read(`${data}/examples/flask-app/.dockerignore`)).toBe(read('examples/flask-app/.dockerignore'));
    expect(read(`${data}/text.en.txt`)).toContain(`=== /docs/${EDITION}${sample.slug} ===`);
    expect(read(`${data}/text.es.txt`)).toContain(`=== /es/docs/${EDITION}${sample.slug} ===`);
  }, 180_000);

  it('refuses an edition that already exists, and changes nothing', () => {
    const before = editionFiles();
    const {status, output} = cut(EDITION);
    expect(status).toBe(1);
    expect(output).toContain(`edition ${EDITION} already exists`);
    expect(editionFiles()).toEqual(before);
  }, 30_000);

  it(`builds both languages: the edition at /docs/${EDITION}/, unreleased work at /docs/next/, the latest at /docs/`, () => {
    // Change an English page after the cut: its unreleased Spanish twin is now stale, the edition's is not.
    fs.appendFileSync(path.join(site, `docs/${sample.page}`), '\nA sentence added after the edition.\n');
    // Change the live data every edition used to render from: a catalog explanation, a glossary definition
    // and the example project's Dockerfile.
    const edit = (file: string, from: string, to: string) => {
      const text = read(file);
      expect(text, `${file} holds ${from}`).toContain(from);
      fs.writeFileSync(path.join(site, file), text.replace(from, to));
    };
    const MARK = 'changed-after-the-cut';
    edit(
      'src/data/commands.ts',
      "'Downloads an image from a registry",
      `'${MARK} Downloads an image from a registry`,
    );
    edit(
      'src/data/commands.ts',
      "'Descarga una imagen de un registro",
      `'${MARK} Descarga una imagen de un registro`,
    );
    edit(
      'src/data/glossary.ts',
      "'A read-only package with everything",
      `'${MARK} A read-only package with everything`,
    );
    edit(
      'src/data/glossary.ts',
      "'Un paquete de solo lectura con todo",
      `'${MARK} Un paquete de solo lectura con todo`,
    );
    edit(
      'examples/flask-app/Dockerfile',
      '# The official Python image',
      `# ${MARK}\n# The official Python image`,
    );

    const out = path.join(site, 'build-edition-test');
    const build = spawnSync(path.join(site, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', out], {
      cwd: site,
      encoding: 'utf8',
      env: BUILD_ENV,
      timeout: 170_000,
    });
    expect(build.status, (build.stdout + build.stderr).slice(-4000)).toBe(0);

    // Every released edition, 1.0 and the one just cut, is exactly as released, in both languages.
    expect(checkEditions(site, out)).toEqual([]);
    // The unreleased edition shows the changes.
    const builtText = (url: string) => fs.readFileSync(path.join(out, url), 'utf8');
    for (const prefix of ['', '/es']) {
      for (const page of ['hands-on/first-container', 'reference/commands', 'reference/glossary'])
        expect(builtText(`${prefix}/docs/next/${page}.html`), `${prefix}/docs/next/${page}`).toContain(MARK);
      expect(builtText(`${prefix}/examples/next/flask-app/Dockerfile`)).toContain(MARK);
      for (const edition of [...existingEditions, EDITION]) {
        for (const page of ['hands-on/first-container', 'reference/commands', 'reference/glossary'])
          expect(
            builtText(`${prefix}/docs/${edition}/${page}.html`),
            `${prefix}/docs/${edition}/${page}`,
          ).not.toContain(MARK);
        expect(builtText(`${prefix}/examples/${edition}/flask-app/Dockerfile`)).not.toContain(MARK);
      }
      expect(builtText(`${prefix}/examples/flask-app/Dockerfile`)).not.toContain(MARK);
    }

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
