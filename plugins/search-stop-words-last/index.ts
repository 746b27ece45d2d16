/**
 * Search tries a query without its stop words first. The search plugin (`@easyops-cn/docusaurus-search-local`)
 * drops stop words ("un", "una", "the"…) from its index, and for a query that holds one it runs the query twice:
 * as typed, then without them. As typed came first, and in Spanish it finds the wrong pages: the stemmer turns
 * "une" and "unas" into "un", so "borrar un contenedor" first matched passages about networks that "une" containers,
 * and they filled the suggestions before the lesson that teaches `docker rm`. The worker's query planner
 * (`utils/smartQueries.js`) is replaced by a copy with one edit: the queries without stop words go first.
 *
 * Worth, measured by tests/e2e/search-quality.test.ts on 2026-12-06: 4 of its 41 Spanish queries find their page
 * only with this piece ("borrar un contenedor", "eliminar un contenedor", "borrar una imagen", "publicar un
 * puerto"). Indexing Spanish stop words instead (`removeDefaultStopWordFilter`) made a query that holds several of
 * them too strict ("borrar todos los contenedores parados" no longer found the clean-up lesson) and grew the
 * Spanish index by 12%.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts, and its test in tests/unit/search.
 */
import fs from 'node:fs';
import path from 'node:path';
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';
import {writeGeneratedFile} from '../shared/generated-file';
import {patchModule} from '../shared/patch-module';

export const PIECE = 'search stop words last (plugins/search-stop-words-last)';

/** The search worker's query planner, as installed. */
export const QUERY_PLANNER =
  require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js');

/** The one edit: the queries without stop words go before the query as typed, not after it. */
export const EDITS: [string, string][] = [['terms.push(...newTerms);', 'terms.unshift(...newTerms);']];

/** Writes the edited copy of the query planner into Docusaurus's generated files. */
export function writeQueryPlannerCopy(generatedFilesDir: string): string {
  return writeGeneratedFile(
    generatedFilesDir,
    'search-stop-words-last',
    'smartQueries.js',
    patchModule(
      fs.readFileSync(QUERY_PLANNER, 'utf8'),
      QUERY_PLANNER,
      EDITS,
      'plugins/search-stop-words-last',
    ),
  );
}

export function queryPlannerSwaps(generatedFilesDir: string): ModuleSwap[] {
  return [
    {
      piece: PIECE,
      pattern:
        /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]utils[\\/]smartQueries(\.js)?$/,
      file: writeQueryPlannerCopy(generatedFilesDir),
      // Only the search worker plans queries, and it runs in the browser.
      sides: ['client'],
    },
  ];
}

export default moduleSwapPlugin('search-stop-words-last', (context) =>
  queryPlannerSwaps(path.resolve(context.generatedFilesDir)),
);
