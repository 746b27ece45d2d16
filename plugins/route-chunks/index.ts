/**
 * Has every page list its route's chunks among the scripts it starts with, so they download alongside
 * `main.js` and are in place when it runs.
 *
 * Docusaurus renders each page's route components on the server, collects the modules they come from (the
 * paths in `@generated/registry`) and asks the client manifest (written by `react-loadable-ssr-addon-v5-slorber`)
 * which files hold them, to list those files in the page. With webpack 5 and Rspack the manifest knows chunks
 * only by their names, so every page listed `runtime~main.js` and `main.js` alone. `main.js` then asked for the
 * route's chunks while it ran, adding a script element for each (a slow part of its run on a phone), and
 * hydration waited for another round trip.
 *
 * After the client build writes the manifest, this adds each registry module under the chunk its registry
 * entry names, so Docusaurus lists the chunks; plugins/first-paint-first runs them before the entry scripts.
 *
 * To remove: delete this folder and its line in docusaurus.config.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type webpack from 'webpack';

/** The manifest as `react-loadable-ssr-addon-v5-slorber` writes it, keyed by chunk name or id. */
export interface ClientManifest {
  entrypoints: string[];
  /** The chunk ids that a chunk name (now also a module) needs. */
  origins: Record<string, (string | number)[]>;
  assets: Record<string, Record<string, {file: string}[]>>;
}

/** One entry of Docusaurus's generated registry: `"name": [() => import(/* webpackChunkName: "name" *\/ "module"), "module", …]`. */
const REGISTRY_ENTRY =
  /^\s*"([^"]+)": \[\(\) => import\(\/\* webpackChunkName: "\1" \*\/ "[^"]+"\), "([^"]+)",/gm;

/** The registry's modules and the chunk each one's entry names. */
export function registryChunks(registrySource: string): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const [, chunkName, module] of registrySource.matchAll(REGISTRY_ENTRY)) chunks.set(module, chunkName);
  return chunks;
}

/** The manifest with each registry module added as an origin of the chunks its chunk name needs. */
export function withRouteModules(manifest: ClientManifest, registrySource: string): ClientManifest {
  const chunks = registryChunks(registrySource);
  if (chunks.size === 0 && registrySource.includes('webpackChunkName')) {
    throw new Error(
      "Docusaurus's generated registry.js no longer has the layout plugins/route-chunks reads " +
        '(`"name": [() => import(/* webpackChunkName: "name" */ "module"), "module", …]`). Check how the new ' +
        'version writes it, and update REGISTRY_ENTRY (README.md, "Upgrading Docusaurus").',
    );
  }
  const origins = {...manifest.origins};
  for (const [module, chunkName] of chunks) {
    // A chunk the bundler merged into another (or into main.js) has no files of its own.
    if (manifest.origins[chunkName]) origins[module] = manifest.origins[chunkName];
  }
  return {...manifest, origins};
}

/** Adds the registry's modules to the client manifest once the client build has written it. */
export function routeChunksPlugin(generatedFilesDir: string): webpack.WebpackPluginInstance {
  return {
    apply(compiler) {
      compiler.hooks.afterEmit.tap('route-chunks', () => {
        const manifestPath = path.join(generatedFilesDir, 'client-manifest.json');
        const registryPath = path.join(generatedFilesDir, 'registry.js');
        if (!fs.existsSync(manifestPath)) {
          throw new Error(
            `plugins/route-chunks: the client build wrote no ${manifestPath}. Check where the new Docusaurus ` +
              'version writes its client manifest (README.md, "Upgrading Docusaurus").',
          );
        }
        const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ClientManifest;
        const updated = withRouteModules(manifest, fs.readFileSync(registryPath, 'utf8'));
        fs.writeFileSync(manifestPath, JSON.stringify(updated, null, 2));
      });
    },
  };
}

export default function routeChunks(context: LoadContext): Plugin {
  return {
    name: 'route-chunks',
    configureWebpack(config, isServer) {
      // Only where Docusaurus writes the client manifest: the production client build.
      return !isServer && config.mode === 'production'
        ? {plugins: [routeChunksPlugin(context.generatedFilesDir)]}
        : {};
    },
  };
}
