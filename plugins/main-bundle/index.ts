/**
 * Keeps code that only some pages need out of `main.js`, the bundle every page loads before it can hydrate,
 * and keeps hydration from blocking the page.
 *
 * 1. The search engine. `@easyops-cn/docusaurus-search-local` runs lunr, with its English and Spanish
 *    stemmers, in a web worker, but its navbar search bar pulled lunr into `main.js` as well. The search bar
 *    is replaced by a copy that does not (see `search-theme.ts`, which also translates the plugin's
 *    hard-coded English labels of both search inputs).
 * 2. The syntax highlighter. The classic theme registers the extra Prism languages from a client module, which
 *    puts Prism and every grammar it bundles (about 90 kB, 27 kB gzip) in `main.js`, even on pages without
 *    code. That client module is replaced by `no-client-prism.ts`; `src/theme/CodeBlock` registers the
 *    languages instead, so Prism arrives with the first code block.
 * 3. The grammars and themes nobody uses. `prism-react-renderer` is replaced by a copy without its bundled
 *    languages and colour themes (see `prism.ts`); the languages the course needs come from `prismjs`.
 * 4. Hydration in short tasks: `hydration.ts` puts the whole app in one Suspense boundary, which React hydrates
 *    in slices, and takes a slow collation call out of hydration.
 * 5. Compiling off the main thread: `compile-hints.ts` has V8 compile the entry scripts as they download.
 * 6. Route chunks with the page: `route-chunks.ts` has each page list the chunks of its route among the scripts it
 *    starts with, so they download alongside `main.js` instead of being requested by it.
 * 7. Translated strings where they are used: `lazy-translations.ts` moves the strings of the groups named in
 *    the `lazyTranslations` option (the diagrams' labels, the home page's text) from `main.js` into the chunks
 *    of the components that import `@code-translations/<prefix>`.
 *
 * And, for the server bundle, complete pages: Docusaurus's `renderToHtml` is replaced by `render-to-html.ts`,
 * which keeps React from moving Suspense boundaries out of place (see there).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writeGeneratedFile} from './generated-file';
import {slimPrismReactRenderer} from './prism';
import {compileHintsPlugin} from './compile-hints';
import {routeChunksPlugin} from './route-chunks';
import {writeHydrationCopies} from './hydration';
import {writeSearchComponentCopies} from './search-theme';
import {
  CODE_TRANSLATIONS_REQUEST,
  PREFIX_MODULE_REQUEST,
  findLazyTranslationProblems,
  lazyTranslationModules,
  readSiteSources,
} from './lazy-translations';

export interface MainBundleOptions {
  /**
   * Groups of translation ids (by their first segment, as `diagram` for `diagram.…`) whose strings load with
   * the components that import `@code-translations/<prefix>` (a prefix within the group), not with `main.js`.
   */
  lazyTranslations?: string[];
}

/** How Docusaurus's server entry imports the function that renders a page to HTML. */
const RENDER_TO_HTML_REQUEST = /^\.\/renderToHtml(\.js)?$/;
const SERVER_ENTRY_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]serverEntry\.js$/;
/** The classic theme's client module that loads Prism on every page. */
const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/** Writes the slim copy of `prism-react-renderer` into the generated files and returns its path. */
function writeSlimPrism(generatedFilesDir: string): string {
  const original = require.resolve('prism-react-renderer/dist/index.mjs');
  const slim = slimPrismReactRenderer(fs.readFileSync(original, 'utf8'));
  return writeGeneratedFile(generatedFilesDir, 'prism-react-renderer.mjs', slim);
}

/** The groups of `options.lazyTranslations`; throws a readable error for anything but a list of id segments. */
export function lazyTranslationGroups(options: unknown): string[] {
  const groups = (options as MainBundleOptions | undefined)?.lazyTranslations ?? [];
  if (
    !Array.isArray(groups) ||
    groups.some((group) => typeof group !== 'string' || !/^[A-Za-z][\w-]*$/.test(group))
  ) {
    throw new Error(
      `plugins/main-bundle: lazyTranslations must list the first segments of translation ids (as "diagram" for ` +
        `"diagram.title"), not ${JSON.stringify(groups)}.`,
    );
  }
  return groups;
}

export default function mainBundlePlugin(context: LoadContext, options: unknown): Plugin {
  const groups = lazyTranslationGroups(options);
  return {
    name: 'main-bundle',
    async loadContent() {
      const problems = findLazyTranslationProblems(readSiteSources(context.siteDir), groups);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
    configureWebpack(config, isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const translations = lazyTranslationModules(context.generatedFilesDir, {
        groups,
        split: config.mode === 'production',
        locale: context.i18n.currentLocale,
      });
      return {
        resolve: {alias: {'prism-react-renderer$': writeSlimPrism(context.generatedFilesDir)}},
        plugins: [
          ...(translations.main
            ? [new NormalModuleReplacementPlugin(CODE_TRANSLATIONS_REQUEST, translations.main)]
            : []),
          new NormalModuleReplacementPlugin(PREFIX_MODULE_REQUEST, (resource) => {
            const prefix = PREFIX_MODULE_REQUEST.exec(resource.request)![1];
            resource.request = translations.prefixModule(prefix);
          }),
          ...writeSearchComponentCopies(
            context.generatedFilesDir,
            path.join(__dirname, 'search-bar-constants.ts'),
          ).map(
            (copy) =>
              new NormalModuleReplacementPlugin(
                new RegExp(`^${copy.request.replace('.', '\\.')}$`),
                (resource) => {
                  if (resource.contextInfo?.issuer === copy.issuer) resource.request = copy.file;
                },
              ),
          ),
          ...writeHydrationCopies(context.generatedFilesDir).map(
            (copy) => new NormalModuleReplacementPlugin(copy.replaces, copy.file),
          ),
          new NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, path.join(__dirname, 'no-client-prism.ts')),
          ...(isServer ? [] : [compileHintsPlugin(currentBundler.instance)]),
          // Only where Docusaurus writes the client manifest: the production client build.
          ...(config.plugins?.some((plugin) => plugin?.constructor.name === 'ReactLoadableSSRAddon')
            ? [routeChunksPlugin(context.generatedFilesDir)]
            : []),
          new NormalModuleReplacementPlugin(RENDER_TO_HTML_REQUEST, (resource) => {
            if (SERVER_ENTRY_MODULE.test(resource.contextInfo?.issuer ?? '')) {
              resource.request = path.join(__dirname, 'render-to-html.ts');
            }
          }),
        ],
      };
    },
  };
}
