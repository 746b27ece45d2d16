/**
 * Copies of four Docusaurus client modules, each with exact edits, so that a page hydrates in short tasks.
 *
 * 1. `@docusaurus/core`'s `browserContext`. React hydrates everything outside a Suspense boundary in one
 *    task it cannot interrupt, and on a phone the effects that run right after (the window is narrow, so the
 *    desktop sidebar and table of contents give way to the mobile ones) re-render at the same blocking
 *    priority. With the whole app inside one boundary, React hydrates it in slices of a few milliseconds
 *    between which the browser can paint and answer the reader, and the effects' updates run at idle
 *    priority, in slices too. `useIsBrowser()` turns true once the boundary has hydrated, from inside it:
 *    upstream turns it true from outside, at once, and that update would force the whole boundary to
 *    hydrate in one blocking task after all.
 * 2. `@docusaurus/theme-common`'s `reactUtils`. `useShallowMemoObject` sorts an object's keys with
 *    `localeCompare`, whose first call loads the browser's collation data: about 10 ms on a fast machine, in
 *    the middle of hydration. The keys are property names, so plain code-unit order sorts them as well.
 * 3. `@docusaurus/core`'s `docusaurus` (`window.docusaurus`). Every link prefetches its route's chunks when it
 *    enters the viewport, and on a doc page the sidebar, the table of contents and the text bring dozens of
 *    links into view at once, right after hydration: one long task that adds a hundred `<link rel=prefetch>`
 *    elements, most of them for the same few chunks, which routes share. Here the routes wait in a queue that
 *    runs when the browser is idle, for at most 4 ms at a time, and each chunk is prefetched once, unless the
 *    page has loaded it already (without `requestIdleCallback`, upstream's prefetch runs at once).
 * 4. `@docusaurus/core`'s `clientEntry`. It loads the route's modules and then hydrates. The route's chunks come
 *    with the page (see plugins/route-chunks), so their modules would run in the same task as `main.js` itself, one
 *    long task; here they run in a task of their own, right after.
 *
 * Each copy replaces the original module for every importer, so there is still one `Context`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeGeneratedFile} from '../shared/generated-file';
import {patchModule} from '../shared/patch-module';

const EDITED_BY = 'plugins/hydration-in-short-tasks/copies.ts';

export interface ModuleCopy {
  /** Matches the resolved path of the module that the copy replaces. */
  replaces: RegExp;
  /** The copy, in Docusaurus's generated files. */
  file: string;
  /** The builds that load the module: the client entry runs in the browser only. */
  sides: readonly ('client' | 'server')[];
  /** The option of the plugin that turns this copy off. */
  option: HydrationOption;
}

/** One option of the plugin per copy, so each can be measured apart (`npm run bench -- --ablate`). */
export type HydrationOption = 'suspenseHydration' | 'idlePrefetch' | 'plainSortKeys' | 'routeModulesTask';

const BROWSER_CONTEXT_EDITS: [string, string][] = [
  [
    "import React, { useEffect, useState } from 'react';",
    "import React, { Suspense, useEffect, useState } from 'react';",
  ],
  [
    'export function BrowserContextProvider(',
    [
      '// Rendered last inside the boundary: its effect runs once everything in the boundary has hydrated.',
      'function AfterHydration({ onHydrated }) {',
      '    useEffect(() => {',
      '        onHydrated(true);',
      '    }, [onHydrated]);',
      '    return null;',
      '}',
      'export function BrowserContextProvider(',
    ].join('\n'),
  ],
  [
    [
      '    useEffect(() => {',
      '        setIsBrowser(true);',
      '    }, []);',
      '    return <Context.Provider value={isBrowser}>{children}</Context.Provider>;',
    ].join('\n'),
    [
      '    return (<Context.Provider value={isBrowser}>',
      '      <Suspense fallback={null}>',
      '        {children}',
      '        <AfterHydration onHydrated={setIsBrowser}/>',
      '      </Suspense>',
      '    </Context.Provider>);',
    ].join('\n'),
  ],
];

const REACT_UTILS_EDITS: [string, string][] = [
  [
    'deps.sort((a, b) => a[0].localeCompare(b[0]));',
    'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
  ],
];

