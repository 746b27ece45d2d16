/**
 * Whether a translation is up to date with its English twin. Pure and free of Node APIs: the content
 * check, the stamping script and the build plugin all decide with this one function.
 */
import type {TranslationStatus} from '../../src/data/translationStatus';

export type {TranslationStatus};

/**
 * @param recordedHash the `source_hash` the translation's front matter records, if any
 * @param englishHash  `sourceHash()` of the English twin as it is now
 */
export function translationStatus(recordedHash: string | undefined, englishHash: string): TranslationStatus {
  if (!recordedHash) return 'unstamped';
  return recordedHash.toLowerCase() === englishHash.toLowerCase() ? 'up-to-date' : 'stale';
}
