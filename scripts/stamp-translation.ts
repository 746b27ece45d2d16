/**
 * Records which English text a translation translates: writes `source_hash` (see
 * plugins/translation-status/source-hash.ts) into the translation's front matter. Run it after
 * bringing a translation up to date with its English twin; the content check and the site's notice
 * then treat it as current until the English page changes again.
 *
 * Usage: tsx scripts/stamp-translation.ts <translated page>...
 *        tsx scripts/stamp-translation.ts --all      stamp every translated page (check each one first!)
 *   npm run translations:stamp -- i18n/es/docusaurus-plugin-content-docs/current/hands-on/volumes.mdx
 */
import fs from 'node:fs';
import path from 'node:path';
import {readSourceHash, sourceHash, writeSourceHash} from '../plugins/translation-status/source-hash';
import {readContentFiles} from './checks';
import {DEFAULT_LOCALE, englishTwinPath, locateDoc} from './checks/doc-paths';
import {isMarkdownPath} from './checks/markdown';

const ROOT = path.resolve(__dirname, '..');
const USAGE = `Usage: npm run translations:stamp -- <translated page>...   (or --all)
Writes source_hash (the hash of the English twin) into each translated page's front matter.
Run it once the translation says everything its English twin says.`;

/** Stamps one translation; returns what happened, for the report. */
export function stampTranslation(root: string, translationPath: string): {hash: string; previous?: string} {
  const location = isMarkdownPath(translationPath) ? locateDoc(translationPath) : undefined;
  if (!location) {
    throw new Error(`${translationPath} is not a docs page (.md or .mdx under docs folders).`);
  }
  if (location.locale === DEFAULT_LOCALE) {
    throw new Error(
      `${translationPath} is an English page; stamp its translation instead, e.g. ` +
        `i18n/es/docusaurus-plugin-content-docs/${location.version === 'current' ? 'current' : `version-${location.version}`}/${location.relativePath}`,
    );
  }
  const englishPath = englishTwinPath(location);
  if (!fs.existsSync(path.join(root, englishPath))) {
    throw new Error(`${translationPath} has no English twin: ${englishPath} does not exist.`);
  }
  const hash = sourceHash(fs.readFileSync(path.join(root, englishPath), 'utf8'));
  const absolute = path.join(root, translationPath);
  const text = fs.readFileSync(absolute, 'utf8');
  const previous = readSourceHash(text);
  const stamped = writeSourceHash(text, hash);
  if (stamped !== text) fs.writeFileSync(absolute, stamped);
  return {hash, previous};
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    process.exit(args.length === 0 ? 2 : 0);
  }
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--all');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}.\n${USAGE}`);
    process.exit(2);
  }
  const targets = args.includes('--all')
    ? readContentFiles(ROOT)
        .docs.map((doc) => doc.path)
        .filter(
          (doc) =>
            locateDoc(doc)?.locale !== DEFAULT_LOCALE &&
            fs.existsSync(path.join(ROOT, englishTwinPath(locateDoc(doc)!))),
        )
    : args.map((arg) => path.relative(ROOT, path.resolve(arg)).split(path.sep).join('/'));

  let failed = false;
  for (const target of targets) {
    try {
      const {hash, previous} = stampTranslation(ROOT, target);
      const note =
        previous === hash
          ? 'already up to date'
          : previous
            ? `was ${previous}: English changed since`
            : 'first stamp';
      console.log(`${target}  source_hash ${hash}  (${note})`);
    } catch (error) {
      console.error(`${target}  not stamped: ${(error as Error).message}`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();
