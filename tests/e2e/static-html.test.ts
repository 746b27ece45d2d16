/**
 * Every page's HTML, as served, holds the whole page: readers without JavaScript, crawlers and the search
 * index builder read it as it is. React must not move content out of place behind an inline script (see
 * plugins/complete-html), and doc pages carry their title in the article. Pages preload their
 * route's chunks (plugins/route-chunks) and their entry scripts. The Spanish main.js
 * carries the interface's strings but not the diagrams' or the home page's (plugins/translations-with-components).
 */
import {describe, it} from 'vitest';
import {entryScripts} from '../../plugins/first-paint-first/entry-scripts';
import {baseUrl, connectBrowser, sitemapPaths, visit} from './support';

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

/** A page's HTML and the scripts it lists for its loader, in order, as absolute URLs. */
async function fetchPage(path: string): Promise<{html: string; scripts: string[]}> {
  const html = await (await fetch(baseUrl + path)).text();
  return {html, scripts: entryScripts(html).map((src) => new URL(src, baseUrl + path).href)};
}

async function fetchEntryScripts(path: string): Promise<string[]> {
  return (await fetchPage(path)).scripts;
}

describe('the entry scripts', () => {
  it.for(['/', '/es/'])('of %s are preloaded', async (path, {expect}) => {
    const {html, scripts} = await fetchPage(path);
    expect(scripts.slice(-2).map((src) => /(main|runtime~main)\.[0-9a-f]+\.js$/.exec(src)?.[1])).toEqual([
      'runtime~main',
      'main',
    ]);
    for (const src of scripts.slice(-2)) {
      const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']?preload\b[^>]*>/g)].map(([tag]) => tag);
      expect(
        preloads.some((tag) => tag.includes(new URL(src).pathname)),
        `${src} preloaded`,
      ).toBe(true);
    }
  });

  it.for(['/docs/1.0/hands-on/first-container', '/es/docs/1.0/reference/glossary'])(
    "of %s follow the chunks of the page's route, so main.js requests none of them",
    async (path, {expect}) => {
      const scripts = await fetchEntryScripts(path);
      const routeChunks = scripts.slice(0, -2);
      expect(routeChunks.length, 'route chunks listed before the entry scripts').toBeGreaterThan(2);
      for (const src of routeChunks) expect((await fetch(src)).status, src).toBe(200);
      const browser = await connectBrowser();
      try {
        const {page, problems} = await visit(browser, path);
        expect(problems).toEqual([]);
        const requested = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
            .map((entry) => entry.name),
        );
        // The exceptions: the code blocks' highlighter (src/theme/CodeBlock), which a page loads once it
        // shows a code block, while the block's server-rendered markup is already on screen; and the service
        // worker's registration and workbox-window (plugins/offline-reading), loaded once the page has loaded.
        const added = [];
        for (const src of requested.filter((url) => !scripts.includes(url))) {
          const code = await (await fetch(src)).text();
          if (!/matchGrammar|Prism\.languages|"\.\/prism-[a-z]+"|navigator\.serviceWorker/.test(code))
            added.push(src);
        }
        expect(added, 'scripts added by main.js while the page loaded').toEqual([]);
      } finally {
        await browser.close();
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
