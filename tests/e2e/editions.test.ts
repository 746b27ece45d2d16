/**
 * Released editions keep their URLs: a teacher's link to `/docs/<edition>/page#heading`, in either language,
 * opens that edition's page at that heading, and `/docs/page` leads to the latest edition's page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SAMPLE_DOC, connectBrowser, visit} from './support';

const editions = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../versions.json'), 'utf8'),
) as string[];
const latest = editions[0];

describe.skipIf(editions.length === 0)('course editions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.for(editions.flatMap((edition) => ['', '/es'].map((prefix) => ({edition, prefix}))))(
    'edition $edition opens at its heading anchor (locale prefix "$prefix")',
    async ({edition, prefix}) => {
      const docPath = `${prefix}/docs/${edition}/concepts/images-and-containers`;
      const page = await visit(browser, `${docPath}#${SAMPLE_DOC.anchor}`);
      try {
        expect(page.response?.status()).toBe(200);
        expect(page.problems).toEqual([]);
        const heading = page.page.locator(`h2#${SAMPLE_DOC.anchor}, h3#${SAMPLE_DOC.anchor}`);
        await expect.poll(() => heading.isVisible()).toBe(true);
        // The browser scrolled the heading to the top of the window.
        const box = await heading.boundingBox();
        expect(box?.y ?? Infinity).toBeLessThan(200);
        await expect.poll(() => page.page.locator('html').getAttribute('lang')).toBe(prefix ? 'es' : 'en');
      } finally {
        await page.close();
      }
    },
  );

  it.for(['', '/es'])('/docs/... leads to the latest edition (locale prefix "%s")', async (prefix) => {
    const page = await visit(browser, `${prefix}/docs/concepts/images-and-containers#${SAMPLE_DOC.anchor}`);
    try {
      await expect
        .poll(() => new URL(page.page.url()).pathname)
        .toBe(`${prefix}/docs/${latest}/concepts/images-and-containers`);
      await expect.poll(() => new URL(page.page.url()).hash).toBe(`#${SAMPLE_DOC.anchor}`);
    } finally {
      await page.close();
    }
  });
});
