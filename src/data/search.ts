/**
 * How the offline search (`@easyops-cn/docusaurus-search-local`) indexes the course. What students type and the
 * page each query must find are in tests/e2e/search-queries.ts; the browser step checks them.
 */

/** How many suggestions the navbar search shows: the search plugin's `searchResultLimits`. */
export const SEARCH_RESULT_LIMITS = 8;

/** Marks interface text inside a page that the index leaves out: a button's label, "Output", "Taught in". */
export const NOT_INDEXED_CLASS = 'not-indexed';

/**
 * What the index leaves out of every page (the plugin's `ignoreCssSelectors`), so that a lesson's own sections
 * rank above the pages that repeat it:
 * - interface text of the components (copy buttons, labels);
 * - each command's heading on the cheat sheet: as headings they outranked the lesson that teaches the command
 *   (search "docker rm" and the cheat sheet's `docker rm`, `docker image rm` and `docker container rm` filled the
 *   first three suggestions). The cheat sheet stays findable by its text, section by section;
 * - the diagrams page's headings, which repeat the lessons' topics word for word;
 * - "Check yourself", whose questions and answers repeat every topic of their lesson.
 */
export const NOT_INDEXED_SELECTORS = [
  `.${NOT_INDEXED_CLASS}`,
  String.raw`html.docs-doc-id-reference\/diagrams article h2`,
  // The section's text first: once its heading is gone, nothing marks where it starts.
  'article h2#check-yourself ~ *',
  'article h2#check-yourself',
];
