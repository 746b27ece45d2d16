/**
 * The offline search finds a known word on the right page, in each language: in the navbar (suggestions
 * are [role=option] elements that navigate when chosen) and on the search page.
 * As the course grows, put here words that only one page explains.
 */
// cspell:words puerto Dockeriza aplicación
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {DOCS_BASE, connectBrowser, visit} from './support';

/** What a reader types, the page that explains it, and that page's title (suggestions show it). */
const SEARCHES = [
  {
    lang: 'en',
    home: '/',
    word: 'docker ps -a',
    page: `${DOCS_BASE}/hands-on/first-container`,
    title: 'Your first container',
  },
  {
    lang: 'es',
    home: '/es',
    word: 'puerto',
    page: `/es${DOCS_BASE}/hands-on/dockerize-a-flask-app`,
    title: 'Dockeriza una aplicación Flask',
  },
];

describe.concurrent('search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const {lang, home, word, page: target, title} of SEARCHES) {
    it(`[${lang}] the navbar suggests ${target} for "${word}"`, async ({expect}) => {
      const {page, problems, close} = await visit(browser, home);
      try {
        const input = page.locator('input.navbar__search-input');
        await input.click();
        await page.keyboard.type(word);
        const suggestion = page.getByRole('option').filter({hasText: title}).first();
        // The index loads on first focus; the suggestion names the page it leads to.
        await suggestion.waitFor({timeout: 20_000});
        await suggestion.click();
        await page.waitForURL((url) => url.pathname === target);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
    it(`[${lang}] the search page lists ${target} for "${word}"`, async ({expect}) => {
      const searchPage = `${home === '/' ? '' : home}/search?q=${encodeURIComponent(word)}`;
      const {page, problems, close} = await visit(browser, searchPage);
      try {
        // Results are articles whose heading links to a page or to a section of it.
        await page.locator('article h2 a').first().waitFor({timeout: 20_000});
        const resultPaths = await page
          .locator('article h2 a')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        expect(resultPaths).toContain(target);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
