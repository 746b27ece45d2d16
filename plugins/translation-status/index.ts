/**
 * Shows readers of a translated page that the English page changed after it was translated.
 *
 * At build time, for each translated doc of every version, this plugin compares the `source_hash`
 * its front matter records with the hash of its English twin as it is now, and publishes the stale
 * ones as global data. `src/theme/DocItem/Content` reads that list and shows a translated notice with a
 * link to the English page. Nothing is fetched at run time, and an up-to-date site ships an empty list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {readSourceHash, sourceHash} from './source-hash';
import {findStaleTranslations, type TranslationStatusData} from './stale-translations';

export const PLUGIN_NAME = 'translation-status';

export default function translationStatusPlugin(context: LoadContext): Plugin {
  const {i18n, siteDir} = context;
  return {
    name: PLUGIN_NAME,

    // In development, editing an English page must update its translation's notice.
    getPathsToWatch() {
      return [path.join(siteDir, 'docs/**/*.{md,mdx}'), path.join(siteDir, 'versioned_docs/**/*.{md,mdx}')];
    },

    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      let data: TranslationStatusData = {staleDocs: {}};
      if (docs && i18n.currentLocale !== i18n.defaultLocale) {
        const english = i18n.localeConfigs[i18n.defaultLocale];
        const current = i18n.localeConfigs[i18n.currentLocale];
        data = findStaleTranslations({
          siteDir,
          versions: docs.loadedVersions,
          localeBaseUrl: context.baseUrl,
          englishBaseUrl: english?.baseUrl ?? context.siteConfig.baseUrl,
          // Like the language menu: a path on the same domain, a full URL on another one.
          englishOrigin:
            english && current && english.url !== current.url ? english.url.replace(/\/$/, '') : '',
          readFile: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
          sourceHash,
          readSourceHash,
        });
      }
      actions.setGlobalData(data);
    },
  };
}
