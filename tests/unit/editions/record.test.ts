/**
 * The record of a released edition, on a small site and build written here: a change of words, a lost URL or
 * anchor, a changed download and a hand edit of a frozen file are each reported with where and how to fix it;
 * a change of markup is not; an erratum publishes a change of words on the record, never a lost link.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  checkBuiltEdition,
  checkFrozenFiles,
  publishErratum,
  readRecord,
  recordEdition,
  type EditionRecord,
} from '../../../scripts/editions/record';

const EDITION = '2.0';
let site: string;
let build: string;

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
  fs.writeFileSync(path.join(root, file), text);
}

function page(lang: string, body: string): string {
  return (
    `<!doctype html><html lang=${lang}><body><nav>Menu</nav><article>` +
    `<div class="theme-doc-markdown markdown"><header><h1>${lang === 'es' ? 'Primeros pasos' : 'First steps'}</h1></header>` +
    `${body}</div></article></body></html>`
  );
}

const ENGLISH_BODY =
  '<p>Run <code>docker ps</code> to list containers.</p>' +
  '<h2 class="anchor" id="first-step">The first step<a class="hash-link" href="#first-step">#</a></h2>' +
  '<div role="img" aria-label="A diagram"><span>Label drawn in the diagram</span></div>' +
  '<pre><code>FROM python:3.14-slim\n  WORKDIR /app</code></pre><button>Copy</button>';

function writeBuild(englishBody = ENGLISH_BODY): void {
  const sitemap = (urls: string[]) =>
    `<urlset>${urls.map((url) => `<url><loc>https://example.org${url}</loc></url>`).join('')}</urlset>`;
  write(build, 'sitemap.xml', sitemap(['/', `/docs/${EDITION}/intro`, '/docs/next/intro']));
  write(build, 'es/sitemap.xml', sitemap(['/es/', `/es/docs/${EDITION}/intro`]));
  write(build, `docs/${EDITION}/intro.html`, page('en', englishBody));
  write(
    build,
    `es/docs/${EDITION}/intro.html`,
    page('es', ENGLISH_BODY.replace('to list containers', 'para listar')),
  );
  for (const prefix of ['', 'es/'])
    write(build, `${prefix}examples/${EDITION}/app/Dockerfile`, 'FROM python\n');
}

let record: EditionRecord;

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-record-'));
  build = path.join(site, 'build');
  write(site, 'versions.json', JSON.stringify([EDITION]));
  write(site, `versioned_docs/version-${EDITION}/intro.mdx`, '# First steps\n');
  write(site, `versioned_sidebars/version-${EDITION}-sidebars.json`, '{}');
  write(site, `i18n/es/docusaurus-plugin-content-docs/version-${EDITION}/intro.mdx`, '# Primeros pasos\n');
  write(site, `versioned_data/version-${EDITION}/catalog.json`, '{"commands": []}');
  write(site, `versioned_data/version-${EDITION}/examples/app/Dockerfile`, 'FROM python\n');
  writeBuild();
  recordEdition(site, build, EDITION);
  record = readRecord(site, EDITION)!;
});

afterEach(() => {
  fs.rmSync(site, {recursive: true, force: true});
});

describe('the record of a released edition', () => {
  it('holds every page, heading id and download of the edition, in both languages, and nothing else', () => {
    expect(record.pages).toEqual({
      [`/docs/${EDITION}/intro`]: ['first-step'],
      [`/es/docs/${EDITION}/intro`]: ['first-step'],
    });
    expect(Object.keys(record.downloads).sort()).toEqual([
      `/es/examples/${EDITION}/app/Dockerfile`,
      `/examples/${EDITION}/app/Dockerfile`,
    ]);
    expect(Object.keys(record.files)).toContain(`versioned_data/version-${EDITION}/catalog.json`);
    expect(Object.keys(record.files)).toContain(
      `i18n/es/docusaurus-plugin-content-docs/version-${EDITION}/intro.mdx`,
    );
  });

  it('records the words: prose, headings and code with its indentation; no diagram, control or anchor sign', () => {
    const text = fs.readFileSync(path.join(site, `versioned_data/version-${EDITION}/text.en.txt`), 'utf8');
    expect(text).toBe(
      `=== /docs/${EDITION}/intro ===\nFirst steps\nRun docker ps to list containers.\nThe first step\n` +
        'FROM python:3.14-slim\n  WORKDIR /app\n',
    );
  });

  it('passes a build that shows the same words in other markup', () => {
    writeBuild(
      '<p class="new-style">Run <span><code>docker ps</code></span> to list containers.</p>' +
        '<h2 id="first-step" class="other">The first step</h2>' +
        '<pre><code><span class="token">FROM</span> python:3.14-slim\n  WORKDIR /app</code></pre>',
    );
    expect(checkFrozenFiles(site, record)).toEqual([]);
    expect(checkBuiltEdition(site, build, record)).toEqual([]);
  });

  it('names the page and shows the first differing line when the words change', () => {
    writeBuild(ENGLISH_BODY.replace('to list containers', 'to list running containers'));
    const problems = checkBuiltEdition(site, build, record);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toBe(`/docs/${EDITION}/intro`);
    expect(problems[0].message).toContain(`record: versioned_data/version-${EDITION}/text.en.txt:3`);
    expect(problems[0].message).toContain('recorded: Run docker ps to list containers.');
    expect(problems[0].message).toContain('built:    Run docker ps to list running containers.');
    expect(problems[0].message).toContain('npm run edition:erratum');
  });

  it('reports a heading id, a page and a download that no longer resolve', () => {
    writeBuild(ENGLISH_BODY.replaceAll('first-step', 'renamed-step'));
    fs.rmSync(path.join(build, `es/docs/${EDITION}/intro.html`));
    fs.writeFileSync(path.join(build, `examples/${EDITION}/app/Dockerfile`), 'FROM ruby\n');
    const problems = checkBuiltEdition(site, build, record);
    const where = problems.map((problem) => problem.where);
    expect(where).toContain(`/docs/${EDITION}/intro#first-step`);
    expect(where).toContain(`/es/docs/${EDITION}/intro`);
    expect(where).toContain(`/examples/${EDITION}/app/Dockerfile`);
    expect(problems.find((p) => p.where === `/es/docs/${EDITION}/intro`)?.message).toMatch(
      /^no longer resolves/,
    );
  });

  it('fails a hand edit of frozen data, saying the edition is released and how to publish a correction', () => {
    write(site, `versioned_data/version-${EDITION}/catalog.json`, '{"commands": [1]}');
    write(site, `versioned_docs/version-${EDITION}/new-page.mdx`, '# New\n');
    const problems = checkFrozenFiles(site, record);
    expect(problems.map((problem) => problem.where)).toEqual([
      `versioned_data/version-${EDITION}/catalog.json`,
      `versioned_docs/version-${EDITION}/new-page.mdx`,
    ]);
    expect(problems[0].message).toContain(`was edited, but edition ${EDITION} is released`);
    expect(problems[0].message).toContain('git checkout --');
    expect(problems[0].message).toContain('npm run edition:cut');
    expect(problems[0].message).toContain('npm run edition:erratum');
  });

  it('publishes an erratum that changes words, with its reason, and then passes', () => {
    write(site, `versioned_docs/version-${EDITION}/intro.mdx`, '# First steps, corrected\n');
    writeBuild(ENGLISH_BODY.replace('to list containers', 'to list the running containers'));
    publishErratum(site, build, EDITION, 'docker ps lists running containers only');
    const errata = fs.readFileSync(path.join(site, `versioned_data/version-${EDITION}/errata.md`), 'utf8');
    expect(errata).toContain(`# Errata of edition ${EDITION}`);
    expect(errata).toMatch(/## \d{4}-\d{2}-\d{2}: docker ps lists running containers only/);
    expect(errata).toContain(`- /docs/${EDITION}/intro`);
    const corrected = readRecord(site, EDITION)!;
    expect(checkFrozenFiles(site, corrected)).toEqual([]);
    expect(checkBuiltEdition(site, build, corrected)).toEqual([]);
  });

  it('refuses an erratum that would take away an anchor', () => {
    writeBuild(ENGLISH_BODY.replaceAll('first-step', 'renamed-step'));
    expect(() => publishErratum(site, build, EDITION, 'rename a heading')).toThrow(
      /an erratum may change words, never take away a link:\n {2}\/docs\/2\.0\/intro#first-step/,
    );
    expect(fs.existsSync(path.join(site, `versioned_data/version-${EDITION}/errata.md`))).toBe(false);
  });
});
