/**
 * The record of a released course edition, written when the edition is cut and checked by `npm test`:
 *
 *   versioned_data/version-<edition>/
 *     catalog.json       the command catalog and glossary the edition renders from (frozen at the cut)
 *     examples/          the example project its pages show and offer for download (frozen at the cut)
 *     text.<lang>.txt    the words of every page, one block per line, under `=== <url> ===`
 *     record.json        every URL and heading id, every download URL, and a checksum of every frozen file
 *     errata.md          corrections published on purpose after the release, if any
 *
 * The check fails when a frozen file changes, when a URL or an anchor stops resolving, when a page's words
 * differ from the record (the first differing line is shown) or when a download's bytes change.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  EDITION_DATA_DIR,
  UNVERSIONED_EXAMPLES_EDITION,
  editionDataDir,
  releasedEditions,
} from '../../src/data/editions';
import {translationLocales} from '../checks';
import {DEFAULT_LOCALE} from '../checks/doc-paths';
import {pageText, type PageText} from './page-text';

export interface EditionRecord {
  edition: string;
  /** Every page of the edition in every language: URL path → its heading ids. */
  pages: Record<string, string[]>;
  /** Every download URL path → the frozen file it serves, relative to the site. */
  downloads: Record<string, string>;
  /** SHA-256 of every frozen file of the edition, relative to the site. */
  files: Record<string, string>;
}

export interface EditionProblem {
  /** What the problem is about: a file of the site, a URL, or `file:line`. */
  where: string;
  message: string;
}

const RECORD_FILE = 'record.json';
const ERRATA_FILE = 'errata.md';
const HOW_TO_CORRECT =
  'A released edition never changes: undo the change (git checkout -- <file>). To correct the edition, cut a ' +
  'new one with the fix (npm run edition:cut -- <next edition>), or publish an erratum after building: ' +
  'npm run edition:erratum -- <edition> "<what and why>" (README, "Cutting a course edition").';

