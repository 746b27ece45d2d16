/**
 * How a page lists the scripts it starts after its first paint, its route's chunks and then the entry scripts
 * (see ./ssr-template.ts): a JSON array of URLs, in the order they run, in
 * `<script type="application/json" data-entry-scripts>`.
 */
export const ENTRY_SCRIPTS_ATTRIBUTE = 'data-entry-scripts';

/** The entry scripts every page runs, by their path in the build: the webpack runtime and `main.js`. */
export const ENTRY_SCRIPT = /^assets\/js\/(?:main|runtime~main)\.[0-9a-f]+\.js$/;

/** The URLs of the scripts a page's HTML lists for its loader, in order, as written (relative to the site). */
export function entryScripts(html: string): string[] {
  const list = new RegExp(`<script\\b[^>]*\\s${ENTRY_SCRIPTS_ATTRIBUTE}\\b[^>]*>([^<]*)</script>`).exec(html);
  if (!list) return [];
  const urls: unknown = JSON.parse(list[1]);
  if (!Array.isArray(urls) || !urls.every((url) => typeof url === 'string')) {
    throw new Error(`The page's ${ENTRY_SCRIPTS_ATTRIBUTE} list is not an array of URLs: ${list[1]}`);
  }
  return urls;
}
