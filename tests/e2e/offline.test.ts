/**
 * The course offline (plugins/offline-reading): after one visit online, with the network off, every page of the
 * current edition opens in both languages, the search finds a page and the language menu switches language.
 * The first visit is English, so the Spanish pages also show that one service worker covers both languages.
 */
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  DEFAULT_CONTEXT,
  DOCS_BASE,
  LOCALES,
  SAMPLE_DOC,
  connectBrowser,
  sitemapPaths,
  tabs,
  visit,
  waitForHydration,
} from './support';

/** The pages the offline copy holds, from the sitemaps: the current edition's, the home and search pages. */
async function offlinePages(): Promise<string[]> {
  const others = LOCALES.flatMap(({prefix}) => [`${prefix}/`, `${prefix}/search`]);
  return (await sitemapPaths()).filter(
    (path) =>
      others.includes(path) ||
      LOCALES.some(
        ({prefix}) => path === `${prefix}${DOCS_BASE}` || path.startsWith(`${prefix}${DOCS_BASE}/`),
      ),
  );
}

/** What the page shows as its title: a course page's article heading, or the home or search page's `h1`. */
async function heading(page: Page): Promise<string> {
  const isDoc = new URL(page.url()).pathname.includes('/docs/');
  const h1 = page.locator(isDoc ? 'article h1' : 'h1').first();
  await h1.waitFor({timeout: 5_000});
  return (await h1.textContent()) ?? '';
}

describe('offline reading', () => {
  let browser: Browser;
  let window: BrowserContext;
  let pages: string[];
  /** What the pages prefetched and could not get offline (see withoutOmittedPrefetches). */
  const prefetched = new Set<string>();
  let cached: Set<string>;
  /** The tab the reader first opened, online: it stays open when the network drops. */
  let first: Awaited<ReturnType<typeof visit>>;

  /**
   * The problems of a page, less its prefetches of files the offline copy leaves out on purpose: Docusaurus
   * prefetches what the version menu links to, the other editions' pages, whose chunks are not precached.
   * Offline those fail out of the reader's sight; a script the page itself runs is never forgiven here.
   */
  const withoutOmittedPrefetches = (problems: string[]): string[] =>
    problems.filter(
      (problem) =>
        ![...prefetched].some((url) => problem.includes(url) && !cached.has(new URL(url).pathname)),
    );

  beforeAll(async () => {
    browser = await connectBrowser();
    // The other browser tests block service workers; this one needs them.
    window = await browser.newContext({...DEFAULT_CONTEXT, serviceWorkers: 'allow'});
    pages = await offlinePages();
    // One visit online: the service worker installs (it precaches the edition meanwhile), activates and takes
    // control of the open page.
    first = await visit(window, SAMPLE_DOC.path);
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    expect(await first.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
      /^[^?]*\/sw\.js\?/,
    );
    expect(first.problems).toEqual([]);
    await window.setOffline(true);
    window.on('requestfailed', (request) => {
      if (request.resourceType() === 'other') prefetched.add(request.url());
    });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('holds the current edition and nothing of the others, nor the preview cards', async () => {
    const {page, close} = await visit(window, '/');
    try {
      const urls = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys())
            urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      cached = new Set(urls);
      expect(urls).toEqual(expect.arrayContaining(pages));
      expect(urls).toEqual(expect.arrayContaining(['/search-index.json', '/es/search-index.json']));
      const current = DOCS_BASE.split('/').at(-1);
      const notForOffline = urls.filter(
        (url) =>
          /\/assets\/cards\//.test(url) ||
          [...url.matchAll(/\/(?:docs|examples)\/(next|\d+\.\d+)(?:\/|$)/g)].some(
            ([, edition]) => edition !== current,
          ),
      );
      expect(notForOffline).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the first tab working: its next lesson opens with the network off, without a reload', async () => {
    try {
      const next = first.page.locator('a.pagination-nav__link--next');
      const target = new URL((await next.getAttribute('href')) ?? '', first.page.url()).pathname;
      await Promise.all([first.page.waitForURL((url) => url.pathname === target), next.click()]);
      expect(await heading(first.page)).not.toBe('');
      expect(withoutOmittedPrefetches(first.problems)).toEqual([]);
    } finally {
      await first.close();
    }
  });

  it('opens every page of the current edition in both languages with the network off', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const queue = [...pages];
    // Two pages at a time, as the other browser tests do on this two-core machine, each in a reused tab.
    const visitInTab = tabs(() => window);
    const worker = async (): Promise<void> => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const {page, problems, close} = await visitInTab(path);
        try {
          if (!(await heading(page))) failures.push(`${path}: no heading`);
          failures.push(...withoutOmittedPrefetches(problems).map((problem) => `${path}: ${problem}`));
        } catch (error) {
          failures.push(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        } finally {
          await close();
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
  }, 120_000);

  it('finds a page with the search bar with the network off', async () => {
    const {page, problems, close} = await visit(window, SAMPLE_DOC.path);
    try {
      await page.locator('input.navbar__search-input').click();
      await page.keyboard.type('docker ps -a');
      const suggestion = page.getByRole('option').filter({hasText: 'Your first container'}).first();
      await suggestion.waitFor({timeout: 20_000});
      await suggestion.click();
      await page.waitForURL((url) => url.pathname === `${DOCS_BASE}/hands-on/first-container`);
      expect(await heading(page)).toContain('Your first container');
      expect(withoutOmittedPrefetches(problems)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches to Spanish with the network off', async () => {
    const {page, problems, close} = await visit(window, SAMPLE_DOC.path);
    try {
      const menu = page.locator('.navbar .dropdown').filter({has: page.locator('a[lang="es"]')});
      await menu.locator('.navbar__link').hover();
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/es${SAMPLE_DOC.path}`),
        menu.getByRole('link', {name: 'Español', exact: true}).click(),
      ]);
      await waitForHydration(page);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await heading(page)).not.toBe('');
      expect(withoutOmittedPrefetches(problems)).toEqual([]);
    } finally {
      await close();
    }
  });
});