const DOCUSAURUS_EDITS: [string, string][] = [
  [
    ['const docusaurus = {', '    prefetch,', '    preload,', '};'].join('\n'),
    [
      '// Links ask for prefetches as they come into view, dozens at once, and routes share most of their chunks.',
      '// Here the routes wait in a queue that runs when the browser is idle, for a few milliseconds at a time (a',
      '// long idle callback blocks a tap as much as any task), and each chunk is prefetched once, unless the page',
      '// has loaded it already.',
      'const prefetchQueue = [];',
      'const chunkAssetQueue = [];',
      'let prefetchScheduled = false;',
      'let fetchedAssets;',
      'const chunkAssetsOf = (routePath) => matchRoutes(routes, routePath)',
      '    .flatMap((match) => getChunkNamesToLoad(match.route.path))',
      '    // eslint-disable-next-line camelcase',
      '    .map((chunkName) => __webpack_require__.gca(chunkName))',
      "    .filter((chunkAsset) => chunkAsset && !chunkAsset.includes('undefined'));",
      'const runPrefetchQueue = (deadline) => {',
      "    fetchedAssets ??= new Set(performance.getEntriesByType('resource').map((entry) => entry.name));",
      '    const end = performance.now() + 4;',
      '    do {',
      '        if (chunkAssetQueue.length === 0) {',
      '            chunkAssetQueue.push(...chunkAssetsOf(prefetchQueue.shift()));',
      '            continue;',
      '        }',
      '        const url = new URL(chunkAssetQueue.shift(), location.href).href;',
      '        if (!fetchedAssets.has(url)) {',
      '            fetchedAssets.add(url);',
      '            prefetchHelper(url);',
      '        }',
      '    } while ((prefetchQueue.length > 0 || chunkAssetQueue.length > 0) &&',
      '        performance.now() < end && deadline.timeRemaining() > 1);',
      '    prefetchScheduled = prefetchQueue.length > 0 || chunkAssetQueue.length > 0;',
      '    if (prefetchScheduled) requestIdleCallback(runPrefetchQueue);',
      '};',
      'const prefetchWhenIdle = (routePath) => {',
      "    if (typeof requestIdleCallback !== 'function') return prefetch(routePath);",
      '    if (!canPrefetch(routePath)) return false;',
      '    fetched.add(routePath);',
      '    prefetchQueue.push(routePath);',
      '    if (!prefetchScheduled) {',
      '        prefetchScheduled = true;',
      '        requestIdleCallback(runPrefetchQueue);',
      '    }',
      '    return true;',
      '};',
      'const docusaurus = {',
      '    prefetch: prefetchWhenIdle,',
      '    preload,',
      '};',
    ].join('\n'),
  ],
];

/** What the idle prefetch queue calls in `docusaurus.js`: upstream's own names, checked before each build. */
const DOCUSAURUS_USES = [
  'matchRoutes',
  'routes',
  'getChunkNamesToLoad',
  '__webpack_require__.gca',
  'canPrefetch',
  'fetched',
  'prefetchHelper',
  'prefetch',
  'preload',
];

const CLIENT_ENTRY_EDITS: [string, string][] = [
  [
    [
      '    preload(window.location.pathname).then(() => {',
      '        startTransition(renderApp);',
      '    });',
    ].join('\n'),
    [
      "    // The route's modules run in a task of their own, not in main.js's.",
      '    setTimeout(() => {',
      '        preload(window.location.pathname).then(() => {',
      '            startTransition(renderApp);',
      '        });',
      '    });',
    ].join('\n'),
  ],
];

/** Matches the module at `original` wherever the package is installed: its path within `node_modules`. */
function installedPathPattern(original: string): RegExp {
  const withinPackages = original.split(/[\\/]node_modules[\\/]/).pop()!;
  const segments = withinPackages
    .split(/[\\/]/)
    .map((segment) => segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${segments.join('[\\\\/]')}$`);
}

/** A patched copy of `original`, written as `name`, that replaces it. */
function copy(
  option: HydrationOption,
  generatedDir: string,
  name: string,
  original: string,
  edits: [string, string][],
  sides: ModuleCopy['sides'] = ['client', 'server'],
  uses: readonly string[] = [],
): ModuleCopy {
  const patched = patchModule(fs.readFileSync(original, 'utf8'), original, edits, EDITED_BY, uses);
  return {
    replaces: installedPathPattern(original),
    file: writeGeneratedFile(generatedDir, 'hydration-in-short-tasks', name, patched),
    sides,
    option,
  };
}

/** Writes the copies and says which modules they replace. */
export function writeHydrationCopies(generatedDir: string): ModuleCopy[] {
  const coreClient = path.dirname(require.resolve('@docusaurus/core/lib/client/browserContext.js'));
  // The package exports only its entry points; `lib/index.js` sits beside `lib/utils/`.
  const themeCommonUtils = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils');
  return [
    copy(
      'suspenseHydration',
      generatedDir,
      'browserContext.jsx',
      path.join(coreClient, 'browserContext.js'),
      BROWSER_CONTEXT_EDITS,
    ),
    // `window.docusaurus` exists in the browser only.
    copy(
      'idlePrefetch',
      generatedDir,
      'docusaurus.js',
      path.join(coreClient, 'docusaurus.js'),
      DOCUSAURUS_EDITS,
      ['client'],
      DOCUSAURUS_USES,
    ),
    copy(
      'plainSortKeys',
      generatedDir,
      'reactUtils.js',
      path.join(themeCommonUtils, 'reactUtils.js'),
      REACT_UTILS_EDITS,
    ),
    copy(
      'routeModulesTask',
      generatedDir,
      'clientEntry.jsx',
      path.join(coreClient, 'clientEntry.js'),
      CLIENT_ENTRY_EDITS,
      ['client'],
    ),
  ];
}
