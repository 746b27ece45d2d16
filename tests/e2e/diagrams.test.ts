/**
 * Every diagram on every page that draws one (once per distinct drawing), in both languages, in light and dark
 * mode, at 320, 390 and 1280 px: no label overflows its box, is clipped by it or has a word broken in two; no box
 * or arrow overlaps another; the figure fits the column without scrolling sideways. The diagrams are laid out by the
 * browser (src/components/Diagram), so only a browser can tell. A failure names the diagram, the page, the
 * language, the width, the mode and the label.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {SAMPLE_DOC, baseUrl, sharedWindow, sitemapPaths} from './support';

const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;

/**
 * The pages to check: of the pages whose server-rendered HTML draws a diagram, each one that draws a figure no page
 * before it drew in the same markup (same diagram, data and language). A figure's layout depends only on its markup
 * and the column, which every doc page shares, so a figure the newest and the unreleased edition draw alike is
 * checked once.
 */
async function pagesWithDiagrams(): Promise<string[]> {
  const paths = await sitemapPaths();
  const figuresSeen = new Set<string>();
  const drawn: string[] = [];
  for (const path of paths) {
    const html = await (await fetch(baseUrl + path)).text();
    // React's generated ids (for aria-labelledby) differ from page to page; the layout does not depend on them.
    const figures = [...html.matchAll(/<figure[^>]*data-diagram=[\s\S]*?<\/figure>/g)].map((match) =>
      match[0].replace(/\b(id|aria-labelledby|aria-describedby)=("[^"]*"|[^\s>]*)/g, ''),
    );
    const fresh = figures.filter((figure) => !figuresSeen.has(figure));
    for (const figure of figures) figuresSeen.add(figure);
    if (fresh.length > 0) drawn.push(path);
  }
  return drawn;
}

const pages = await pagesWithDiagrams();

/** What is wrong with the diagrams of the page as it is laid out now, one line each. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5 &&
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5;
    for (const figure of document.querySelectorAll<HTMLElement>('figure[data-diagram]')) {
      const name = figure.dataset.diagram!;
      const canvas = figure.querySelector('[role="img"]')!;
      const column = figure.parentElement!.getBoundingClientRect();
      if (figure.scrollWidth > figure.clientWidth + 1 || !inside(canvas.getBoundingClientRect(), column)) {
        problems.push(`${name}: the figure is wider than the column`);
      }
      for (const label of canvas.querySelectorAll<HTMLElement>('[data-label]')) {
        const box = label.parentElement!.closest('[data-box]') ?? canvas;
        if (
          label.scrollWidth > label.clientWidth + 1 ||
          !inside(label.getBoundingClientRect(), box.getBoundingClientRect())
        ) {
          problems.push(`${name}: label "${text(label)}" overflows its box`);
        }
        // A word split across two lines, which happens only when it does not fit the box's width.
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/[^\s\-/:=,.]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) problems.push(`${name}: label "${text(label)}" breaks the word "${word[0]}"`);
          }
        }
      }
      const parts = [...canvas.querySelectorAll('[data-box], [data-connector]')];
      for (const [index, a] of parts.entries()) {
        for (const b of parts.slice(index + 1)) {
          if (a.contains(b) || b.contains(a)) continue;
          const ra = a.getBoundingClientRect();
          const rb = b.getBoundingClientRect();
          const width = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const height = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (width > 1 && height > 1) problems.push(`${name}: "${text(a)}" overlaps "${text(b)}"`);
        }
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
    return problems;
  });
}

const shared = sharedWindow();

it('finds the diagrams of both languages and every edition', () => {
  expect(pages.some((path) => path.startsWith('/es/'))).toBe(true);
  expect(pages.length).toBeGreaterThanOrEqual(8);
});

describe.concurrent('every diagram', () => {
  it.for(pages)('on %s fits its boxes at every width, in both modes', async (path, {expect}) => {
    const language = path.startsWith('/es/') ? 'Spanish' : 'English';
    const page = await shared.visit(path);
    try {
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.page.setViewportSize({width, height: 900});
        for (const scheme of SCHEMES) {
          // Reading the boxes' positions lays the page out again for the new width and colours.
          await page.page.evaluate(
            (mode) => document.documentElement.setAttribute('data-theme', mode),
            scheme,
          );
          for (const problem of await layoutProblems(page.page)) {
            found.push(`${problem} (${language}, ${width} px, ${scheme})`);
          }
        }
      }
      expect(found, `diagrams on ${path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

it('draws the diagrams of a page reached by a client-side navigation', async () => {
  // The server's figures keep their HTML as it is; a figure created in the browser renders from scratch.
  const page = await shared.visit(SAMPLE_DOC.path.replace(/[^/]+$/, 'what-is-docker'));
  try {
    await page.page.locator(`nav a[href$="${SAMPLE_DOC.path}"]`).first().click();
    await page.page.waitForURL(`**${SAMPLE_DOC.path}`);
    const figure = page.page.locator('figure[data-diagram="ImageLayers"]');
    await figure.waitFor();
    expect(await figure.locator('[data-box]').count()).toBeGreaterThan(3);
    expect(await page.page.getByRole('img', {name: 'The layers of a Docker image'}).count()).toBe(1);
    expect(page.problems).toEqual([]);
  } finally {
    await page.close();
  }
});
