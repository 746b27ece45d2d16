/**
 * How a page names the scripts it preloads and starts after its first paint, its route's chunks and then the
 * entry scripts (see ssr-template.ts):
 * `<link rel="preload" href="…" as="script" data-entry-script>`, in the order they run.
 */
export const ENTRY_SCRIPT_ATTRIBUTE = 'data-entry-script';

/** The entry scripts every page runs, by their path in the build: the webpack runtime and `main.js`. */
export const ENTRY_SCRIPT = /^assets\/js\/(?:main|runtime~main)\.[0-9a-f]+\.js$/;

/** The URLs of the entry scripts a page's HTML preloads, in order, as written (relative to the site). */
export function entryScripts(html: string): string[] {
  return [...html.matchAll(new RegExp(`<link\\b[^>]*\\s${ENTRY_SCRIPT_ATTRIBUTE}\\b[^>]*>`, 'g'))]
    .map(([tag]) => /\shref=["']?([^"'\s>]+)/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}
