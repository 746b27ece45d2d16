/**
 * Every page of both sitemaps: answers 200, hydrates, logs no error, fetches nothing from another origin,
 * has no serious or critical accessibility violation (light mode; dark mode is in color-modes.test.ts), and
 * on a phone is no wider than the screen.
 */
import type {Browser, BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {
  DEFAULT_CONTEXT,
  PHONE_VIEWPORT,
  connectBrowser,
  elementsWiderThanWindow,
  seriousAxeViolations,
  sitemapPaths,
  visit,
} from './support';

const paths = await sitemapPaths();

describe.concurrent('every sitemap page', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await connectBrowser();
    context = await browser.newContext(DEFAULT_CONTEXT);
  });
  afterAll(async () => {
    await browser.close();
  });

  it.for(paths)(
    '%s loads, hydrates, stays on the site, passes axe and fits a phone',
    async (path, {expect}) => {
      const page = await visit(context, path);
      try {
        expect(page.response?.status(), `HTTP status of ${path}`).toBe(200);
        expect(page.problems, `problems while loading ${path}`).toEqual([]);
        expect(await seriousAxeViolations(page.page), `accessibility of ${path}`).toEqual([]);
        await page.page.setViewportSize(PHONE_VIEWPORT);
        expect(
          await elementsWiderThanWindow(page.page),
          `what sticks out of ${path} at ${PHONE_VIEWPORT.width} px (let it wrap)`,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
