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
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {formatProblem, formatSummary, runContentChecks, translationLocales} from './checks';

export const EDITION_NAME = /^\d+\.\d+$/;

type Messages = Record<string, {message: string; description?: string}>;

class CutError extends Error {}

function readVersions(root: string): string[] {
  const file = path.join(root, 'versions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

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
function labelTranslatedEdition(root: string, locale: string, edition: string): string {
  const dir = path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs');
  const file = path.join(dir, `version-${edition}.json`);
  const messages: Messages = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Messages)
    : {};
  messages['version.label'] = {message: edition, description: `The label for version ${edition}`};
  fs.mkdirSync(dir, {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
  return path.relative(root, file);
}

export function cutEdition(root: string, edition: string): string[] {
  const problem = editionNameProblem(edition, readVersions(root));
  if (problem) throw new CutError(problem);
  const locales = translationLocales(root);
  const targets = [
    `versioned_docs/version-${edition}`,
    `versioned_sidebars/version-${edition}-sidebars.json`,
    ...locales.map((locale) => `i18n/${locale}/docusaurus-plugin-content-docs/version-${edition}`),
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

  const docusaurus = path.join(root, 'node_modules', '.bin', 'docusaurus');
  const run = spawnSync(docusaurus, ['docs:version', edition], {cwd: root, stdio: 'inherit'});
  if (run.status !== 0)
    throw new CutError(`docusaurus docs:version ${edition} failed (exit code ${run.status}).`);

  const written = [...targets, 'versions.json'];
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
    written.push(labelTranslatedEdition(root, locale, edition));
  }

  checkOrThrow(
    root,
    `edition ${edition} was written but fails the content checks above; fix its files (or delete them and its entry in versions.json) before committing.`,
  );
  return written;
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
  } catch (error) {
    if (error instanceof CutError) {
      console.error(`Edition not cut: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

if (require.main === module) main();
