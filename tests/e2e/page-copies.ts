/**
 * Which sitemap pages the every-page browser test opens. Two editions often show the same page word for word:
 * right after a cut, every page of `/docs/next/` is a copy of the newest edition's, and a page the new edition
 * left alone is a copy of the older one's. Such a page differs from its twin only by its edition's links, banner,
 * badge and sidebar, which the first page of each edition in each language shows; the rest is the same HTML
 * running the same components. So the browser opens the twin and, of each edition in each language, at least
 * one page; the copies are checked from their served HTML (tests/e2e/pages.test.ts). Without this, each new
 * edition would add some forty page visits to every run, each of them reading text another visit has read.
 */

/** A page's edition in links (`/docs/1.1/x`, `/docs/next/x`, `/examples/1.0/…`), left out: `/docs/*\/x`. */
export function withoutEdition(html: string): string {
  return html.replace(/\/(docs|examples)\/(next|\d+\.\d+)(?=[/"#\s>]|$)/g, '/$1/*');
}

/** The marker that opens the part of a doc page written in its Markdown file, in the served HTML. */
const MARKDOWN_START = '<div class="theme-doc-markdown';

/**
 * The part of a doc page's served HTML written in its Markdown file, from its `<div>` to the article's end, with
 * the edition left out of its links; undefined for a page without one (the home and search pages), or whose
 * markup this does not recognise, which is then opened like any other page.
 */
export function servedArticle(html: string): string | undefined {
  const start = html.indexOf(MARKDOWN_START);
  const end = start < 0 ? -1 : html.indexOf('</article>', start);
  return end < 0 ? undefined : withoutEdition(html.slice(start, end));
}

/** The language and the edition of a path: `es 1.1` for `/es/docs/1.1/x`, `en -` for `/search`. */
export function kindOf(path: string): string {
  const locale = path === '/es' || path.startsWith('/es/') ? 'es' : 'en';
  const edition = /\/docs\/(next|\d+\.\d+)(?:\/|$)/.exec(path)?.[1] ?? '-';
  return `${locale} ${edition}`;
}

export interface VisitPlan {
  /** Pages the browser opens, in the order given. */
  open: string[];
  /** Pages whose article is a copy of an opened page's, in the same language. */
  copies: {path: string; twin: string}[];
}

/**
 * Splits pages (with their served article, if any) into those the browser opens and the copies of an opened
 * page's article. The first page of each language and edition is always opened, so each edition's banner, badge
 * and sidebar are read in each language.
 */
export function planVisits(pages: readonly {path: string; article: string | undefined}[]): VisitPlan {
  const plan: VisitPlan = {open: [], copies: []};
  const kindsOpened = new Set<string>();
  const openedByArticle = new Map<string, string>();
  for (const {path, article} of pages) {
    const kind = kindOf(path);
    const key = article === undefined ? undefined : `${kind.split(' ')[0]}\n${article}`;
    const twin = key === undefined ? undefined : openedByArticle.get(key);
    if (twin !== undefined && kindsOpened.has(kind)) {
      plan.copies.push({path, twin});
      continue;
    }
    kindsOpened.add(kind);
    if (key !== undefined && twin === undefined) openedByArticle.set(key, path);
    plan.open.push(path);
  }
  return plan;
}
