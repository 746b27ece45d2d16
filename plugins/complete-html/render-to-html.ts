/**
 * Docusaurus's `renderToHtml` (`@docusaurus/core/lib/client/renderToHtml`), with every page's HTML complete.
 *
 * Docusaurus renders each page with `renderToPipeableStream` and waits for `onAllReady`. Since React 19.2,
 * once more than `progressiveChunkSize` bytes (12.8 kB by default) have been written, React "outlines" every
 * further Suspense boundary of more than 500 bytes: it writes the fallback in place and the real content in a
 * hidden element at the end of the page, with an inline script to move it, even when nothing suspended. The
 * page text, code blocks and diagrams of this site sit in such boundaries (see src/components/separateHydration),
 * so readers and crawlers without JavaScript would get empty articles, and the search index builder would
 * find no page titles. Nothing is streamed here (the page is written to a file once complete), so there is
 * nothing to gain from outlining: this version turns it off and is otherwise the same.
 */
import type {ReactNode} from 'react';
import {renderToPipeableStream} from 'react-dom/server';
import {PassThrough} from 'node:stream';
import {text} from 'node:stream/consumers';

export async function renderToHtml(app: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const passThrough = new PassThrough();
    const {pipe} = renderToPipeableStream(app, {
      progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      onError(error) {
        reject(error);
      },
      onAllReady() {
        pipe(passThrough);
        text(passThrough).then(resolve, reject);
      },
    });
  });
}
