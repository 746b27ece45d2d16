/**
 * Which translated docs are older than their English twin, computed once per build. Free of Node APIs
 * (files are read through the `readFile` argument) so it can be unit-tested with plain objects.
 */
import type {StaleTranslation, TranslationStatusData} from '../../src/data/translationStatus';
import {translationStatus} from './status';

export type {StaleTranslation, TranslationStatusData};

/** What the plugin needs to know of one version of the docs plugin's content. */
export interface DocsVersion {
  versionName: string;
  /** Absolute folder of the English docs of this version. */
  contentPath: string;
  /** Absolute folder of this locale's translations of this version (none when the locale is not translated). */
  contentPathLocalized?: string;
  docs: {id: string; source: string; permalink: string}[];
}

export interface FindStaleTranslationsOptions {
  siteDir: string;
  versions: DocsVersion[];
  /** Base URL of the locale being built (`/es/`) and of the English site (`/`). */
  localeBaseUrl: string;
  englishBaseUrl: string;
  /** `https://host` of the English site when it is on another domain than this locale, else ''. */
  englishOrigin: string;
  /** Returns a file's text, or undefined when it does not exist. */
  readFile: (absolutePath: string) => string | undefined;
  /** `sourceHash()` and `readSourceHash()`, injected to keep this module free of `node:crypto`. */
  sourceHash: (englishText: string) => string;
  readSourceHash: (translationText: string) => string | undefined;
}

function withinFolder(folder: string, file: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
}

export function findStaleTranslations(options: FindStaleTranslationsOptions): TranslationStatusData {
  const staleDocs: TranslationStatusData['staleDocs'] = {};
  for (const version of options.versions) {
    for (const doc of version.docs) {
      const file = doc.source.replace(/^@site\//, `${options.siteDir.replace(/\/$/, '')}/`);
      // A doc served from the English folder has no translation yet: there is nothing to be stale.
      const relativePath = version.contentPathLocalized && withinFolder(version.contentPathLocalized, file);
      if (!relativePath) continue;
      const english = options.readFile(`${version.contentPath.replace(/\/$/, '')}/${relativePath}`);
      const translation = options.readFile(file);
      if (english === undefined || translation === undefined) continue;
      const status = translationStatus(options.readSourceHash(translation), options.sourceHash(english));
      if (status === 'up-to-date') continue;
      const pathInLocale = doc.permalink.startsWith(options.localeBaseUrl)
        ? doc.permalink.slice(options.localeBaseUrl.length)
        : doc.permalink.replace(/^\//, '');
      (staleDocs[version.versionName] ??= {})[doc.id] = {
        status,
        englishUrl: `${options.englishOrigin}${options.englishBaseUrl}${pathInLocale}`,
      };
    }
  }
  return {staleDocs};
}
