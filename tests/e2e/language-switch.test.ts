/**
 * The navbar's language menu, used like a reader would, keeps the page, the query string and the #anchor:
 * a teacher shares /docs/x?y#z and a Spanish-speaking student switches language on the same section.
 */
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SAMPLE_DOC, baseUrl, connectBrowser, visit, waitForHydration} from './support';

/** A doc path and one of its heading ids (ids are the same in both languages), with a query string. */
const START = {...SAMPLE_DOC, query: '?from=course-notes'};

async function switchLanguage(page: Page, label: string, lang: string): Promise<void> {
  const menu = page.locator('.navbar .dropdown').filter({has: page.locator(`a[lang="${lang}"]`)});
  const before = page.url();
  await menu.locator('.navbar__link').hover();
  await Promise.all([
    page.waitForURL((url) => url.href !== before),
    menu.getByRole('link', {name: label, exact: true}).click(),
  ]);
  await waitForHydration(page);
}

async function expectLandedOn(page: Page, path: string, lang: string): Promise<void> {
  const url = new URL(page.url());
  expect(url.pathname).toBe(path);
  expect(url.search).toBe(START.query);
  expect(url.hash).toBe(`#${START.anchor}`);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  await expect.poll(() => page.locator(`[id="${START.anchor}"]`).count()).toBe(1);
}

describe('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from English to Spanish and back on the same page, query and anchor', async () => {
    const page = await visit(browser, `${START.path}${START.query}#${START.anchor}`);
    try {
      expect(new URL(page.page.url()).origin).toBe(new URL(baseUrl).origin);
      await switchLanguage(page.page, 'Español', 'es');
      await expectLandedOn(page.page, `/es${START.path}`, 'es');
      await switchLanguage(page.page, 'English', 'en');
      await expectLandedOn(page.page, START.path, 'en');
      expect(page.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
