/**
 * What the translation-status plugin (plugins/translation-status) tells the pages: which translated docs are
 * older than their English twin. The doc page shows a notice from it (src/theme/DocItem/Content).
 */

/** Whether a translation is up to date with its English twin (plugins/translation-status/status.ts decides). */
export type TranslationStatus = 'up-to-date' | 'stale' | 'unstamped';

export interface StaleTranslation {
  status: Exclude<TranslationStatus, 'up-to-date'>;
  /** Where the English page is, for the notice's link. */
  englishUrl: string;
}

/** The plugin's global data: only stale docs are listed, so an up-to-date site ships an empty object. */
export interface TranslationStatusData {
  /** Version name (`current`, `1.0`) → doc id → why it is listed. */
  staleDocs: Record<string, Record<string, StaleTranslation>>;
}
