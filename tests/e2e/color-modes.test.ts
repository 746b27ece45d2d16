/**
 * Dark mode has its own colours, so axe runs again in dark mode on the home page and a doc page of each
 * language. Light mode is the default of every visit: pages.test.ts already checks every page in it.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {LOCALES, SAMPLE_DOC, connectBrowser, seriousAxeViolations, visit} from './support';

const paths = LOCALES.flatMap(({prefix}) => [prefix || '/', `${prefix}${SAMPLE_DOC.path}`]);

describe.concurrent('dark mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.for(paths)('%s in dark mode passes axe', async (path, {expect}) => {
    const colorScheme = 'dark';
    const page = await visit(browser, path, {colorScheme});
    try {
      // The site follows the system preference (respectPrefersColorScheme), so the emulated scheme applies.
      await expect.poll(() => page.page.getAttribute('html', 'data-theme')).toBe(colorScheme);
      expect(page.problems, `problems while loading ${path}`).toEqual([]);
      expect(
        await seriousAxeViolations(page.page),
        `accessibility of ${path} in ${colorScheme} mode`,
      ).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
