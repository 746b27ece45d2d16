/**
 * Every page's HTML, as served, holds the whole page: readers without JavaScript, crawlers and the search
 * index builder read it as it is. React must not move content out of place behind an inline script (see
 * plugins/main-bundle/render-to-html.ts), and doc pages carry their title in the article. Pages preload their
 * entry scripts, which carry V8's compile hint (plugins/main-bundle/compile-hints.ts). The Spanish main.js
 * carries the interface's strings but not the diagrams' or the home page's (plugins/main-bundle/lazy-translations.ts).
 */
import {describe, it} from 'vitest';
import {COMPILE_HINT} from '../../plugins/main-bundle/compile-hints';
import {entryScripts} from '../../plugins/main-bundle/entry-scripts';
import {baseUrl, sitemapPaths} from './support';

const paths = await sitemapPaths();

describe.concurrent('the HTML of every sitemap page', () => {
  it.for(paths)('%s is complete without running a script', async (path, {expect}) => {
    const html = await (await fetch(baseUrl + path)).text();
    // An outlined Suspense boundary: a placeholder in place, the content hidden at the end of the page.
    expect(html, `${path} has content hidden until a script moves it`).not.toMatch(/<div hidden id="?S:\d/);
    expect(html, `${path} has a placeholder waiting for content`).not.toContain('<!--$?-->');
    if (/\/docs\//.test(path)) {
      const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
      expect(article, `the article of ${path}`).toMatch(/<h1[^>]*>[^<]+/);
    }
  });
});

/** The entry scripts a page preloads, as absolute URLs. */
async function fetchEntryScripts(path: string): Promise<string[]> {
  const html = await (await fetch(baseUrl + path)).text();
  return entryScripts(html).map((src) => new URL(src, baseUrl + path).href);
}

describe('the entry scripts', () => {
  it.for(['/', '/es/'])(
    'of %s are preloaded, and ask V8 to compile them as they download',
    async (path, {expect}) => {
      const scripts = await fetchEntryScripts(path);
      expect(scripts.map((src) => /(main|runtime~main)\.[0-9a-f]+\.js$/.exec(src)?.[1])).toEqual([
        'runtime~main',
        'main',
      ]);
      for (const src of scripts) {
        const code = await (await fetch(src)).text();
        expect(code.startsWith(COMPILE_HINT), `${src} starts with the compile hint`).toBe(true);
      }
    },
  );
});

describe('the Spanish strings of main.js', () => {
  it('are those of the interface, without the diagrams and the home page, which load with them', async ({
    expect,
  }) => {
    const main = (await fetchEntryScripts('/es/')).find((src) => /\/main\.[0-9a-f]+\.js$/.test(src))!;
    const code = await (await fetch(main)).text();
    expect(code).toMatch(/"theme\.docs\.[\w.]+":"[^"]*"/);
    expect(code).not.toMatch(/"(diagram|homepage|commandReference)\.[\w.]+":"/);
  });
});
