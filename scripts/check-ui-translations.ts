/**
 * Checks that every UI string a Spanish reader sees is translated and that no translation is stale.
 *
 * Docusaurus itself knows which strings the site uses: `write-translations` extracts them from the theme,
 * the plugins, the config and our components. We run it in a scratch copy of the site (so the working tree
 * is never touched) once for English and once for Spanish, and compare with the committed `i18n/es` files:
 *   - a string the site uses but `i18n/es` lacks is a missing translation;
 *   - a string in `i18n/es` that the site no longer uses is stale;
 *   - a Spanish message identical to its English source was never translated.
 *
 * Usage: tsx scripts/check-ui-translations.ts
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Messages = Record<string, {message: string; description?: string}>;

export interface TranslationProblem {
  file: string;
  line: number;
  message: string;
  fix: string;
}

/** Messages that read the same in English and Spanish, so an identical translation is correct. */
const SAME_IN_BOTH_LANGUAGES = new Set([
  'Docker',
  'Docker Hub',
  'Docker Compose',
  'Dockerfile',
  'Flask',
  'Redis',
  'Email',
  'CI/CD',
]);

/** A message made only of placeholders and punctuation, or a name, needs no translation. */
function needsTranslation(message: string): boolean {
  const words = message.replace(/\{\w+\}/g, '').trim();
  return /\p{L}/u.test(words) && !SAME_IN_BOTH_LANGUAGES.has(words);
}

const ROOT = path.resolve(__dirname, '..');
const SITE_ENTRIES = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'package.json',
  'tsconfig.json',
  'versions.json',
  'docs',
  'versioned_docs',
  'versioned_sidebars',
  'src',
  'static',
  'plugins',
  // The site's plugins read src/ with the content checks' file reader (scripts/checks).
  'scripts',
];

function readJsonFiles(dir: string): Map<string, Messages> {
  const files = new Map<string, Messages>();
  if (!fs.existsSync(dir)) return files;
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) {
        files.set(path.relative(dir, full), JSON.parse(fs.readFileSync(full, 'utf8')) as Messages);
      }
    }
  };
  walk(dir);
  return files;
}

function lineOfKey(file: string, key: string): number {
  if (!fs.existsSync(file)) return 1;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(JSON.stringify(key) + ':'));
  return index === -1 ? 1 : index + 1;
}

/** Extracts the UI strings the site uses, per translation file, as `write-translations` would write them. */
function extractMessages(locale: string): Map<string, Messages> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-translations-'));
  try {
    for (const entry of SITE_ENTRIES) {
      const from = path.join(ROOT, entry);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(scratch, entry), {recursive: true});
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    // Docs of the locale must exist for the docs plugin to load; their JSON translations must not.
    const docsI18n = path.join(ROOT, 'i18n', locale);
    if (fs.existsSync(docsI18n)) {
      fs.cpSync(docsI18n, path.join(scratch, 'i18n', locale), {
        recursive: true,
        filter: (source) => fs.statSync(source).isDirectory() || !source.endsWith('.json'),
      });
    }
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'docusaurus'),
      ['write-translations', scratch, '--locale', locale],
      {
        stdio: 'pipe',
        env: {...process.env, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-translations'},
      },
    );
    return readJsonFiles(path.join(scratch, 'i18n', locale));
  } finally {
    fs.rmSync(scratch, {recursive: true, force: true});
  }
}

export function compareTranslations(
  english: Map<string, Messages>,
  spanish: Map<string, Messages>,
  committed: Map<string, Messages>,
  fileLabel: (file: string) => string,
  lineOf: (file: string, key: string) => number,
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const [file, expected] of spanish) {
    const ours = committed.get(file) ?? {};
    for (const key of Object.keys(expected)) {
      const source = english.get(file)?.[key]?.message ?? expected[key].message;
      if (!(key in ours)) {
        problems.push({
          file: fileLabel(file),
          line: 1,
          message: `missing Spanish translation for "${key}" (English: "${source}")`,
          fix: 'run `npm run translations:write` and translate the new message',
        });
      } else if (ours[key].message === source && needsTranslation(source)) {
        problems.push({
          file: fileLabel(file),
          line: lineOf(file, key),
          message: `"${key}" is still in English: "${source}"`,
          fix: 'write the Spanish message',
        });
      }
    }
    for (const key of Object.keys(ours)) {
      if (!(key in expected)) {
        problems.push({
          file: fileLabel(file),
          line: lineOf(file, key),
          message: `stale translation "${key}": the site no longer uses this message`,
          fix: 'delete the entry (its id was renamed or its text removed)',
        });
      }
    }
  }
  for (const file of committed.keys()) {
    if (!spanish.has(file)) {
      problems.push({
        file: fileLabel(file),
        line: 1,
        message: 'stale translation file: the site no longer uses it',
        fix: 'delete the file',
      });
    }
  }
  return problems;
}

function main(): void {
  const committedDir = path.join(ROOT, 'i18n', 'es');
  const problems = compareTranslations(
    extractMessages('en'),
    extractMessages('es'),
    readJsonFiles(committedDir),
    (file) => path.join('i18n', 'es', file),
    (file, key) => lineOfKey(path.join(committedDir, file), key),
  );
  for (const problem of problems) {
    console.error(`${problem.file}:${problem.line}  ${problem.message}  → ${problem.fix}`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} UI translation problem(s).`);
    process.exit(1);
  }
  console.log('UI translations: every string the site uses is translated into Spanish.');
}

if (require.main === module) main();
