/**
 * How a page names the scripts it preloads and starts after its first paint, its route's chunks and then the
 * entry scripts (see ssr-template.ts):
 * `<link rel="preload" href="…" as="script" data-entry-script>`, in the order they run.
 */
export const ENTRY_SCRIPT_ATTRIBUTE = 'data-entry-script';

/** The URLs of the entry scripts a page's HTML preloads, in order, as written (relative to the site). */
export function entryScripts(html: string): string[] {
  return [...html.matchAll(new RegExp(`<link\\b[^>]*\\s${ENTRY_SCRIPT_ATTRIBUTE}\\b[^>]*>`, 'g'))]
    .map(([tag]) => /\shref=["']?([^"'\s>]+)/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}
