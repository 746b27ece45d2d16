import fs from 'node:fs';
import path from 'node:path';
import {act, useContext, type Context as ReactContext, type ReactNode} from 'react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {afterAll, describe, expect, it} from 'vitest';
import {writeHydrationCopies} from '../../../plugins/hydration-in-short-tasks/copies';

// Inside the project, so the copies resolve `react` as the site does.
const cache = path.resolve(__dirname, '../../../node_modules/.cache');
fs.mkdirSync(cache, {recursive: true});
const dir = fs.mkdtempSync(path.join(cache, 'hydration-'));
const [browserContext, docusaurus, reactUtils, clientEntry] = writeHydrationCopies(dir);
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

interface BrowserContextModule {
  Context: ReactContext<boolean>;
  BrowserContextProvider: (props: {children: ReactNode}) => ReactNode;
}

describe('the copies that keep hydration in short tasks', () => {
  it('replace the modules Docusaurus resolves', () => {
    expect(require.resolve('@docusaurus/core/lib/client/browserContext.js')).toMatch(browserContext.replaces);
    const themeCommon = path.dirname(require.resolve('@docusaurus/theme-common'));
    expect(path.join(themeCommon, 'utils', 'reactUtils.js')).toMatch(reactUtils.replaces);
    expect(require.resolve('@docusaurus/core/lib/client/docusaurus.js')).toMatch(docusaurus.replaces);
    expect(require.resolve('@docusaurus/core/lib/client/clientEntry.js')).toMatch(clientEntry.replaces);
  });

  it("load the route's modules in a task after main.js's, then hydrate", () => {
    const source = fs.readFileSync(clientEntry.file, 'utf8');
    const start = source.indexOf('setTimeout(() => {');
    expect(start).toBeGreaterThan(0);
    expect(source.indexOf('preload(window.location.pathname)')).toBeGreaterThan(start);
    expect(source.match(/preload\(window\.location\.pathname\)/g)).toHaveLength(1);
    // Relative imports point at the original's folder.
    expect(source).not.toMatch(/from ['"]\.\.?\//);
  });

  it('prefetch routes when the browser is idle, each chunk once, for at most 4 ms per idle period', () => {
    const source = fs.readFileSync(docusaurus.file, 'utf8');
    const queue = source.slice(source.indexOf('const prefetchQueue'), source.indexOf('const docusaurus = {'));
    expect(source).toContain('prefetch: prefetchWhenIdle,');
    const origin = 'https://site.example';
    // Every route needs the shared layout chunk and its own one; the page has loaded the layout already.
    const chunks: Record<string, string[]> = {
      '/a': ['/js/layout.js', '/js/a.js'],
      '/b': ['/js/layout.js', '/js/b.js', 'undefined.js'],
      '/c': ['/js/layout.js', '/js/c.js', '/js/a.js'],
      '/d': ['/js/layout.js', '/js/d.js'],
      '/e': ['/js/layout.js', '/js/e.js'],
    };
    let now = 0;
    const prefetched: string[] = [];
    const fetched = new Set<string>();
    const idle: ((deadline: {timeRemaining: () => number}) => void)[] = [];
    const prefetchWhenIdle = new Function(
      'prefetch',
      'canPrefetch',
      'fetched',
      'matchRoutes',
      'routes',
      'getChunkNamesToLoad',
      '__webpack_require__',
      'prefetchHelper',
      'requestIdleCallback',
      'performance',
      'location',
      `${queue}\nreturn prefetchWhenIdle;`,
    )(
      () => {
        throw new Error('upstream prefetch runs only without requestIdleCallback');
      },
      (route: string) => !fetched.has(route),
      fetched,
      (_routes: unknown, route: string) => [{route: {path: route}}],
      [],
      (route: string) => chunks[route],
      {gca: (chunk: string) => chunk},
      (url: string) => {
        prefetched.push(url.slice(origin.length));
        now += 1.5;
      },
      (callback: (typeof idle)[number]) => idle.push(callback),
      {now: () => now, getEntriesByType: () => [{name: `${origin}/js/layout.js`}]},
      {href: `${origin}/docs/intro`},
    ) as (route: string) => boolean;

    for (const route of ['/a', '/b', '/a', '/c', '/d', '/e']) prefetchWhenIdle(route);
    expect(prefetched).toEqual([]);
    expect(idle).toHaveLength(1);
    idle.shift()!({timeRemaining: () => 40});
    expect(prefetched).toEqual(['/js/a.js', '/js/b.js', '/js/c.js']);
    expect(idle).toHaveLength(1);
    idle.shift()!({timeRemaining: () => 40});
    expect(prefetched).toEqual(['/js/a.js', '/js/b.js', '/js/c.js', '/js/d.js', '/js/e.js']);
    expect(idle).toHaveLength(0);
    expect(prefetchWhenIdle('/a')).toBe(false);
    expect(idle).toHaveLength(0);
  });

  it('sort memo keys without the collation that localeCompare loads', () => {
    const source = fs.readFileSync(reactUtils.file, 'utf8');
    expect(source).not.toContain('localeCompare');
    expect(source).toContain('deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));');
  });

  it('render the app inside one Suspense boundary and say "browser" once it has hydrated', async () => {
    const {BrowserContextProvider, Context} = (await import(browserContext.file)) as BrowserContextModule;
    function Probe(): ReactNode {
      return <p>{useContext(Context) ? 'browser' : 'server'}</p>;
    }
    const app = (
      <BrowserContextProvider>
        <Probe />
      </BrowserContextProvider>
    );
    const html = renderToString(app);
    expect(html).toBe('<!--$--><p>server</p><!--/$-->');

    const container = document.createElement('div');
    container.innerHTML = html;
    const paragraph = container.querySelector('p');
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, app, {onRecoverableError: (error) => errors.push(error)});
    });
    expect(container.textContent).toBe('browser');
    // Hydrated, not rendered again: the server's element is still in place.
    expect(container.querySelector('p')).toBe(paragraph);
    expect(errors).toEqual([]);
  });
});
