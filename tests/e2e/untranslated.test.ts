/**
 * A Spanish reader sees no English interface: on every Spanish page of the sitemap, the strings of the
 * interface (navigation, sidebar, footer, buttons, captions, tooltips, diagram labels, and the aria-label,
 * title, placeholder and alt attributes a screen reader speaks) must differ from those of the English twin.
 * A string the two pages share is an untranslated theme or component string, unless it is a name that reads
 * the same in both languages. Code, commands and anything marked translate="no" are left out.
 */
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {connectBrowser, DEFAULT_CONTEXT, sitemapPaths, visit} from './support';

/** Names and notation that are the same in English and Spanish. */
const SAME_IN_BOTH_LANGUAGES = [
  /^(Docker( Hub| Compose| Desktop| Engine)?|Dockerfile|Flask|Redis|PostgreSQL|Python|Linux|macOS|Windows|WSL 2|GitHub( Actions)?|AWS|ECR|Amazon ECR|CI\/CD|nginx|Kubernetes)$/,
  /^(English|Español)$/,
  // Image names, file names, tags, ports and other code-like tokens: a plain word ("Search") is not one.
  /^(?=.*[\d.:/@<>_-])[\w.:/@<>-]+$/,
  /^app [A-Z]$/,
  // Commands and Dockerfile instructions, as diagrams label them.
  /^docker [a-z]+(, docker [a-z]+)*$/,
  /^(FROM|RUN|COPY|WORKDIR|EXPOSE|ENTRYPOINT|CMD|USER|STOPSIGNAL) [\w .:/-]+$/,
];

const UI_STRINGS = `() => {
  const chrome = 'nav, footer, .theme-doc-sidebar-container, .pagination-nav, .theme-doc-breadcrumbs,' +
    ' .table-of-contents, button, figcaption, figure svg text, [role=tooltip], .theme-admonition > div:first-child,' +
    ' [class*=tocCollapsible], .theme-doc-version-badge, .theme-doc-version-banner';
  const skip = 'code, pre, kbd, samp, [translate=no], .markdown p, .markdown li, .markdown td';
  const strings = new Set();
  const add = (value) => {
    const text = (value || '').replace(/\\s+/g, ' ').trim();
    if (/[A-Za-z]{3}/.test(text)) strings.add(text);
  };
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
    if (element.closest('[translate=no]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) add(element.getAttribute(name));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(chrome) && !parent.closest(skip)) add(node.textContent);
  }
  return [...strings];
}`;

async function uiStrings(
  context: BrowserContext,
  path: string,
): Promise<{strings: string[]; problems: string[]}> {
  const visited = await visit(context, path);
  try {
    const page: Page = visited.page;
    const strings = (await page.evaluate(`(${UI_STRINGS})()`)) as string[];
    return {strings, problems: visited.problems};
  } finally {
    await visited.close();
  }
}

describe('Spanish pages show no English interface string', () => {
  let browser: Browser;
  let english: BrowserContext;
  let spanish: BrowserContext;
  beforeAll(async () => {
    browser = await connectBrowser();
    english = await browser.newContext(DEFAULT_CONTEXT);
    spanish = await browser.newContext(DEFAULT_CONTEXT);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('on every page of the Spanish sitemap', {timeout: 10 * 60_000}, async () => {
    const spanishPaths = (await sitemapPaths()).filter((path) => path === '/es/' || path.startsWith('/es/'));
    expect(spanishPaths.length).toBeGreaterThan(0);
    const untranslated: string[] = [];
    for (const path of spanishPaths) {
      const twin = path.slice('/es'.length) || '/';
      const [en, es] = await Promise.all([uiStrings(english, twin), uiStrings(spanish, path)]);
      const englishStrings = new Set(en.strings);
      for (const text of es.strings) {
        if (englishStrings.has(text) && !SAME_IN_BOTH_LANGUAGES.some((pattern) => pattern.test(text))) {
          untranslated.push(`${path}: "${text}"`);
        }
      }
    }
    expect(untranslated, 'interface strings still in English on Spanish pages').toEqual([]);
  });
});
