/**
 * Runs every content check over the site: the docs of every language and edition, plus the components
 * and translation files that can carry conflict markers, mis-decoded text or remote assets.
 */
import fs from 'node:fs';
import path from 'node:path';
import {checkConflictMarkers} from './conflict-markers';
import {DEFAULT_LOCALE} from './doc-paths';
import {checkMisdecodedCharacters} from './encoding';
import {checkHeadingIds} from './heading-ids';
import {checkImageAlt} from './image-alt';
import {isMarkdownPath} from './markdown';
import {checkRemoteAssets} from './remote-assets';
import {checkTranslationFreshness} from './translation-freshness';
import {checkTranslationTwins} from './translation-twins';
import type {CheckMode, Problem, SourceFile} from './types';
import {readFile, readSourceFiles, walk} from '../../src/data/sourceFiles';

export {readSourceFiles};

export type {CheckMode, Problem, Severity, SourceFile} from './types';

const TEXT_FILE = /\.(?:mdx?|tsx?|jsx?|mjs|cjs|css|scss|json|svg|html|txt|ya?ml)$/;

function subdirectories(root: string, dir: string, pattern: RegExp): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && pattern.test(entry.name))
    .map((entry) => `${dir}/${entry.name}`);
}

/** The translation locales: every folder in `i18n/` but the default language's. */
export function translationLocales(root: string): string[] {
  return subdirectories(root, 'i18n', /^[^.]/)
    .map((dir) => path.basename(dir))
    .filter((locale) => locale !== DEFAULT_LOCALE)
    .sort();
}

/** Doc folders: English current and editions, then each translation's current and editions. */
export function docFolders(root: string): string[] {
  return [
    'docs',
    ...subdirectories(root, 'versioned_docs', /^version-/),
    ...translationLocales(root).flatMap((locale) =>
      subdirectories(root, `i18n/${locale}/docusaurus-plugin-content-docs`, /^(?:current|version-.+)$/),
    ),
  ];
}

export interface ContentFiles {
  /** Every page, in every language and edition. */
  docs: SourceFile[];
  /** Components, styles, UI translations and the README. */
  others: SourceFile[];
}

/** The files under `dir` (repository-relative) that `accept` takes, with their text. */
export function readContentFiles(root: string): ContentFiles {
  const docs = docFolders(root).flatMap((dir) => readSourceFiles(root, dir, isMarkdownPath));
  const others = [
    ...walk(root, 'src', (file) => TEXT_FILE.test(file)),
    ...walk(root, 'i18n', (file) => file.endsWith('.json')),
    ...(fs.existsSync(path.join(root, 'README.md')) ? ['README.md'] : []),
  ].map(readFile(root));
  return {docs, others};
}

/** Every check over the given files; pure, so tests can hand it fixtures. */
export function checkContent({docs, others}: ContentFiles, mode: CheckMode, locales: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of docs) {
    problems.push(
      ...checkHeadingIds(file),
      ...checkConflictMarkers(file),
      ...checkMisdecodedCharacters(file),
      ...checkRemoteAssets(file),
      ...checkImageAlt(file),
    );
  }
  for (const file of others) {
    problems.push(...checkConflictMarkers(file), ...checkMisdecodedCharacters(file));
    if (file.path.startsWith('src/')) problems.push(...checkRemoteAssets(file), ...checkImageAlt(file));
  }
  problems.push(...checkTranslationTwins(docs, locales), ...checkTranslationFreshness(docs, mode));
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

export interface ContentCheckResult {
  problems: Problem[];
  filesChecked: number;
}

/** Reads the site at `root` and checks it. */
export function runContentChecks(root: string, mode: CheckMode): ContentCheckResult {
  const files = readContentFiles(root);
  return {
    problems: checkContent(files, mode, translationLocales(root)),
    filesChecked: files.docs.length + files.others.length,
  };
}

/** `path:line:col  message  → fix`, one problem per line. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.col}  ${label}${problem.message}  → ${problem.fix}`;
}

export function formatSummary({problems, filesChecked}: ContentCheckResult): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (problems.length === 0)
    return `Content checks passed: ${plural(filesChecked, 'file')} checked, no problems.`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(filesChecked, 'file')} checked).`;
}
