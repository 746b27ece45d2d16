/**
 * A translation records the hash of the English text it translates (`source_hash` in its front
 * matter). When the English page changes, the translation is stale: the build still succeeds and shows
 * readers a notice (warning), but CI refuses it (error).
 */
import {readSourceHash, SOURCE_HASH_KEY, sourceHash} from '../../plugins/translation-status/source-hash';
import {translationStatus} from '../../plugins/translation-status/status';
import {DEFAULT_LOCALE, englishTwinPath, locateDoc} from './doc-paths';
import {frontMatterKeyLine, isMarkdownPath} from './markdown';
import type {CheckMode, Problem, SourceFile} from './types';

export function checkTranslationFreshness(files: SourceFile[], mode: CheckMode): Problem[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const severity = mode === 'test' ? 'error' : 'warning';
  const problems: Problem[] = [];
  for (const file of files) {
    const location = isMarkdownPath(file.path) ? locateDoc(file.path) : undefined;
    if (!location || location.locale === DEFAULT_LOCALE) continue;
    const englishPath = englishTwinPath(location);
    const english = byPath.get(englishPath);
    if (!english) continue; // reported by the twins check
    const recorded = readSourceHash(file.text);
    const current = sourceHash(english.text);
    const status = translationStatus(recorded, current);
    if (status === 'up-to-date') continue;
    const stamp = `npm run translations:stamp -- ${file.path}`;
    problems.push({
      file: file.path,
      line: frontMatterKeyLine(file.text, SOURCE_HASH_KEY),
      col: 1,
      severity,
      ...(status === 'unstamped'
        ? {
            message: `no \`${SOURCE_HASH_KEY}\` in the front matter, so nobody can tell which English text this translates`,
            fix: `check the translation matches ${englishPath}, then run ${stamp}`,
          }
        : {
            message: `stale translation: ${englishPath} changed since this was translated (${SOURCE_HASH_KEY} ${recorded}, English is now ${current})`,
            fix: `bring over the English changes (git log -p -- ${englishPath}), then run ${stamp}`,
          }),
    });
  }
  return problems;
}
