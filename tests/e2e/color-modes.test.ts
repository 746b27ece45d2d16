/**
 * Dark mode has its own colours, so axe runs again in dark mode on the home page and a doc page of each
 * language. Light mode is the default of every visit: pages.test.ts already checks every page in it.
 * Code blocks are highlighted on the server in light mode and rebuilt in the browser only when the reader's
 * mode differs (src/theme/CodeBlock): their colours must follow the mode on arrival and after a switch.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {DOCS_BASE, LOCALES, SAMPLE_DOC, connectBrowser, seriousAxeViolations, visit} from './support';

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

  it('code blocks take the colours of the mode on arrival and after switching', async ({expect}) => {
    const path = `${DOCS_BASE}/hands-on/dockerize-a-flask-app`;
    const codeColours = `(() => {
      const line = document.querySelector('.theme-code-block .token-line');
      const pre = line.closest('pre');
      return getComputedStyle(pre).backgroundColor + ' / ' + getComputedStyle(line).color;
    })()`;
    const arrival: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await visit(browser, path, {colorScheme});
      try {
        await expect.poll(() => page.page.getAttribute('html', 'data-theme')).toBe(colorScheme);
        await page.page.waitForTimeout(200);
        arrival[colorScheme] = (await page.page.evaluate(codeColours)) as string;
      } finally {
        await page.close();
      }
    }
    expect(arrival.dark, 'code colours of both modes').not.toBe(arrival.light);
    for (const [start, target] of [
      ['light', 'dark'],
      ['dark', 'light'],
    ] as const) {
      const page = await visit(browser, path, {colorScheme: start});
      try {
        const toggle = page.page.locator('.navbar button[class*=toggleButton]').first();
        // The switch cycles through the system, light and dark settings.
        for (let i = 0; i < 3 && (await page.page.getAttribute('html', 'data-theme')) !== target; i++) {
          await toggle.click();
        }
        await expect
          .poll(() => page.page.evaluate(codeColours), {message: `${start} → ${target}`})
          .toBe(arrival[target]);
        expect(page.problems).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});
