/** What the browser tests share: the browser, the site's pages, a page visit that records every problem, axe. */
// cspell:words requestfailed
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import path from 'node:path';
import {afterAll, beforeAll, inject} from 'vitest';
import {releasedEditions} from '../../src/data/editions';
import {withoutEdition} from './page-copies';

export const baseUrl = inject('baseUrl');
const baseOrigin = new URL(baseUrl).origin;

/** Path prefixes of the site's languages: English at the root, Spanish under /es. */
export const LOCALES = [
  {locale: 'en', prefix: ''},
  {locale: 'es', prefix: '/es'},
] as const;

/** Released course editions, newest first; readers land on the newest one's permanent URLs. */
const editions = releasedEditions(path.resolve(__dirname, '../..'));

/** Where the docs readers land on live: the latest edition (`/docs/1.0`), or `/docs` before the first one. */
export const DOCS_BASE = editions.length > 0 ? `/docs/${editions[0]}` : '/docs';

/**
 * The doc page that stands for all of them where one is enough (dark mode, screenshots, language switch):
 * it has diagrams, code and glossary terms, so most components are on it.
 */
export const SAMPLE_DOC = {path: `${DOCS_BASE}/concepts/images-and-containers`, anchor: 'layers'};

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

/**
 * One browser connection and one desktop window for all the tests of a file, opened before them and closed after.
 * Pages opened in the window share its HTTP cache, as a reader moving from page to page does.
 */
export function sharedWindow(): {
  browser: () => Browser;
  window: () => BrowserContext;
  /** Opens a page in one of the window's tabs (see `tabs`). */
  visit: (path: string) => Promise<Visit>;
} {
  let browser: Browser | undefined;
  let window: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await connectBrowser();
    window = await browser.newContext(DEFAULT_CONTEXT);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('sharedWindow() is used before its beforeAll hook has run.');
    return value;
  };
  const windowOpened = () => opened(window);
  return {browser: () => opened(browser), window: windowOpened, visit: tabs(windowOpened)};
}

/**
 * Every page of both languages, as paths on the served site. The sitemaps hold the production origin
 * (`url` in docusaurus.config.ts); only the path counts here.
 */
export async function sitemapPaths(): Promise<string[]> {
  const paths = new Set<string>();
  for (const {prefix} of LOCALES) {
    const sitemapUrl = `${baseUrl}${prefix}/sitemap.xml`;
    const response = await fetch(sitemapUrl);
    if (!response.ok)
      throw new Error(`${sitemapUrl} answered ${response.status}: is the site built with both locales?`);
    const xml = await response.text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(loc.replaceAll('&amp;', '&'));
      paths.add(url.pathname + url.search);
    }
  }
  if (paths.size === 0) throw new Error('The sitemaps list no page.');
  return [...paths].sort();
}

/**
 * A desktop window in light mode, unless a test says otherwise. Service workers are blocked: each window would
 * otherwise download the whole offline copy (plugins/offline-reading) while its tests run; tests/e2e/offline.test.ts
 * allows them.
 */
export const DEFAULT_CONTEXT: BrowserContextOptions = {
  viewport: {width: 1280, height: 800},
  colorScheme: 'light',
  serviceWorkers: 'block',
};

/**
 * What plugin-pwa's registration logs in a window that blocks service workers, as DEFAULT_CONTEXT does: the
 * browser hands it no registration. It is the block's doing, not the site's; a registration that fails for a real
 * reason logs its own error, and tests/e2e/offline.test.ts, which allows service workers, needs one that works.
 */
const BLOCKED_SERVICE_WORKER =
  "registerSW failed TypeError: Cannot read properties of undefined (reading 'waiting')";

