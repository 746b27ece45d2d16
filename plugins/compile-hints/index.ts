/**
 * Asks V8 to compile the entry scripts while they download, not while they run.
 *
 * V8 compiles a function the first time it is called, on the main thread. Nearly every function in `main.js`
 * (React DOM, the Docusaurus runtime, the layout) runs as the page loads and hydrates, so on a slow phone that
 * compiling was one long task that kept the page from answering the reader. The `allFunctionsCalledOnLoad`
 * compile hint (https://v8.dev/blog/explicit-compile-hints) makes V8 compile the whole file eagerly, on a
 * background thread, as it streams in; browsers without the hint read it as a comment.
 *
 * The hint must be the file's first line, so it is added after minification (which drops comments) and before
 * the file names' content hashes are computed. It uses the bundler's public asset hooks only.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import type {Plugin} from '@docusaurus/types';
import type webpack from 'webpack';
import {ENTRY_SCRIPT} from '../first-paint-first/entry-scripts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHintsPlugin(bundler: typeof webpack): webpack.WebpackPluginInstance {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('compile-hints', (compilation) => {
        compilation.hooks.processAssets.tap(
          {name: 'compile-hints', stage: bundler.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE},
          (assets) => {
            for (const name of Object.keys(assets).filter((asset) => ENTRY_SCRIPT.test(asset))) {
              compilation.updateAsset(
                name,
                (source) => new bundler.sources.ConcatSource(COMPILE_HINT, source),
              );
            }
          },
        );
      });
    },
  };
}

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(_config, isServer, {currentBundler}) {
      return isServer ? {} : {plugins: [compileHintsPlugin(currentBundler.instance)]};
    },
  };
}
