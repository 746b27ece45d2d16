/**
 * A translation records which English text it translates: `source_hash` in its front matter is the
 * first 12 hex digits of the SHA-256 of its English twin's file (line endings normalised to LF).
 * When the English page changes, the hashes differ and the translation is stale.
 *
 * Shared by the content check (`scripts/checks/translation-freshness.ts`), the stamping script and
 * the build plugin that shows readers a notice, so all three agree on what "stale" means.
 */
import {createHash} from 'node:crypto';

export const SOURCE_HASH_KEY = 'source_hash';
export const SOURCE_HASH_LENGTH = 12;

/** The hash a translation of this English file must record. */
export function sourceHash(englishText: string): string {
  return createHash('sha256')
    .update(englishText.replace(/\r\n/g, '\n'), 'utf8')
    .digest('hex')
    .slice(0, SOURCE_HASH_LENGTH);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;
const HASH_LINE = new RegExp(`^${SOURCE_HASH_KEY}:[ \\t]*(['"]?)([^'"\\s#]*)\\1[ \\t]*(?:#.*)?$`, 'm');

/**
 * The hash a translation records, read from the raw front matter text: a YAML parser would turn an
 * unquoted all-digit hash into a number and lose its leading zeros.
 */
export function readSourceHash(translationText: string): string | undefined {
  const frontMatter = FRONT_MATTER.exec(translationText)?.[1] ?? '';
  const value = HASH_LINE.exec(frontMatter.replace(/\r/g, ''))?.[2];
  return value ? value : undefined;
}

/** The translation's text with `source_hash` set to `hash` (added to the front matter if missing). */
export function writeSourceHash(translationText: string, hash: string): string {
  const eol = translationText.includes('\r\n') ? '\r\n' : '\n';
  // Quoted, so YAML always reads a string (`1234e5678901` would otherwise be a float).
  const line = `${SOURCE_HASH_KEY}: '${hash}'`;
  const match = FRONT_MATTER.exec(translationText);
  if (!match) return `---${eol}${line}${eol}---${eol}${eol}${translationText}`;
  const body = match[1] ?? '';
  const lines = body.split(/\r?\n/).slice(0, -1);
  const index = lines.findIndex((l) => l.startsWith(`${SOURCE_HASH_KEY}:`));
  if (index === -1) lines.push(line);
  else lines[index] = line;
  const frontMatter = `---${eol}${lines.map((l) => l + eol).join('')}---${eol}`;
  return frontMatter + translationText.slice(match[0].length);
}
