/**
 * The navbar search bar without lunr in main.js. `@easyops-cn/docusaurus-search-local` runs lunr, with its
 * English and Spanish stemmers, in a web worker, but its navbar search bar imported its generated constants
 * module, which pulls lunr into `main.js` as well. Its SearchBar and SearchPage are replaced by copies
 * (./copies.ts) that read the one constant they need from ./constants.ts; the copies also translate the
 * label of both search inputs, which the plugin hard-codes in English.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import path from 'node:path';
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';
import {writeSearchComponentCopies} from './copies';

export const PIECE = 'search bar without lunr (plugins/search-bar-without-lunr)';

export function searchBarSwaps(generatedFilesDir: string): ModuleSwap[] {
  return writeSearchComponentCopies(generatedFilesDir, path.join(__dirname, 'constants.ts')).map((copy) => ({
    piece: PIECE,
    pattern: new RegExp(`^${copy.request.replace('.', '\\.')}$`),
    file: copy.file,
    when: (resource) => resource.contextInfo?.issuer === copy.issuer,
    sides: ['client', 'server'],
  }));
}

export default moduleSwapPlugin('search-bar-without-lunr', (context) =>
  searchBarSwaps(context.generatedFilesDir),
);
