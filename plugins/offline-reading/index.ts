/**
 * The course offline: once a reader has opened one page, every page of the current edition opens without a
 * network, in both languages, search included, and a new deploy reaches them with a "new version available"
 * prompt. It is `@docusaurus/plugin-pwa` (service worker, registration, reload prompt, workbox's precache),
 * configured here, with two changes of where it works:
 *
 * - One service worker for the whole site, `/sw.js` with scope `/`, in both languages. Left to itself the plugin
 *   builds one per locale build (`/sw.js`, `/es/sw.js`), each precaching only its own folder, so a reader who
 *   opened an English page could not switch to Spanish offline, and a Spanish page opened offline would try to
 *   register `/es/sw.js` and fail. Here every locale's pages register `/sw.js` (the plugin's `configureWebpack`
 *   is given the site's base URL) and the last locale's build, when the whole site is on disk, has the plugin
 *   build that worker over the whole build folder (its `postBuild`, given the site's folder).
 * - Offline mode is `always` on: the plugin's default turns it on only for an installed app or a query string,
 *   and a student reading in an ordinary tab on a train needs it too.
 *
 * Besides, each locale's build writes that language's web app manifest, and the icons (./app-manifest.ts).
 * What the worker precaches is ./precache.ts. nginx serves `/sw.js` and the manifests `no-cache`
 * (deploy/nginx.conf), so a deploy reaches readers at their next visit.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
// The package's types describe its options only; the plugin function's are beside its code.
import pluginPWA from '@docusaurus/plugin-pwa/lib/index.js';
import type {PluginOptions as PwaOptions} from '@docusaurus/plugin-pwa';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  DEFAULT_MESSAGES,
  THEME_COLOR,
  ICONS,
  appManifest,
  writeIcons,
  type ManifestMessages,
} from './app-manifest';
import {MAXIMUM_FILE_SIZE, precacheIgnores, precacheTransform, type PrecacheFacts} from './precache';

export const PLUGIN_NAME = 'offline-reading';

export interface OfflineReadingOptions {
  /** Released editions, newest first (versions.json): the first is the one readers get offline. */
  editions: string[];
}

/** Where plugin-pwa's own files are: the theme (the reload prompt). */
const PWA_LIB = path.dirname(require.resolve('@docusaurus/plugin-pwa'));

/** The site's base URL: the default locale's (a localized build's `siteConfig.baseUrl` is its own, `/es/`). */
export function siteBaseUrlOf({i18n}: Pick<LoadContext, 'i18n'>): string {
  return i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
}

/** The site's build folder, whichever locale is building (`build/es` is `build`'s `es/`). */
export function siteOutDir(context: Pick<LoadContext, 'outDir' | 'baseUrl' | 'i18n'>): string {
  return path.resolve(context.outDir, path.relative(context.baseUrl, siteBaseUrlOf(context)));
}

/** Each locale's folder in the site's build folder: `''` for the default one, `'es/'`. */
export function localeDirs({i18n}: Pick<LoadContext, 'i18n'>): string[] {
  const siteBaseUrl = siteBaseUrlOf({i18n});
  return i18n.locales.map((locale) =>
    (i18n.localeConfigs[locale]?.baseUrl ?? siteBaseUrl).slice(siteBaseUrl.length),
  );
}

export default function offlineReadingPlugin(context: LoadContext, options: unknown): Plugin {
  const {editions} = options as OfflineReadingOptions;
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  const siteBaseUrl = siteBaseUrlOf(context);
  const outDir = siteOutDir(context);
  const [currentEdition] = editions;
  if (!currentEdition) {
    throw new Error(
      '[offline-reading] No released edition in versions.json: there is no edition to precache.',
    );
  }
  const facts: PrecacheFacts = {
    siteOutDir: outDir,
    siteBaseUrl,
    localeDirs: localeDirs(context),
    currentEdition,
    otherEditions: [...editions.slice(1), 'next'],
  };
  // The whole site is on disk only once the last locale is built (Docusaurus builds the default locale first).
  const isLastLocale = i18n.currentLocale === i18n.locales.at(-1);

  const pwaOptions: PwaOptions = {
    debug: false,
    offlineModeActivationStrategies: ['always'],
    // The plugin's registration, started once the page has loaded and the browser is idle.
    swRegister: path.join(__dirname, 'register-when-idle.ts'),
    // The first tab a reader opened works offline without a reload (see the file).
    swCustom: path.join(__dirname, 'take-control-of-open-pages.js'),
    pwaHead: [
      {tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json`},
      {tagName: 'meta', name: 'theme-color', content: THEME_COLOR},
      {tagName: 'link', rel: 'apple-touch-icon', href: `${siteBaseUrl}${ICONS[0].file}`},
    ],
    // The plugin sets the rest (swSrc, swDest, globDirectory, globPatterns).
    injectManifestConfig: {
      globIgnores: precacheIgnores(facts),
      maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE,
      // Content-hashed names need no revision: a changed file is a new URL.
      dontCacheBustURLsMatching: /^(?:[\w-]+\/)?assets\//,
      manifestTransforms: [
        precacheTransform(facts, ({files, bytes}) => {
          console.log(
            `[offline-reading] The service worker precaches ${files} files, ${(bytes / 1e6).toFixed(1)} MB.`,
          );
        }),
      ],
    } as PwaOptions['injectManifestConfig'],
  };
  // The plugin sees the whole site as its folder and base URL, whichever locale is building.
  const pwa: Plugin | null = pluginPWA(
    {...context, outDir, baseUrl: siteBaseUrl},
    pwaOptions,
  ) as Plugin | null;
  // The manifest's words, translated like the theme's: `npm run translations:write` writes
  // i18n/es/offline-reading/manifest.json.
  const translations: Plugin = {
    name: PLUGIN_NAME,
    loadContent: () => DEFAULT_MESSAGES,
    getTranslationFiles: ({content}) => [{path: 'manifest', content: content as ManifestMessages}],
    translateContent: ({content, translationFiles}) => ({
      ...(content as ManifestMessages),
      ...translationFiles[0]?.content,
    }),
  };
  // plugin-pwa only works in production builds: `npm start` has no service worker and no manifest.
  if (!pwa) return translations;

  return {
    ...pwa,
    ...translations,
    getThemePath: () => path.join(PWA_LIB, 'theme'),
    getTypeScriptThemePath: () => path.join(PWA_LIB, '../src/theme'),

    // Registers `/sw.js` from every locale's pages: the plugin names the worker after the bundle's public path.
    configureWebpack(config, isServer, utils, content) {
      return pwa.configureWebpack!(
        {...config, output: {...config.output, publicPath: siteBaseUrl}},
        isServer,
        utils,
        content,
      );
    },

    async postBuild(props) {
      const messages = props.content as ManifestMessages;
      const manifest = appManifest({
        // The translated theme config: the navbar's title is the course's name in this language.
        name:
          (props.siteConfig.themeConfig.navbar as {title?: string} | undefined)?.title ?? siteConfig.title,
        messages: {shortName: messages.shortName.message, description: messages.description.message},
        lang: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale,
        baseUrl,
        siteBaseUrl,
      });
      await fs.promises.writeFile(path.join(props.outDir, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
      await writeIcons(siteDir, outDir);
      if (isLastLocale) await pwa.postBuild!({...props, outDir});
    },
  };
}
