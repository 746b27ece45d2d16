/**
 * What the service worker downloads after a first visit, in the background, to keep the course readable
 * offline (plugins/offline-reading): the precache list workbox wrote into the build's `sw.js`, each URL read
 * from the build as nginx serves it. It is not part of the first visit's figures: the worker fetches it in
 * its own target, whose requests the page's network events do not include (first-visit.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type OfflineKind = 'pages' | 'search indexes' | 'scripts and styles' | 'other';

export interface OfflineBytes {
  files: number;
  raw: number;
  /** At gzip level 9, as scripts/precompress.ts writes them for nginx. */
  gzip: number;
}

export type OfflineCopy = Record<OfflineKind | 'total', OfflineBytes>;

/** The precache list of the build's service worker, or undefined for a build without one. */
export function precacheUrls(outDir: string): string[] | undefined {
  const worker = path.join(outDir, 'sw.js');
  if (!fs.existsSync(worker)) return undefined;
  const list = /\[\{"revision":.*?\}\]/.exec(fs.readFileSync(worker, 'utf8'));
  if (!list) throw new Error(`${worker} holds no precache list in the form workbox writes it.`);
  return (JSON.parse(list[0]) as {url: string}[]).map(({url}) => url);
}

/** The build's file for a URL, as nginx finds it (`try_files $uri $uri.html $uri/index.html`). */
function fileOf(outDir: string, url: string): string {
  const base = path.join(outDir, decodeURIComponent(url));
  const file = [base, `${base}.html`, path.join(base, 'index.html')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  if (!file) throw new Error(`The service worker precaches ${url}, which is not in ${outDir}.`);
  return file;
}

function kindOf(url: string, file: string): OfflineKind {
  if (file.endsWith('.html')) return 'pages';
  if (/\/search-index[^/]*\.json$/.test(url)) return 'search indexes';
  if (/\/assets\/(?:js|css)\//.test(url)) return 'scripts and styles';
  return 'other';
}

export function measureOfflineCopy(outDir: string): OfflineCopy | undefined {
  const urls = precacheUrls(outDir);
  if (!urls) return undefined;
  const empty = (): OfflineBytes => ({files: 0, raw: 0, gzip: 0});
  const copy: OfflineCopy = {
    pages: empty(),
    'search indexes': empty(),
    'scripts and styles': empty(),
    other: empty(),
    total: empty(),
  };
  for (const url of urls) {
    const file = fileOf(outDir, url);
    const content = fs.readFileSync(file);
    const gzip = zlib.gzipSync(content, {level: zlib.constants.Z_BEST_COMPRESSION}).length;
    for (const bucket of [copy[kindOf(url, file)], copy.total]) {
      bucket.files += 1;
      bucket.raw += content.length;
      bucket.gzip += Math.min(gzip, content.length);
    }
  }
  return copy;
}
