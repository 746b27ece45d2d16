/**
 * Cuts a course edition: freezes the current docs, in English and in every translation at once, as
 * edition <edition>, served for ever at /docs/<edition>/... (and /es/docs/<edition>/...), while
 * /docs/... follows the latest edition and /docs/next/... shows unreleased work.
 *
 * Usage: npm run edition:cut -- <edition>        e.g. npm run edition:cut -- 1.0
 *
 * Refuses an edition name that is not MAJOR.MINOR or that already exists, and refuses to cut while
 * the content checks fail (an edition freezes its pages: mistakes would be published for good).
 * Then runs `docusaurus docs:version`, which copies docs/ to versioned_docs/version-<edition>/, each
 * locale's docs (i18n/<locale>/docusaurus-plugin-content-docs/current/) to version-<edition>/ and its
 * sidebar/label translations (current.json) to version-<edition>.json; this script then gives the
 * translated edition its own label (current.json labels the *unreleased* version) and checks again.
 *
 * It also freezes what the pages render from, in versioned_data/version-<edition>/: the command catalog and
 * glossary (catalog.json) and the example project (examples/), pointing the edition's pages at them. Last, it
 * builds the site and records every page's words, URLs and heading ids (scripts/editions/record.ts), which
 * `npm test` holds the edition to for ever. When any step fails, everything the cut wrote is removed.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {readSourceHash, sourceHash, writeSourceHash} from '../plugins/translation-status/source-hash';
import {LIVE_EXAMPLES_DIR} from '../plugins/example-downloads';
import {CATALOG_FILE, editionDataDir, liveCatalog, releasedEditions} from '../src/data/editions';
import {formatProblem, formatSummary, runContentChecks, translationLocales} from './checks';
import {recordEdition} from './editions/record';

export const EDITION_NAME = /^\d+\.\d+$/;

type Messages = Record<string, {message: string; description?: string}>;

class CutError extends Error {}

/** Why this edition name cannot be cut, or undefined when it can. */
export function editionNameProblem(edition: string, existing: string[]): string | undefined {
  if (!EDITION_NAME.test(edition)) {
    return `"${edition}" is not an edition name: use MAJOR.MINOR, like 1.0 or 2.1.`;
  }
  if (existing.includes(edition)) {
    return `edition ${edition} already exists (versions.json: ${existing.join(', ')}); released editions never change: choose a new name.`;
  }
  return undefined;
}

function checkOrThrow(root: string, refusal: string): void {
  const result = runContentChecks(root, 'test');
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(formatSummary(result));
    throw new CutError(refusal);
  }
}

