/**
 * Translated strings where they are used (./lazy-translations.ts says how): the strings of the groups named in
 * `lazyTranslations` (the diagrams' labels, the home page's text) leave `main.js` for the chunks of the
 * components that import `@code-translations/<prefix>`. The plugin also resolves those imports, so it stays in
 * the config; `splitFromMainJs: false` keeps every string in `main.js`, as Docusaurus has it.
 *
 * To remove: remove every `import '@code-translations/…'` from src/, then this folder and its line in
 * docusaurus.config.ts.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {moduleSwapPlugins} from '../shared/module-swaps';
import {
  CODE_TRANSLATIONS_REQUEST,
  PREFIX_MODULE_REQUEST,
  findLazyTranslationProblems,
  importedPrefixes,
  lazyTranslationModules,
  readSiteSources,
} from './lazy-translations';

export const PIECE = 'translations with components (plugins/translations-with-components)';

export interface TranslationsWithComponentsOptions {
  /**
   * Groups of translation ids (by their first segment, as `diagram` for `diagram.…`) whose strings load with
   * the components that import `@code-translations/<prefix>` (a prefix within the group), not with `main.js`.
   */
  lazyTranslations: string[];
  /** False keeps every string in `main.js` (to measure what the piece is worth). */
  splitFromMainJs?: boolean;
}

/** The groups of `options.lazyTranslations`; throws a readable error for anything but a list of id segments. */
export function lazyTranslationGroups(options: unknown): string[] {
  const groups = (options as TranslationsWithComponentsOptions | undefined)?.lazyTranslations ?? [];
  if (
    !Array.isArray(groups) ||
    groups.some((group) => typeof group !== 'string' || !/^[A-Za-z][\w-]*$/.test(group))
  ) {
    throw new Error(
      `plugins/translations-with-components: lazyTranslations must list the first segments of translation ids ` +
        `(as "diagram" for "diagram.title"), not ${JSON.stringify(groups)}.`,
    );
  }
  return groups;
}

export default function translationsWithComponents(context: LoadContext, options: unknown): Plugin {
  const groups = lazyTranslationGroups(options);
  const split = (options as TranslationsWithComponentsOptions).splitFromMainJs !== false;
  return {
    name: 'translations-with-components',
    // Reads the components once: checks their imports, and returns the prefixes they import for configureWebpack.
    async loadContent() {
      const sources = readSiteSources(context.siteDir);
      const problems = findLazyTranslationProblems(sources, groups);
      if (problems.length > 0) throw new Error(problems.join('\n'));
      return importedPrefixes(sources);
    },
    configureWebpack(config, isServer, {currentBundler}, prefixes) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const translations = lazyTranslationModules(context.generatedFilesDir, {
        groups,
        split: config.mode === 'production' && split,
        locale: context.i18n.currentLocale,
        prefixes: prefixes as string[],
      });
      const swaps = translations.main
        ? [
            {
              piece: PIECE,
              pattern: CODE_TRANSLATIONS_REQUEST,
              file: translations.main,
              sides: ['client', 'server'] as const,
            },
          ]
        : [];
      return {
        plugins: [
          new NormalModuleReplacementPlugin(PREFIX_MODULE_REQUEST, (resource) => {
            const prefix = PREFIX_MODULE_REQUEST.exec(resource.request)![1];
            resource.request = translations.prefixModule(prefix);
          }),
          ...moduleSwapPlugins(currentBundler.instance, swaps, isServer ? 'server' : 'client'),
        ],
      };
    },
  };
}