const sha256 = (file: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Files under `dir` (relative to `root`), dotfiles included, sorted. */
function filesUnder(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The languages the site is built in: English at the root, each translation under `/<locale>/`. */
function locales(siteDir: string): string[] {
  return [DEFAULT_LOCALE, ...translationLocales(siteDir)];
}

const localePrefix = (locale: string): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** Every file an edition is made of, relative to the site, except its record.json. */
export function frozenFiles(siteDir: string, edition: string): string[] {
  const translated = locales(siteDir)
    .filter((locale) => locale !== DEFAULT_LOCALE)
    .flatMap((locale) => {
      const dir = `i18n/${locale}/docusaurus-plugin-content-docs`;
      const labels = `${dir}/version-${edition}.json`;
      return [
        ...filesUnder(siteDir, `${dir}/version-${edition}`),
        ...(fs.existsSync(path.join(siteDir, labels)) ? [labels] : []),
      ];
    });
  return [
    ...filesUnder(siteDir, `versioned_docs/version-${edition}`),
    `versioned_sidebars/version-${edition}-sidebars.json`,
    ...translated,
    ...filesUnder(siteDir, editionDataDir(edition)).filter((file) => path.basename(file) !== RECORD_FILE),
  ];
}

/** The edition's pages in one language, from that language's sitemap: URL paths. */
function editionUrls(buildDir: string, locale: string, edition: string): string[] {
  const prefix = localePrefix(locale);
  const sitemap = path.join(buildDir, prefix, 'sitemap.xml');
  if (!fs.existsSync(sitemap))
    throw new Error(`${sitemap} is missing: build the site first (npm run build).`);
  const base = `${prefix}/docs/${edition}`;
  return [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .filter((pathname) => pathname === base || pathname.startsWith(`${base}/`))
    .sort();
}

/** The built HTML file of a URL path: `/docs/x` is `docs/x.html`, a folder's page its `index.html`. */
export function builtPage(buildDir: string, urlPath: string): string | undefined {
  return [path.join(buildDir, `${urlPath}.html`), path.join(buildDir, urlPath, 'index.html')].find((file) =>
    fs.existsSync(file),
  );
}

/** The download URLs of the edition's frozen example files, in every language: URL path → frozen file. */
function downloadUrls(siteDir: string, edition: string): Record<string, string> {
  const examplesDir = `${editionDataDir(edition)}/examples`;
  const downloads: Record<string, string> = {};
  for (const file of filesUnder(siteDir, examplesDir)) {
    const inExamples = file.slice(examplesDir.length + 1);
    for (const locale of locales(siteDir)) {
      downloads[`${localePrefix(locale)}/examples/${edition}/${inExamples}`] = file;
      // The URLs linked before downloads were versioned serve the first edition's files, for ever.
      if (edition === UNVERSIONED_EXAMPLES_EDITION)
        downloads[`${localePrefix(locale)}/examples/${inExamples}`] = file;
    }
  }
  return downloads;
}

const textFile = (edition: string, locale: string): string => `${editionDataDir(edition)}/text.${locale}.txt`;

function formatText(pages: Map<string, PageText>): string {
  return [...pages].map(([url, {lines}]) => `=== ${url} ===\n${lines.join('\n')}\n`).join('\n');
}

/** The recorded text file: URL → its lines, each with its line number in the file. */
function parseText(content: string): Map<string, {text: string; line: number}[]> {
  const pages = new Map<string, {text: string; line: number}[]>();
  let current: {text: string; line: number}[] | undefined;
  content.split('\n').forEach((text, index) => {
    const header = /^=== (\S+) ===$/.exec(text);
    if (header) pages.set(header[1], (current = []));
    else if (current && text !== '') current.push({text, line: index + 1});
  });
  return pages;
}

function readBuiltPages(buildDir: string, urls: string[]): Map<string, PageText> {
  const pages = new Map<string, PageText>();
  for (const url of urls) {
    const file = builtPage(buildDir, url);
    if (!file) throw new Error(`${url} is in the sitemap but was not built.`);
    pages.set(url, pageText(fs.readFileSync(file, 'utf8'), url));
  }
  return pages;
}

/** Records what the edition shows, from a build of the site. Returns the files written, relative to the site. */
export function recordEdition(siteDir: string, buildDir: string, edition: string): string[] {
  const record: EditionRecord = {edition, pages: {}, downloads: downloadUrls(siteDir, edition), files: {}};
  const written: string[] = [];
  for (const locale of locales(siteDir)) {
    const urls = editionUrls(buildDir, locale, edition);
    if (urls.length === 0)
      throw new Error(`The ${locale} sitemap of the build lists no page of edition ${edition}.`);
    const pages = readBuiltPages(buildDir, urls);
    for (const [url, {anchors}] of pages) record.pages[url] = anchors;
    fs.writeFileSync(path.join(siteDir, textFile(edition, locale)), formatText(pages));
    written.push(textFile(edition, locale));
  }
  for (const file of frozenFiles(siteDir, edition)) record.files[file] = sha256(path.join(siteDir, file));
  const recordPath = `${editionDataDir(edition)}/${RECORD_FILE}`;
  fs.writeFileSync(path.join(siteDir, recordPath), `${JSON.stringify(record, null, 2)}\n`);
  return [...written, recordPath];
}

export function readRecord(siteDir: string, edition: string): EditionRecord | undefined {
  const file = path.join(siteDir, editionDataDir(edition), RECORD_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as EditionRecord) : undefined;
}

/** The frozen files that differ from the record: changed, added or removed. */
export function checkFrozenFiles(siteDir: string, record: EditionRecord): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const now = new Set(frozenFiles(siteDir, record.edition));
  for (const [file, sum] of Object.entries(record.files)) {
    if (!now.has(file)) {
      problems.push({
        where: file,
        message: `was removed from released edition ${record.edition}. ${HOW_TO_CORRECT}`,
      });
    } else if (sha256(path.join(siteDir, file)) !== sum) {
      problems.push({
        where: file,
        message: `was edited, but edition ${record.edition} is released. ${HOW_TO_CORRECT}`,
      });
    }
  }
  for (const file of now) {
    if (!(file in record.files))
      problems.push({
        where: file,
        message: `was added to released edition ${record.edition}. ${HOW_TO_CORRECT}`,
      });
  }
  return problems;
}

/** The built site against the record: URLs, anchors, words and downloads. */
export function checkBuiltEdition(
  siteDir: string,
  buildDir: string,
  record: EditionRecord,
): EditionProblem[] {
  const problems: EditionProblem[] = [];
  const {edition} = record;
  const built = new Map<string, PageText>();
  for (const [url, anchors] of Object.entries(record.pages)) {
    const file = builtPage(buildDir, url);
    if (!file) {
      problems.push({
        where: url,
        message: `no longer resolves: the build has no page at this URL of released edition ${edition}. Teachers link to it; restore the page or its slug.`,
      });
      continue;
    }
    const page = pageText(fs.readFileSync(file, 'utf8'), url);
    built.set(url, page);
    const html = fs.readFileSync(file, 'utf8');
    for (const anchor of anchors) {
      if (!page.anchors.includes(anchor) && !new RegExp(`\\sid="?${anchor}"?[\\s>]`).test(html)) {
        problems.push({
          where: `${url}#${anchor}`,
          message: `no longer resolves: the page has no element with this id. Teachers link to it; restore the heading id.`,
        });
      }
    }
  }
  for (const locale of locales(siteDir)) {
    const file = textFile(edition, locale);
    const recorded = parseText(fs.readFileSync(path.join(siteDir, file), 'utf8'));
    for (const [url, lines] of recorded) {
      const page = built.get(url);
      if (!page) continue;
      const at = lines.findIndex((line, index) => line.text !== page.lines[index]);
      if (at === -1 && page.lines.length === lines.length) continue;
      const index = at === -1 ? lines.length : at;
      const line = lines[index]?.line ?? lines[lines.length - 1]?.line ?? 1;
      problems.push({
        where: url,
        message:
          `the words of this page of released edition ${edition} changed (record: ${file}:${line}).\n` +
          `    recorded: ${lines[index]?.text ?? '(end of page)'}\n` +
          `    built:    ${page.lines[index] ?? '(end of page)'}\n` +
          `  Its catalog, glossary and examples are frozen in ${editionDataDir(edition)}; a component that ` +
          `changed what it writes changes every edition. ${HOW_TO_CORRECT}`,
      });
    }
  }
  for (const [url, source] of Object.entries(record.downloads)) {
    const file = path.join(buildDir, url);
    if (!fs.existsSync(file)) {
      problems.push({
        where: url,
        message: `no longer resolves: the download of released edition ${edition} is missing from the build.`,
      });
    } else if (!fs.readFileSync(file).equals(fs.readFileSync(path.join(siteDir, source)))) {
      problems.push({where: url, message: `serves other bytes than the frozen ${source}.`});
    }
  }
  return problems;
}

export {releasedEditions};

/**
 * Publishes a correction to a released edition on purpose: re-records it from the build and writes the reason
 * in its errata. Refuses when a URL, an anchor or a download of the record would stop resolving.
 */
export function publishErratum(siteDir: string, buildDir: string, edition: string, reason: string): string[] {
  const record = readRecord(siteDir, edition);
  if (!record)
    throw new Error(`edition ${edition} has no record (${editionDataDir(edition)}/${RECORD_FILE}).`);
  const lost = checkBuiltEdition(siteDir, buildDir, record).filter((problem) =>
    problem.message.startsWith('no longer resolves'),
  );
  if (lost.length > 0) {
    throw new Error(
      `an erratum may change words, never take away a link:\n${lost.map((p) => `  ${p.where} ${p.message}`).join('\n')}`,
    );
  }
  const changed = [...checkFrozenFiles(siteDir, record), ...checkBuiltEdition(siteDir, buildDir, record)].map(
    (problem) => problem.where,
  );
  if (changed.length === 0)
    throw new Error(`edition ${edition} matches its record: there is nothing to publish.`);
  const errata = path.join(siteDir, editionDataDir(edition), ERRATA_FILE);
  const entry =
    `## ${new Date().toISOString().slice(0, 10)}: ${reason}\n\n` +
    `${[...new Set(changed)].map((where) => `- ${where}`).join('\n')}\n`;
  fs.writeFileSync(
    errata,
    fs.existsSync(errata)
      ? `${fs.readFileSync(errata, 'utf8').trimEnd()}\n\n${entry}`
      : `# Errata of edition ${edition}\n\n${entry}`,
  );
  return [...recordEdition(siteDir, buildDir, edition), `${editionDataDir(edition)}/${ERRATA_FILE}`];
}

export {EDITION_DATA_DIR};
