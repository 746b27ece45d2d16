/**
 * Hydration in short tasks: the whole app hydrates inside one Suspense boundary, which React hydrates in slices
 * of a few milliseconds (./copies.ts says how and why). It replaces `@docusaurus/core`'s `browserContext` with an
 * edited copy.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';
import {writeBrowserContextCopy} from './copies';

export const PIECE = 'hydration in short tasks (plugins/hydration-in-short-tasks)';

export function hydrationSwaps(generatedFilesDir: string): ModuleSwap[] {
  const copy = writeBrowserContextCopy(generatedFilesDir);
  return [{piece: PIECE, pattern: copy.replaces, file: copy.file, sides: ['client', 'server']}];
}

export default moduleSwapPlugin('hydration-in-short-tasks', (context) =>
  hydrationSwaps(context.generatedFilesDir),
);
