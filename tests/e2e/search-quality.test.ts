/**
 * Search finds what students type: every query of ./search-queries.ts, typed into the navbar search of the home
 * page in its language, must have the page that teaches it (and the section, where the query names one) among the
 * first three suggestions. A miss is reported with the suggestions the student saw; the hit rate is printed.
 */
import type {Page} from 'playwright-core';
import {describe, it} from 'vitest';
import {DOCS_BASE, sharedWindow, visit} from './support';
import {SEARCH_QUERIES, type SearchQuery} from './search-queries';

/** How many suggestions count: a student reads the first three. */
const TOP = 3;

/**
 * One suggestion as the student sees it: its first line, the path under it, whether it hangs under the suggestion
 * of its page, and what it leads to (the plugin draws a page, a heading or a passage with its own icon).
 */
interface Suggestion {
  title: string;
  path: string[];
  underPage: boolean;
  kind: 'page' | 'heading' | 'passage';
}

/** The title and section headings of a page, read from its built HTML as the search index reads them. */
interface PageWords {
  title: string;
  headings: Map<string, string>;
}

function pageUrl(lang: SearchQuery['lang'], page: string): string {
  return `${lang === 'es' ? '/es' : ''}${DOCS_BASE}/${page}`;
}

async function readPageWords(page: Page, url: string): Promise<PageWords> {
  const {title, headings} = await page.evaluate(async (target) => {
    const response = await fetch(target);
    if (!response.ok) throw new Error(`${target} answered ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const text = (element: Element): string => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('a.hash-link').forEach((link) => link.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const h1 = doc.querySelector('article h1');
    return {
      title: h1 ? text(h1) : '',
      headings: [...doc.querySelectorAll('article h2[id], article h3[id]')].map(
        (h) => [h.id, text(h)] as const,
      ),
    };
  }, url);
  if (!title) throw new Error(`${url} has no h1 in its article.`);
  return {title, headings: new Map(headings)};
}

/** The search plugin's icons, by the start of their SVG path: a page, a heading, a passage of text. */
const ICONS = {page: 'M17 6v12', heading: 'M13 13h4', passage: 'M17 5H3'} as const;

/** Types the query into the search bar and returns the suggestions once they are those of this query. */
async function suggestionsFor(page: Page, query: string): Promise<Suggestion[]> {
  const input = page.locator('input.navbar__search-input');
  await input.fill('');
  await page.locator('[role=listbox] [role=option]').first().waitFor({state: 'detached'});
  await input.fill(query);
  await page
    .locator('[role=listbox] [role=option], [role=listbox] [class*="noResults_"]')
    .first()
    .waitFor({timeout: 20_000});
  const suggestions = await page.locator('[role=listbox] [role=option]').evaluateAll(
    (options, icons) =>
      options.map((option) => {
        const icon = option.querySelector('[class*="hitIcon_"] path')?.getAttribute('d') ?? '';
        return {
          title: (option.querySelector('[class*="hitTitle_"]')?.textContent ?? '').trim(),
          path: (option.querySelector('[class*="hitPath_"]')?.textContent ?? '')
            .split(' › ')
            .map((s) => s.trim()),
          underPage: option.querySelector('[class*="hitTree_"]') !== null,
          kind: (Object.entries(icons).find(([, start]) => icon.startsWith(start))?.[0] ??
            '') as Suggestion['kind'],
        };
      }),
    ICONS,
  );
  const unknown = suggestions.find((s) => !s.kind);
  if (unknown)
    throw new Error(`The search plugin drew a suggestion with an unknown icon: "${unknown.title}".`);
  return suggestions;
}

/** Chooses the suggestion at `index` with the keyboard, as a student does, and returns where it led. */
async function choose(page: Page, index: number): Promise<URL> {
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('[role=listbox] [role=option]').first().waitFor({state: 'detached'});
  return new URL(page.url());
}

/** The same words, or the suggestion's shortened form of them (it cuts long lines with "…"). */
function sameText(shown: string, full: string): boolean {
  if (shown === full) return true;
  const cut = shown.replace(/^…\s*/, '').replace(/\s*…$/, '');
  return cut !== shown && cut.length >= 8 && full.includes(cut);
}

/** The page a suggestion leads to is the target: it names the page in its path, or hangs under the page's. */
function onPage(suggestions: Suggestion[], index: number, title: string): boolean {
  let i = index;
  while (i > 0 && suggestions[i].underPage) i--;
  const {title: first, path, kind} = suggestions[i];
  return path.some((step) => sameText(step, title)) || (kind === 'page' && sameText(first, title));
}

/**
 * Whether one of the first suggestions leads to the page, and to its section where one is named. A heading shows
 * its section as its first line; a passage shows its section at the end of its path, unless it hangs under its
 * page's suggestion: that one is chosen, and the address it leads to tells.
 */
async function leadsTo(
  page: Page,
  suggestions: Suggestion[],
  url: string,
  target: PageWords,
  heading?: string,
) {
  const headingText = heading === undefined ? undefined : target.headings.get(heading);
  if (heading !== undefined && headingText === undefined) {
    throw new Error(`${url} has no heading #${heading} (tests/e2e/search-queries.ts).`);
  }
  const candidates = suggestions
    .slice(0, TOP)
    .flatMap((suggestion, index) => (onPage(suggestions, index, target.title) ? [{suggestion, index}] : []));
  if (headingText === undefined) return candidates.length > 0;
  for (const {suggestion} of candidates) {
    if (suggestion.kind === 'heading' && sameText(suggestion.title, headingText)) return true;
    if (
      suggestion.kind === 'passage' &&
      !suggestion.underPage &&
      sameText(suggestion.path.at(-1)!, headingText)
    )
      return true;
  }
  const unsure = candidates.find(({suggestion}) => suggestion.kind === 'passage' && suggestion.underPage);
  if (!unsure) return false;
  const landed = await choose(page, unsure.index);
  return landed.pathname === url && landed.hash === `#${heading}`;
}

describe('search quality', () => {
  const {window} = sharedWindow();
  const results: {query: SearchQuery; hit: boolean; seen: string[]}[] = [];

  for (const lang of ['en', 'es'] as const) {
    it(`[${lang}] finds the page that teaches what students type, in the first ${TOP} suggestions`, async ({
      expect,
    }) => {
      const {page, problems, close} = await visit(window(), lang === 'es' ? '/es' : '/');
      try {
        const words = new Map<string, PageWords>();
        for (const query of SEARCH_QUERIES.filter((q) => q.lang === lang)) {
          const pages = [query.page, ...(query.alsoOn ?? [])];
          for (const p of pages) {
            if (!words.has(p)) words.set(p, await readPageWords(page, pageUrl(lang, p)));
          }
          const suggestions = await suggestionsFor(page, query.query);
          const seen = suggestions
            .slice(0, TOP)
            .map((x) => `${x.underPage ? '  └ ' : ''}${x.kind}: ${x.title} (${x.path.join(' › ')})`);
          let hit = false;
          for (const p of pages) {
            const heading = p === query.page ? query.heading : undefined;
            if (await leadsTo(page, suggestions, pageUrl(lang, p), words.get(p)!, heading)) {
              hit = true;
              break;
            }
          }
          results.push({
            query,
            hit,
            seen,
          });
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
      const mine = results.filter((r) => r.query.lang === lang);
      const misses = mine.filter((r) => !r.hit);
      console.log(
        `[search quality] ${lang}: ${mine.length - misses.length} of ${mine.length} queries find their page in the first ${TOP} suggestions`,
      );
      expect(
        misses.map(
          (r) =>
            `"${r.query.query}" should lead to ${pageUrl(lang, r.query.page)}${r.query.heading ? `#${r.query.heading}` : ''}; the first suggestions were:\n    ${r.seen.join('\n    ') || '(none)'}`,
        ),
      ).toEqual([]);
    });
  }
});
