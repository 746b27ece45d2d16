/**
 * Screenshots for a person to look at: the home page and a doc page, both languages, light and dark,
 * desktop and phone width, saved to test-results/screenshots/ (the CI keeps them as artifacts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {LOCALES, PHONE_VIEWPORT, SAMPLE_DOC, connectBrowser, visit} from './support';

const OUT_DIR = path.resolve('test-results/screenshots');
const PAGES = [
  {name: 'home', path: '/'},
  {name: 'doc', path: SAMPLE_DOC.path},
];
/** Desktop, then a common phone; the page is loaded once and resized. */
const VIEWPORTS = [{width: 1280, height: 800}, PHONE_VIEWPORT];

const cases = LOCALES.flatMap(({locale, prefix}) =>
  PAGES.flatMap((page) =>
    (['light', 'dark'] as const).map((colorScheme) => ({
      name: `${page.name}-${locale}-${colorScheme}`,
      path: page.path === '/' ? prefix || '/' : `${prefix}${page.path}`,
      colorScheme,
    })),
  ),
);

/** Lets React re-render for the new width (the navbar and sidebar switch to their mobile form). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
  await page.evaluate(() => document.fonts.ready);
}

describe.concurrent('screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
    fs.mkdirSync(OUT_DIR, {recursive: true});
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const {name, path: pagePath, colorScheme} of cases) {
    it(`${name} at ${VIEWPORTS.map((viewport) => viewport.width).join(' and ')} px`, async ({expect}) => {
      const page = await visit(browser, pagePath, {
        colorScheme,
        viewport: VIEWPORTS[0],
        reducedMotion: 'reduce',
      });
      try {
        for (const viewport of VIEWPORTS) {
          await page.page.setViewportSize(viewport);
          await settle(page.page);
          const file = path.join(OUT_DIR, `${name}-${viewport.width}.png`);
          await page.page.screenshot({path: file, fullPage: true, animations: 'disabled'});
        }
        expect(page.problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