/** Gives each translation of the edition its own version label (copied from the unreleased one). */
function labelTranslatedEdition(root: string, locale: string, edition: string): void {
  const dir = path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs');
  const file = path.join(dir, `version-${edition}.json`);
  const messages: Messages = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Messages)
    : {};
  messages['version.label'] = {message: edition, description: `The label for version ${edition}`};
  fs.mkdirSync(dir, {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}

/** Every page file of the edition: English, then each translation. */
function editionPages(root: string, edition: string, locales: string[]): string[] {
  const folders = [
    `versioned_docs/version-${edition}`,
    ...locales.map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/version-${edition}`),
  ];
  return folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => `${folder}/${file.split(path.sep).join('/')}`),
  );
}

/**
 * Freezes the catalog, the glossary and the example project as the edition's, and points the edition's pages
 * at the frozen examples. A translation that was up to date stays so: its stamp follows the English page.
 */
function freezeEditionData(root: string, edition: string, locales: string[]): void {
  const dataDir = editionDataDir(edition);
  fs.mkdirSync(path.join(root, dataDir), {recursive: true});
  fs.writeFileSync(path.join(root, dataDir, CATALOG_FILE), `${JSON.stringify(liveCatalog, null, 2)}\n`);
  fs.cpSync(path.join(root, LIVE_EXAMPLES_DIR), path.join(root, dataDir, 'examples'), {recursive: true});

  const pointAtFrozen = (text: string) =>
    text
      .replaceAll(`@site/${LIVE_EXAMPLES_DIR}/`, `@site/${dataDir}/examples/`)
      .replaceAll('pathname:///examples/next/', `pathname:///examples/${edition}/`);
  const englishDir = `versioned_docs/version-${edition}/`;
  const pages = editionPages(root, edition, locales);
  const englishBefore = new Map(
    pages
      .filter((page) => page.startsWith(englishDir))
      .map((page) => [page.slice(englishDir.length), fs.readFileSync(path.join(root, page), 'utf8')]),
  );
  for (const page of pages) {
    const file = path.join(root, page);
    const text = fs.readFileSync(file, 'utf8');
    let frozen = pointAtFrozen(text);
    const english = englishBefore.get(
      page.replace(/^i18n\/[^/]+\/docusaurus-plugin-content-docs\/version-[^/]+\//, ''),
    );
    if (
      !page.startsWith(englishDir) &&
      english !== undefined &&
      readSourceHash(text) === sourceHash(english)
    ) {
      frozen = writeSourceHash(frozen, sourceHash(pointAtFrozen(english)));
    }
    if (frozen !== text) fs.writeFileSync(file, frozen);
  }
}

/** Builds the site, for the record of what the edition shows. */
function build(root: string, outDir: string): void {
  const docusaurus = path.join(root, 'node_modules', '.bin', 'docusaurus');
  const run = spawnSync(docusaurus, ['build', '--out-dir', outDir], {cwd: root, stdio: 'inherit'});
  if (run.status !== 0)
    throw new CutError(`the build failed (exit code ${run.status}): fix it, then cut again.`);
}

export function cutEdition(root: string, edition: string): string[] {
  const problem = editionNameProblem(edition, releasedEditions(root));
  if (problem) throw new CutError(problem);
  const locales = translationLocales(root);
  const targets = [
    `versioned_docs/version-${edition}`,
    `versioned_sidebars/version-${edition}-sidebars.json`,
    ...locales.map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/version-${edition}`),
    ...locales.map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/version-${edition}.json`),
    editionDataDir(edition),
  ];
  const leftover = targets.find((target) => fs.existsSync(path.join(root, target)));
  if (leftover) {
    throw new CutError(
      `${leftover} already exists but versions.json does not list ${edition}: remove it, then cut again.`,
    );
  }

  checkOrThrow(
    root,
    'the content checks fail (an edition freezes its pages as they are). Fix the problems above, then cut again.',
  );

  const versionsFile = path.join(root, 'versions.json');
  const versionsBefore = fs.existsSync(versionsFile) ? fs.readFileSync(versionsFile) : undefined;
  const undo = () => {
    for (const target of targets) fs.rmSync(path.join(root, target), {recursive: true, force: true});
    if (versionsBefore) fs.writeFileSync(versionsFile, versionsBefore);
    else fs.rmSync(versionsFile, {force: true});
  };

  try {
    const docusaurus = path.join(root, 'node_modules', '.bin', 'docusaurus');
    const run = spawnSync(docusaurus, ['docs:version', edition], {cwd: root, stdio: 'inherit'});
    if (run.status !== 0)
      throw new CutError(`docusaurus docs:version ${edition} failed (exit code ${run.status}).`);
    // docs:version writes versions.json one entry per line; the project's formatter wants it as Prettier writes it.
    const prettier = path.join(root, 'node_modules', '.bin', 'prettier');
    const formatted = spawnSync(prettier, ['--write', 'versions.json'], {cwd: root, stdio: 'ignore'});
    if (formatted.status !== 0)
      throw new CutError(`prettier --write versions.json failed (exit code ${formatted.status}).`);

    for (const locale of locales) {
      const translatedDocs = path.join(
        root,
        `i18n/${locale}/docusaurus-plugin-content-docs/version-${edition}`,
      );
      if (!fs.existsSync(translatedDocs)) {
        throw new CutError(
          `docs:version did not create ${path.relative(root, translatedDocs)}: does i18n/${locale} have translated docs?`,
        );
      }
      labelTranslatedEdition(root, locale, edition);
    }
    freezeEditionData(root, edition, locales);

    checkOrThrow(
      root,
      `edition ${edition} was written but fails the content checks above; nothing was kept. Fix the problems, then cut again.`,
    );
    const outDir = path.join(root, 'build');
    build(root, outDir);
    recordEdition(root, outDir, edition);
    return [...targets, 'versions.json'];
  } catch (error) {
    undo();
    throw error;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('Usage: npm run edition:cut -- <edition>   (MAJOR.MINOR, e.g. 1.0)');
    process.exit(2);
  }
  const edition = args[0];
  try {
    const written = cutEdition(path.resolve(__dirname, '..'), edition);
    console.log(
      `\nEdition ${edition} is cut in ${['en', ...translationLocales(path.resolve(__dirname, '..'))].join(' and ')}.`,
    );
    console.log(
      `It will be served at /docs/${edition}/..., /docs/... now follows it, unreleased work is at /docs/next/...`,
    );
    console.log(`Commit:\n${written.map((file) => `  ${file}`).join('\n')}`);
    console.log(
      `Its catalog, glossary, example project and a record of every page's words, URLs and heading ids are ` +
        `frozen in ${editionDataDir(edition)}; npm test holds the edition to them.`,
    );
  } catch (error) {
    if (error instanceof CutError) {
      console.error(`Edition not cut: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) main();
