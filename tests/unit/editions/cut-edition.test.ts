/**
 * Cuts a throw-away edition in a scratch copy of the site and builds it, proving that one command
 * freezes the course in English and Spanish at once and that every edition gets its URLs:
 * /docs/<edition>/..., /es/docs/<edition>/..., /docs/next/... and /docs/... for the latest.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {extractHeadings} from '../../../scripts/checks/heading-ids';
import {makeSiteCopy} from './site-copy';

const EDITION = '9.9';
const ES_DOCS = 'i18n/es/docusaurus-plugin-content-docs';
const PAGES = ['intro.mdx', 'basics/first-steps.mdx'];

let site: string;

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
  // The home page links to the course's own pages, which this copy replaces with two fixture pages.
  fs.writeFileSync(
    path.join(site, 'src/pages/index.tsx'),
    `import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Translate from '@docusaurus/Translate';

export default function Home(): ReactNode {
  return (
    <Layout>
      <main>
        <Translate id="homepage.heading">Learn Docker step by step</Translate>
      </main>
    </Layout>
  );
}
`,
  );
});

afterAll(() => {
  if (site) fs.rmSync(site, {recursive: true, force: true});
});

describe('npm run edition:cut', () => {
  it('refuses an edition name that is not MAJOR.MINOR', () => {
    const {status, output} = cut('v1');
    expect(status).toBe(1);
    expect(output).toContain(
      'Edition not cut: "v1" is not an edition name: use MAJOR.MINOR, like 1.0 or 2.1.',
    );
  }, 30_000);

  it('refuses to cut while the content checks fail', () => {
    const page = `${ES_DOCS}/current/basics/first-steps.mdx`;
    const original = read(page);
    fs.writeFileSync(
      path.join(site, page),
      original.replace('{/* #run-something */}', '{/* #ejecuta-algo */}'),
    );
    try {
      const {status, output} = cut(EDITION);
      expect(status).toBe(1);
      expect(output).toContain(`${page}:10:17  heading id "ejecuta-algo" is not in the English twin`);
      expect(output).toContain('Edition not cut: the content checks fail');
      expect(exists('versions.json')).toBe(false);
      expect(exists(`versioned_docs/version-${EDITION}`)).toBe(false);
    } finally {
      fs.writeFileSync(path.join(site, page), original);
    }
  }, 30_000);

  it('cuts the edition in English and Spanish at once, with the same pages and heading ids', () => {
    const {status, output} = cut(EDITION);
    expect(output).toContain(`Edition ${EDITION} is cut in en and es.`);
    expect(status).toBe(0);
    expect(JSON.parse(read('versions.json'))).toEqual([EDITION]);
    expect(exists(`versioned_sidebars/version-${EDITION}-sidebars.json`)).toBe(true);
    for (const page of PAGES) {
      const english = `versioned_docs/version-${EDITION}/${page}`;
      const spanish = `${ES_DOCS}/version-${EDITION}/${page}`;
      expect(read(english)).toBe(read(`docs/${page}`));
      expect(read(spanish)).toBe(read(`${ES_DOCS}/current/${page}`));
      expect(headingIds(spanish)).toEqual(headingIds(english));
      expect(headingIds(english).length).toBeGreaterThan(0);
    }
    // The Spanish edition is labelled with its name, not with the unreleased version's label.
    expect(JSON.parse(read(`${ES_DOCS}/version-${EDITION}.json`))['version.label'].message).toBe(EDITION);
  }, 60_000);

  it('refuses an edition that already exists', () => {
    const {status, output} = cut(EDITION);
    expect(status).toBe(1);
    expect(output).toContain(`edition ${EDITION} already exists`);
  }, 30_000);

  it('builds both languages: the edition at /docs/9.9/, the unreleased docs at /docs/next/, the latest at /docs/', () => {
    // Change the English page after the cut: the unreleased Spanish page is now stale, the edition's is not.
    fs.appendFileSync(
      path.join(site, 'docs/basics/first-steps.mdx'),
      '\nA sentence added after the edition.\n',
    );
    const out = path.join(site, 'build-edition-test');
    const build = spawnSync(path.join(site, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', out], {
      cwd: site,
      encoding: 'utf8',
      env: {
        ...process.env,
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-edition-test',
        // A one-off build in a throw-away copy: writing a persistent cache would only cost time.
        DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      },
      timeout: 170_000,
    });
    const log = build.stdout + build.stderr;
    expect(build.status, log.slice(-4000)).toBe(0);

    const html = (url: string): string => {
      const file = path.join(out, `${url}.html`);
      expect(fs.existsSync(file), `${url} was not built`).toBe(true);
      return fs.readFileSync(file, 'utf8');
    };
    for (const base of [`/docs/${EDITION}`, '/docs/next', '/docs']) {
      expect(html(`${base}/basics/first-steps`)).toContain('id="run-something"');
      expect(html(`/es${base}/basics/first-steps`)).toContain('Ejecuta algo');
    }
    const notice = 'La página en inglés es más reciente';
    expect(html('/es/docs/next/basics/first-steps')).toContain(notice);
    expect(html('/es/docs/next/basics/first-steps')).toContain('href="/docs/next/basics/first-steps"');
    expect(html(`/es/docs/${EDITION}/basics/first-steps`)).not.toContain(notice);
    expect(html('/docs/next/basics/first-steps')).not.toContain('translation-status-notice');
  }, 180_000);
});
