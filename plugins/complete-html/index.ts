/**
 * Complete HTML: Docusaurus's server entry renders each page with ./render-to-html.ts instead of its own
 * `renderToHtml`, so React never moves a Suspense boundary's content behind an inline script (see there). A fix
 * for readers without JavaScript, crawlers and the search index, which the speed-ups' Suspense boundaries
 * (src/components/separateHydration.tsx) need.
 *
 * To remove: once Docusaurus renders without outlining (or sets `progressiveChunkSize`), delete this folder and
 * its line in docusaurus.config.ts; the budget step (complete HTML) tells whether pages stay complete.
 */
import path from 'node:path';
import {moduleSwapPlugin, type ModuleSwap} from '../shared/module-swaps';

export const PIECE = 'complete HTML (plugins/complete-html)';

/** How Docusaurus's server entry imports the function that renders a page to HTML. */
const RENDER_TO_HTML_REQUEST = /^\.\/renderToHtml(\.js)?$/;
const SERVER_ENTRY_MODULE = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]serverEntry\.js$/;

export function completeHtmlSwaps(): ModuleSwap[] {
  return [
    {
      piece: PIECE,
      pattern: RENDER_TO_HTML_REQUEST,
      file: path.join(__dirname, 'render-to-html.ts'),
      when: (resource) => SERVER_ENTRY_MODULE.test(resource.contextInfo?.issuer ?? ''),
      sides: ['server'],
    },
  ];
}

export default moduleSwapPlugin('complete-html', () => completeHtmlSwaps());
