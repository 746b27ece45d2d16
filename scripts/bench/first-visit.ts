/**
 * What a first visit to a page really downloads, measured in Chromium from the network events (not read
 * from the HTML): every request until the network is idle, including the route chunks Docusaurus
 * prefetches for links in view. "Transferred" is bytes on the wire (gzip, headers included), "raw" the
 * decoded bodies. The page's own requests only: the service worker it registers fetches the offline copy in a
 * target of its own, which these events leave out (offline-copy.ts reports it).
 */
// cspell:words networkidle
import type {Browser} from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface KindBytes {
  requests: number;
  transferred: number;
  raw: number;
}

export type FirstVisit = Record<ResourceKind | 'total', KindBytes> & {
  /** The heaviest HTML, CSS and JS files on the wire, heaviest first: where to look when the page grows. */
  largest: {path: string; kind: ResourceKind; transferred: number}[];
};

function kindOf(type: string): ResourceKind {
  if (type === 'Document') return 'html';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Script') return 'js';
  return 'other';
}

export async function measureFirstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  // A fresh context: empty cache, as for a reader who has never been here.
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, {url: string; kind: ResourceKind; raw: number; transferred: number}>();
  cdp.on('Network.responseReceived', ({requestId, type, response}) => {
    requests.set(requestId, {url: response.url, kind: kindOf(type), raw: 0, transferred: 0});
  });
  cdp.on('Network.dataReceived', ({requestId, dataLength}) => {
    const request = requests.get(requestId);
    if (request) request.raw += dataLength;
  });
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    const request = requests.get(requestId);
    if (request) request.transferred = encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: false});
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
  await context.close();

  const empty = (): KindBytes => ({requests: 0, transferred: 0, raw: 0});
  const largest = [...requests.values()]
    .filter((request) => request.kind !== 'other')
    .sort((a, b) => b.transferred - a.transferred)
    .slice(0, 6)
    .map(({url: fileUrl, kind, transferred}) => ({path: new URL(fileUrl).pathname, kind, transferred}));
  const result: FirstVisit = {
    html: empty(),
    css: empty(),
    js: empty(),
    other: empty(),
    total: empty(),
    largest,
  };
  for (const {kind, raw, transferred} of requests.values()) {
    for (const bucket of [result[kind], result.total]) {
      bucket.requests += 1;
      bucket.raw += raw;
      bucket.transferred += transferred;
    }
  }
  return result;
}
