/**
 * Module swaps that fail loudly. A swap replaces a dependency's module, found by a pattern on its request or
 * on its installed path, with ours. If an upgrade renames or moves that module, a plain
 * `NormalModuleReplacementPlugin` matches nothing and says nothing: the site builds, slower or heavier, and no
 * test notices. Here, once a compilation has built its modules, every swap's replacement must be among them; the
 * build fails, naming the piece and the pattern, when a build that should have used it did not.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type webpack from 'webpack';

/** Where a maintainer reads how to bring a piece up to date. */
export const UPGRADE_GUIDE = 'README.md, "Upgrading Docusaurus"';

export type BuildSide = 'client' | 'server';

export interface ModuleSwap {
  /** The piece that needs the swap, as the README names it, and its file. */
  piece: string;
  /** Matches the request (`./renderToHtml`) or the resolved path of the module to replace. */
  pattern: RegExp;
  /** The builds that must meet the module: a swap that never happens in one of them is an error there. */
  sides: readonly BuildSide[];
  /** Our module that takes its place: the swap happened when the compilation holds it. */
  file: string;
  /**
   * Only for some importers: the swap redirects a request only when this says so (the default is every one).
   * Such a swap is matched by request, not by resolved path.
   */
  when?: (resource: {request: string; contextInfo?: {issuer?: string}}) => boolean;
}

/** A swap that did not happen, as the error says it. */
export function unusedSwapMessage(swap: ModuleSwap, side: BuildSide): string {
  return (
    `${swap.piece}: the ${side} build never met a module matching ${swap.pattern}, which this piece replaces. ` +
    `The dependency moved or renamed it, so the optimization silently stopped working. Find the module in the ` +
    `new version and update the pattern, or remove the piece (${UPGRADE_GUIDE}).`
  );
}

/**
 * The bundler plugins that make the swaps, and one that fails the compilation, naming each piece, when a
 * swap this side of the build expects never happened.
 */
export function moduleSwapPlugins(
  bundler: typeof webpack,
  swaps: readonly ModuleSwap[],
  side: BuildSide,
): webpack.WebpackPluginInstance[] {
  const replacements = swaps.map((swap) => {
    const {when} = swap;
    return new bundler.NormalModuleReplacementPlugin(
      swap.pattern,
      when
        ? (resource) => {
            if (when(resource)) resource.request = swap.file;
          }
        : swap.file,
    );
  });
  const check: webpack.WebpackPluginInstance = {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('module-swaps', (compilation) => {
        compilation.hooks.finishModules.tap('module-swaps', (modules) => {
          const built = new Set<string>();
          for (const module of modules) {
            const resource = (module as {resource?: string}).resource;
            if (resource) built.add(resource.split('?')[0]);
          }
          for (const swap of swaps) {
            if (swap.sides.includes(side) && !built.has(swap.file)) {
              compilation.errors.push(new bundler.WebpackError(unusedSwapMessage(swap, side)));
            }
          }
        });
      });
    },
  };
  return [...replacements, check];
}

/** A Docusaurus plugin that makes `swaps` in the client and server builds, failing the build if one does not happen. */
export function moduleSwapPlugin(
  name: string,
  swaps: (context: LoadContext) => ModuleSwap[],
): (context: LoadContext) => Plugin {
  return (context) => {
    const made = swaps(context);
    return {
      name,
      configureWebpack(_config, isServer, {currentBundler}) {
        return {plugins: moduleSwapPlugins(currentBundler.instance, made, isServer ? 'server' : 'client')};
      },
    };
  };
}