export interface Visit {
  page: Page;
  response: Response | null;
  /** Console errors, uncaught exceptions, failed or foreign requests, each a readable line. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Records on `page`, until `stop()`, everything a reader would suffer from: console errors, page errors, failed
 * requests, and requests to any origin but the site's own (the course promises that nothing leaves the site).
 */
function watch(page: Page): {problems: string[]; stop: () => void} {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !message.text().startsWith(BLOCKED_SERVICE_WORKER)) {
      const {url, lineNumber} = message.location();
      problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  };
  const onPageError = (error: Error) => problems.push(`uncaught exception: ${error.message}`);
  const onRequest = (request: Request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== baseOrigin)
      problems.push(`request leaves the site: ${request.method()} ${url}`);
  };
  const onRequestFailed = (request: Request) => {
    const error = request.failure()?.errorText ?? 'unknown error';
    // Leaving a page cancels its prefetches; a missing file shows up as an HTTP error below instead.
    if (error === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${error})`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  };
  return {problems, stop};
}

/** Loads `path` in `page`, watched, and waits until React has hydrated it. */
async function load(page: Page, path: string): Promise<Omit<Visit, 'close'> & {stop: () => void}> {
  const {problems, stop} = watch(page);
  try {
    const response = await page.goto(baseUrl + path, {waitUntil: 'load'});
    await waitForHydration(page);
    return {page, response, problems, stop};
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Opens `path` in a new tab and waits until React has hydrated the page, recording on the way everything a reader
 * would suffer from (see `watch`). Given a browser, the page gets a fresh context with `options`; given a context,
 * it shares that context's HTTP cache, as a reader moving from page to page does, which makes a long walk much
 * faster.
 */
export async function visit(
  target: Browser | BrowserContext,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  const ownContext = 'newContext' in target;
  const context = ownContext ? await target.newContext({...DEFAULT_CONTEXT, ...options}) : target;
  const page = await context.newPage();
  const {response, problems} = await load(page, path);
  return {page, response, problems, close: () => (ownContext ? context.close() : page.close())};
}

/**
 * Visits in the tabs of one window, each tab reused once its visit is closed, as a reader who types the next
 * address does: every visit is a full page load, but a new tab costs a renderer process of its own, which made a
 * third of the time of the every-page walk. Closing a visit detaches its recorders and gives the tab back the
 * window's size; a visit that fails closes its tab.
 */
export function tabs(window: () => BrowserContext): (path: string) => Promise<Visit> {
  const idle: Page[] = [];
  return async (path) => {
    const page = idle.pop() ?? (await window().newPage());
    const {response, problems, stop} = await load(page, path).catch(async (error: unknown) => {
      await page.close();
      throw error;
    });
    return {
      page,
      response,
      problems,
      close: async () => {
        stop();
        await page.setViewportSize(DEFAULT_CONTEXT.viewport!);
        idle.push(page);
      },
    };
  };
}

/** Docusaurus sets `data-has-hydrated="true"` on <html> once React has taken over the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
}

/**
 * axe violations a reader would notice (serious or critical), one readable line per failing element, in the whole
 * page or, with `exclude`, in all of it but the elements that selector matches.
 */
export async function seriousAxeViolations(page: Page, exclude?: string): Promise<string[]> {
  // Details of passing rules are not needed and cost a third of the run time. Legacy mode runs axe in the page
  // itself instead of gathering its results in a new blank page: three times faster (1.5 s against 4.5 s on the
  // deploy lesson), and what it gives up, testing frames from another origin, the site never has.
  const builder = new AxeBuilder({page}).options({resultTypes: ['violations']}).setLegacyMode(true);
  const results = await (exclude ? builder.exclude(exclude) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}` +
          (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''),
      ),
    );
}

/** The part of a doc page written in its Markdown file: most of the page, and the same in two editions that agree. */
export const PAGE_TEXT = '.theme-doc-markdown';

/**
 * The HTML of the part of a doc page written in its Markdown file, with the edition left out of its links
 * (`/docs/1.1/x` and `/docs/next/x` read the same), or an empty string on a page that has none (the home page).
 */
export async function pageTextMarkup(page: Page): Promise<string> {
  return withoutEdition(
    await page.evaluate((selector) => document.querySelector(selector)?.outerHTML ?? '', PAGE_TEXT),
  );
}

/** A common phone, for screenshots. */
export const PHONE_VIEWPORT = {width: 390, height: 844};

/**
 * The narrowest window every page must fit without scrolling sideways: 320 CSS pixels, the width of WCAG's
 * Reflow criterion (1.4.10) and of the smallest phones still in use.
 */
export const NARROWEST_VIEWPORT = {width: 320, height: 568};

/**
 * What makes the page wider than its window, which a reader would have to scroll sideways to read: an empty
 * list when nothing does, else up to five of the elements that stick out past the right edge, innermost first,
 * each with its tag, class and start of text. Elements inside a box that scrolls or clips (code blocks,
 * tables) do not count, since only that box scrolls, nor do those fixed to the window (the skip link).
 */
export async function elementsWiderThanWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    // A box that scrolls or clips its content, or one fixed to the window, which never widens the page.
    const contains = (element: Element): boolean => {
      const style = getComputedStyle(element);
      return style.overflowX !== 'visible' || style.position === 'fixed';
    };
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rects = [...element.getClientRects()];
      if (!rects.some((rect) => rect.right > root.clientWidth + 0.5)) continue;
      if (getComputedStyle(element).position === 'fixed') continue;
      let ancestor = element.parentElement;
      while (ancestor && ancestor !== document.body && !contains(ancestor)) ancestor = ancestor.parentElement;
      if (ancestor && ancestor !== document.body) continue;
      // The innermost: none of its children stick out too.
      const child = [...element.children].some((inner) =>
        [...inner.getClientRects()].some((rect) => rect.right > root.clientWidth + 0.5),
      );
      if (child) continue;
      const className = typeof element.className === 'string' ? element.className.split(/\s+/)[0] : '';
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      found.push(`<${element.tagName.toLowerCase()}${className ? ` class="${className}…"` : ''}> "${text}"`);
      if (found.length === 5) break;
    }
    return found.length > 0
      ? found
      : [`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`];
  });
}
