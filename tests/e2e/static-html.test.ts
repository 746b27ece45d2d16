/**
 * Every page's HTML, as served, holds the whole page: readers without JavaScript, crawlers and the search
 * index builder read it as it is. React must not move content out of place behind an inline script (see
 * plugins/main-bundle/render-to-html.ts), and doc pages carry their title in the article.
 */
import {describe, it} from 'vitest';
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
