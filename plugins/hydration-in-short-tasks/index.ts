/**
 * Hydration in short tasks: four copies of Docusaurus client modules with exact edits (./copies.ts says what
 * each does and why), one option each so each can be measured apart (`npm run bench -- --ablate`).
 *
 * To remove one: set its option to false, then delete its edits in ./copies.ts. To remove all: delete this
 * folder and its line in docusaurus.config.ts.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {moduleSwapPlugins, type ModuleSwap} from '../shared/module-swaps';
import {writeHydrationCopies, type HydrationOption} from './copies';

export const PIECE = 'hydration in short tasks (plugins/hydration-in-short-tasks)';

export type HydrationOptions = Partial<Record<HydrationOption, boolean>>;

export const HYDRATION_OPTIONS: readonly HydrationOption[] = [
  'suspenseHydration',
  'idlePrefetch',
  'plainSortKeys',
  'routeModulesTask',
];

export function hydrationSwaps(generatedFilesDir: string, options: HydrationOptions = {}): ModuleSwap[] {
  for (const [key, value] of Object.entries(options)) {
    if (!HYDRATION_OPTIONS.includes(key as HydrationOption) || typeof value !== 'boolean') {
      throw new Error(
        `plugins/hydration-in-short-tasks: unknown option ${key}: ${JSON.stringify(value)}. ` +
          `The options, true or false: ${HYDRATION_OPTIONS.join(', ')}.`,
      );
    }
  }
  return writeHydrationCopies(generatedFilesDir)
    .filter((copy) => options[copy.option] !== false)
    .map((copy) => ({
      piece: `${PIECE}, ${copy.option}`,
      pattern: copy.replaces,
      file: copy.file,
      sides: copy.sides,
    }));
}

export default function hydrationInShortTasks(context: LoadContext, options: unknown): Plugin {
  // Docusaurus adds the plugin's `id` to its options.
  const switches = Object.fromEntries(
    Object.entries((options ?? {}) as Record<string, unknown>).filter(([key]) => key !== 'id'),
  ) as HydrationOptions;
  const swaps = hydrationSwaps(context.generatedFilesDir, switches);
  return {
    name: 'hydration-in-short-tasks',
    configureWebpack(_config, isServer, {currentBundler}) {
      return {plugins: moduleSwapPlugins(currentBundler.instance, swaps, isServer ? 'server' : 'client')};
    },
  };
}
