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
import {moduleSwapPlugins, type BuildSide, type ModuleSwap} from './module-swaps';
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

/**
 * One switch per speed-up, all on by default. Turning one off builds the site as Docusaurus would without it:
 * `npm run bench -- --ablate` measures each one that way (README, "What each speed-up is worth").
 */
export interface PieceSwitches {
  /** search-theme.ts: the navbar search bar without lunr in main.js. */
  searchBarWithoutLunr: boolean;
  /** no-client-prism.ts: Prism leaves main.js and arrives with the first code block. */
  prismOutOfMain: boolean;
  /** prism.ts: prism-react-renderer without its bundled grammars and colour themes. */
  slimPrism: boolean;
  /** hydration.ts: the app in one Suspense boundary, hydrated in slices. */
  suspenseHydration: boolean;
  /** hydration.ts: links prefetch when the browser is idle, each chunk once. */
  idlePrefetch: boolean;
  /** hydration.ts: memo keys sorted without loading the collation data. */
  plainSortKeys: boolean;
  /** hydration.ts: the route's modules run in a task after main.js's. */
  routeModulesTask: boolean;
  /** compile-hints.ts: V8 compiles the entry scripts while they download. */
  compileHints: boolean;
  /** route-chunks.ts: pages list their route's chunks with the entry scripts. */
  routeChunks: boolean;
  /** lazy-translations.ts: the strings of the `lazyTranslations` groups load with their components. */
  translationsWithComponents: boolean;
  /** render-to-html.ts: every page's HTML holds its whole content (a fix, not a speed-up). */
  completeHtml: boolean;
}

export const PIECE_SWITCHES: readonly (keyof PieceSwitches)[] = [
  'searchBarWithoutLunr',
  'prismOutOfMain',
  'slimPrism',
  'suspenseHydration',
  'idlePrefetch',
  'plainSortKeys',
  'routeModulesTask',
  'compileHints',
  'routeChunks',
  'translationsWithComponents',
  'completeHtml',
];

export interface MainBundleOptions extends Partial<PieceSwitches> {
  /**
   * Groups of translation ids (by their first segment, as `diagram` for `diagram.…`) whose strings load with
   * the components that import `@code-translations/<prefix>` (a prefix within the group), not with `main.js`.
   * `translationsWithComponents: false` keeps them in `main.js`, as Docusaurus has it.
   */
  lazyTranslations?: string[];
}

/** The switches of `options`, each on unless set to false; throws a readable error for an unknown one. */
export function pieceSwitches(options: unknown): PieceSwitches {
  const given = (options ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(given)) {
    if (key === 'lazyTranslations' || key === 'id') continue;
    if (!PIECE_SWITCHES.includes(key as keyof PieceSwitches) || typeof value !== 'boolean') {
      throw new Error(
        `plugins/main-bundle: unknown option ${key}: ${JSON.stringify(value)}. The options are lazyTranslations ` +
          `and these switches, true or false: ${PIECE_SWITCHES.join(', ')}.`,
      );
    }
  }
  return Object.fromEntries(
    PIECE_SWITCHES.map((key) => [key, given[key] !== false]),
  ) as unknown as PieceSwitches;
}

/** How Docusaurus's server entry imports the function that renders a page to HTML. */
const RENDER_TO_HTML_REQUEST = /^\.\/renderToHtml(\.js)?$/;
const SERVER_ENTRY_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]serverEntry\.js$/;
/** The classic theme's client module that loads Prism on every page. */
const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
/** How the classic theme's code blocks import the highlighter. */
const PRISM_REACT_RENDERER_REQUEST = /^prism-react-renderer$/;
const BOTH_SIDES: readonly BuildSide[] = ['client', 'server'];

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

/**
 * Every module this plugin swaps for its own, with the piece that needs it: the copies are written into
 * `generatedFilesDir`. `lazyTranslationsModule` is the slimmed `@generated/codeTranslations` of a production
 * build, if any. Each swap fails the build when it does not happen (./module-swaps.ts).
 */
export function moduleSwaps(
  generatedFilesDir: string,
  lazyTranslationsModule?: string,
  switches: PieceSwitches = pieceSwitches({}),
): ModuleSwap[] {
  const swaps: ModuleSwap[] = [];
  if (switches.slimPrism) {
    swaps.push({
      piece: 'slim Prism (plugins/main-bundle/prism.ts)',
      pattern: PRISM_REACT_RENDERER_REQUEST,
      file: writeSlimPrism(generatedFilesDir),
      sides: BOTH_SIDES,
    });
  }
  if (switches.prismOutOfMain) {
    swaps.push({
      piece: 'Prism out of main.js (plugins/main-bundle/no-client-prism.ts)',
      pattern: PRISM_CLIENT_MODULE,
      file: path.join(__dirname, 'no-client-prism.ts'),
      sides: BOTH_SIDES,
    });
  }
  if (lazyTranslationsModule) {
    swaps.push({
      piece: 'lazy translations (plugins/main-bundle/lazy-translations.ts)',
      pattern: CODE_TRANSLATIONS_REQUEST,
      file: lazyTranslationsModule,
      sides: BOTH_SIDES,
    });
  }
  if (switches.searchBarWithoutLunr) {
    for (const copy of writeSearchComponentCopies(
      generatedFilesDir,
      path.join(__dirname, 'search-bar-constants.ts'),
    )) {
      swaps.push({
        piece: 'search bar without lunr (plugins/main-bundle/search-theme.ts)',
        pattern: new RegExp(`^${copy.request.replace('.', '\\.')}$`),
        file: copy.file,
        when: (resource) => resource.contextInfo?.issuer === copy.issuer,
        sides: BOTH_SIDES,
      });
    }
  }
  for (const copy of writeHydrationCopies(generatedFilesDir)) {
    if (!switches[copy.option]) continue;
    swaps.push({
      piece: 'hydration in short tasks (plugins/main-bundle/hydration.ts)',
      pattern: copy.replaces,
      file: copy.file,
      sides: copy.sides,
    });
  }
  if (switches.completeHtml) {
    swaps.push({
      piece: 'complete HTML (plugins/main-bundle/render-to-html.ts)',
      pattern: RENDER_TO_HTML_REQUEST,
      file: path.join(__dirname, 'render-to-html.ts'),
      when: (resource) => SERVER_ENTRY_MODULE.test(resource.contextInfo?.issuer ?? ''),
      sides: ['server'],
    });
  }
  return swaps;
}

export default function mainBundlePlugin(context: LoadContext, options: unknown): Plugin {
  const groups = lazyTranslationGroups(options);
  const switches = pieceSwitches(options);
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
        split: config.mode === 'production' && switches.translationsWithComponents,
        locale: context.i18n.currentLocale,
      });
      const side: BuildSide = isServer ? 'server' : 'client';
      const swaps = moduleSwaps(context.generatedFilesDir, translations.main, switches);
      return {
        plugins: [
          new NormalModuleReplacementPlugin(PREFIX_MODULE_REQUEST, (resource) => {
            const prefix = PREFIX_MODULE_REQUEST.exec(resource.request)![1];
            resource.request = translations.prefixModule(prefix);
          }),
          ...moduleSwapPlugins(currentBundler.instance, swaps, side),
          ...(!isServer && switches.compileHints ? [compileHintsPlugin(currentBundler.instance)] : []),
          // Only where Docusaurus writes the client manifest: the production client build.
          ...(!isServer && config.mode === 'production' && switches.routeChunks
            ? [routeChunksPlugin(context.generatedFilesDir)]
            : []),
        ],
      };
    },
  };
}
