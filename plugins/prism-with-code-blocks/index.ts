/**
 * Prism with the first code block, not in main.js. The classic theme registers the extra Prism languages from a
 * client module, which puts Prism and every grammar it bundles in `main.js`, on every page, even without code.
 * That client module is replaced by ./no-client-prism.ts; src/components/HighlightedCodeBlock registers the
 * languages instead, and src/theme/CodeBlock loads it with the first code block a page shows.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts, and the `prismIncludeLanguages` call in
 * src/components/HighlightedCodeBlock (the theme's client module registers them again).
 */
import path from 'node:path';
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';

export const PIECE = 'Prism with code blocks (plugins/prism-with-code-blocks)';

/** The classic theme's client module that loads Prism on every page. */
const PRISM_CLIENT_MODULE = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export function prismClientModuleSwaps(): ModuleSwap[] {
  return [
    {
      piece: PIECE,
      pattern: PRISM_CLIENT_MODULE,
      file: path.join(__dirname, 'no-client-prism.ts'),
      sides: ['client', 'server'],
    },
  ];
}

export default moduleSwapPlugin('prism-with-code-blocks', () => prismClientModuleSwaps());
