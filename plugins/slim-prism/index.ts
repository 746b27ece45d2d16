/**
 * prism-react-renderer without the grammars and colour themes it bundles (see ./slim.ts): every page with a
 * code block downloads and evaluates Prism's core and the five languages the course highlights, not twenty-odd.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import fs from 'node:fs';
import {writeGeneratedFile} from '../shared/generated-file';
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';
import {slimPrismReactRenderer} from './slim';

export const PIECE = 'slim Prism (plugins/slim-prism)';

export function slimPrismSwaps(generatedFilesDir: string): ModuleSwap[] {
  const original = require.resolve('prism-react-renderer/dist/index.mjs');
  const slim = slimPrismReactRenderer(fs.readFileSync(original, 'utf8'));
  return [
    {
      piece: PIECE,
      pattern: /^prism-react-renderer$/,
      file: writeGeneratedFile(generatedFilesDir, 'slim-prism', 'prism-react-renderer.mjs', slim),
      sides: ['client', 'server'],
    },
  ];
}

export default moduleSwapPlugin('slim-prism', (context) => slimPrismSwaps(context.generatedFilesDir));
