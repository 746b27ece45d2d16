/**
 * A copy of `@docusaurus/core`'s `browserContext`, with exact edits, so that a page hydrates in short tasks.
 *
 * React hydrates everything outside a Suspense boundary in one task it cannot interrupt, and on a phone the
 * effects that run right after (the window is narrow, so the desktop sidebar and table of contents give way to
 * the mobile ones) re-render at the same blocking priority. With the whole app inside one boundary, React
 * hydrates it in slices of a few milliseconds between which the browser can paint and answer the reader, and
 * the effects' updates run at idle priority, in slices too. `useIsBrowser()` turns true once the boundary has
 * hydrated, from inside it: upstream turns it true from outside, at once, and that update would force the
 * whole boundary to hydrate in one blocking task after all.
 *
 * The copy replaces the original module for every importer, so there is still one `Context`.
 */
import fs from 'node:fs';
import {writeGeneratedFile} from '../shared/generated-file';
import {patchModule} from '../shared/patch-module';

const EDITED_BY = 'plugins/hydration-in-short-tasks/copies.ts';

export interface ModuleCopy {
  /** Matches the resolved path of the module that the copy replaces. */
  replaces: RegExp;
  /** The copy, in Docusaurus's generated files. */
  file: string;
}

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

/** Matches the module at `original` wherever the package is installed: its path within `node_modules`. */
function installedPathPattern(original: string): RegExp {
  const withinPackages = original.split(/[\\/]node_modules[\\/]/).pop()!;
  const segments = withinPackages
    .split(/[\\/]/)
    .map((segment) => segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${segments.join('[\\\\/]')}$`);
}

/** Writes the copy of `browserContext` and says which module it replaces. */
export function writeBrowserContextCopy(generatedDir: string): ModuleCopy {
  const original = require.resolve('@docusaurus/core/lib/client/browserContext.js');
  const patched = patchModule(fs.readFileSync(original, 'utf8'), original, BROWSER_CONTEXT_EDITS, EDITED_BY);
  return {
    replaces: installedPathPattern(original),
    file: writeGeneratedFile(generatedDir, 'hydration-in-short-tasks', 'browserContext.jsx', patched),
  };
}
