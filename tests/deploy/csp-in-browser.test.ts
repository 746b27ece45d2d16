/**
 * The Content-Security-Policy nginx sends, enforced by Chromium: the kinds of page the site has (home, doc,
 * each edition, search, 404) in both languages load with no violation, and what runs after loading works
 * under it: the local search (a worker fetching its index), the colour-mode switch, client-side navigation, the
 * service worker that keeps the offline copy.
 * A control run with the inline-script hashes removed proves a violation would be caught.
 * Every sitemap page is walked by the browser tests (tests/e2e), which `npm test` runs against nginx (E2E_SERVER=nginx).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startNginx} from '../../scripts/serve-nginx';
import {baseUrl, buildDir, LOCALES, sitemapPaths} from './support';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

interface Visit {
  page: Page;
  /** CSP violations (events and console reports) and uncaught errors, one readable line each. */
  problems: () => string[];
  close: () => Promise<void>;
}

/** A window that records every CSP violation of its pages, from before their own scripts run. */
async function recordingWindow(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  // Runs before the page's own scripts, so even a blocked script in <head> is recorded.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {cspViolations: string[]}).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return context;
}

/**
 * Opens `url` in a new page of `target` (a window of its own, given a browser) and waits for the page to load
 * and, unless `hydrates` is false, to hydrate (a page whose inline loader is blocked never starts its scripts).
 */
async function visit(target: Browser | BrowserContext, url: string, {hydrates = true} = {}): Promise<Visit> {
  const ownWindow = 'newContext' in target;
  const context = ownWindow ? await recordingWindow(target) : target;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  await page.goto(url, {waitUntil: 'load'});
  if (hydrates) {
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 15_000});
  }
  return {
    page,
    problems: () => problems,
    close: () => (ownWindow ? context.close() : page.close()),
  };
}

async function violations(visited: Visit): Promise<string[]> {
  const events = await visited.page.evaluate(
    () => (window as unknown as {cspViolations: string[]}).cspViolations,
  );
  return [...events.map((event) => `event: ${event}`), ...visited.problems()];
}

/** One page of each kind per language, from the sitemaps; 404 and search pages by their URLs. */
function representativePaths(): string[] {
  const pages = sitemapPaths().map(({path}) => path);
  const chosen = new Set<string>();
  for (const {prefix} of LOCALES) {
    const inLocale = pages.filter((page) =>
      prefix ? page.startsWith(`${prefix}/`) : !page.startsWith('/es/'),
    );
    const docs = inLocale.filter((page) => page.startsWith(`${prefix}/docs`));
    chosen.add(prefix ? `${prefix}/` : '/');
    // The deepest doc page (most likely to hold code blocks and diagrams), and the first page of each edition.
    if (docs.length > 0) chosen.add([...docs].sort((a, b) => b.split('/').length - a.split('/').length)[0]);
    for (const edition of new Set(
      docs.map((page) =>
        page
          .split('/')
          .slice(0, prefix ? 4 : 3)
          .join('/'),
      ),
    )) {
      const first = docs.find((page) => page.startsWith(edition));
      if (first) chosen.add(first);
    }
    chosen.add(`${prefix}/search?q=docker`);
    chosen.add(`${prefix}/no-such-page`);
  }
  return [...chosen];
}

describe('Content-Security-Policy in Chromium', () => {
  let browser: Browser;
  let representatives: Promise<BrowserContext> | undefined;
  // Its pages are served by nginx, never by a service worker that one of them would have installed.
  const representativesWindow = () =>
    (representatives ??= recordingWindow(browser, {serviceWorkers: 'block'}));
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a control run without the inline-script hashes reports the violation', async () => {
    const withoutHashes = await startNginx({
      dir: buildDir,
      cspHashesConf: 'map "" $csp_script_hashes { default ""; }\nmap "" $csp_style_hashes { default ""; }\n',
    });
    try {
      const visited = await visit(browser, `${withoutHashes.url}/`, {hydrates: false});
      const found = await violations(visited);
      await visited.close();
      expect(found.join('\n')).toMatch(/script-src/);
    } finally {
      await withoutHashes.stop();
    }
  });

  // Two at a time, as the browser tests do on this two-core machine, in one window whose cache they share.
  it.concurrent.for(representativePaths())('%s loads with no violation', async (path, {expect}) => {
    const visited = await visit(await representativesWindow(), baseUrl + path);
    try {
      expect(await violations(visited), path).toEqual([]);
    } finally {
      await visited.close();
    }
  });

  it('the service worker installs and precaches the offline copy under the policy', async () => {
    const visited = await visit(browser, `${baseUrl}/`);
    try {
      // Ready once the worker is active, that is once workbox has fetched and stored every precached file: a
      // worker blocked by the policy (its scripts, eval, its fetches) never gets there.
      const worker = await visited.page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        let files = 0;
        for (const name of await caches.keys()) files += (await (await caches.open(name)).keys()).length;
        return {script: registration.active?.scriptURL ?? '', scope: registration.scope, files};
      });
      expect(new URL(worker.script).pathname).toBe('/sw.js');
      expect(new URL(worker.scope).pathname).toBe('/');
      expect(worker.files).toBeGreaterThan(100);
      expect(await violations(visited)).toEqual([]);
    } finally {
      await visited.close();
    }
  });

  it.each(LOCALES)(
    'search, colour mode and client-side navigation work under the policy ($locale)',
    async ({prefix}) => {
      const docs = sitemapPaths()
        .map(({path}) => path)
        .filter((page) => page.startsWith(`${prefix}/docs`));
      const visited = await visit(browser, baseUrl + docs[0]);
      const {page} = visited;
      try {
        // The local search runs in a worker (worker-src) that fetches the index (connect-src).
        await page.locator('.navbar__search-input').fill('docker');
        await expect
          .poll(() => page.locator('[role="option"]').count(), {
            timeout: 10_000,
            message: 'search suggestions',
          })
          .toBeGreaterThan(0);

        // The switch cycles through system, light and dark: the theme changes within three clicks.
        const html = page.locator('html');
        const theme = await html.getAttribute('data-theme');
        const toggle = page.locator('[class*="colorModeToggle"] button').first();
        for (let click = 0; click < 3 && (await html.getAttribute('data-theme')) === theme; click++) {
          await toggle.click();
        }
        expect(await html.getAttribute('data-theme'), 'theme after switching').not.toBe(theme);

        // Following a sidebar link loads the next page's bundles without a reload.
        const link = page
          .locator(
            `nav a.menu__link[href^="${prefix}/docs"]:not(.menu__link--active):not(.menu__link--sublist)`,
          )
          .first();
        if ((await link.count()) > 0) {
          const target = await link.getAttribute('href');
          await link.click();
          await page.waitForURL((url) => url.pathname === target);
        }
        expect(await violations(visited)).toEqual([]);
      } finally {
        await visited.close();
      }
    },
  );
});
