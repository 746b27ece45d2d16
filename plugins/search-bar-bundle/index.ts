/**
 * Keeps the search engine out of the bundle every page loads.
 *
 * `@easyops-cn/docusaurus-search-local` runs lunr, with its English and Spanish stemmers, in a web worker. But
 * its navbar search bar imports the plugin's generated constants module only to read `searchResultLimits`,
 * and that module also loads lunr and the stemmers for the worker. So every page's `main.js` carried about
 * 47 kB of lunr code (13 kB gzip) that never runs on the page's own thread.
 *
 * For imports made by the search bar, this plugin points that module at `constants.ts`, which gives the same
 * value and nothing else. The worker and the search page still import the plugin's real module.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The search bar module whose import of the generated constants is redirected. */
const SEARCH_BAR_MODULE =
  /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]SearchBar[\\/]SearchBar\.jsx$/;
/** How the search bar imports the generated constants (`../../utils/proxiedGeneratedConstants`). */
const CONSTANTS_REQUEST = /[\\/]utils[\\/]proxiedGeneratedConstants(\.js)?$/;

export default function searchBarBundlePlugin(): Plugin {
  return {
    name: 'search-bar-bundle',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const constants = path.join(__dirname, 'constants.ts');
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(CONSTANTS_REQUEST, (resource) => {
            if (SEARCH_BAR_MODULE.test(resource.contextInfo?.issuer ?? '')) resource.request = constants;
          }),
        ],
      };
    },
  };
}
