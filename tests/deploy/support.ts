/** What the serving tests share: the nginx under test, plain and raw HTTP requests, the build's pages. */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {inject} from 'vitest';
import {entryScripts} from '../../plugins/first-paint-first/entry-scripts';

export const baseUrl = inject('deployBaseUrl');
export const buildDir = inject('deployBuildDir');
export const sourceDir = inject('deploySourceDir');

/** The site's languages: English at the root, Spanish under /es (its own 404 page and assets). */
export const LOCALES = [
  {locale: 'en', prefix: ''},
  {locale: 'es', prefix: '/es'},
] as const;

export interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

/** A GET (or other method) without following redirects; the body is decompressed if it came gzipped. */
export async function request(urlPath: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(baseUrl + urlPath, {redirect: 'manual', ...init});
  return {status: response.status, headers: response.headers, body: await response.text()};
}

export interface RawReply {
  /** Status code of the first response line, or undefined when the server sent no HTTP response. */
  status: number | undefined;
  /** Everything the server sent, as text. */
  raw: string;
}

/**
 * Sends `bytes` exactly as given on a fresh connection and collects the answer until the server closes it (or
 * two seconds pass): for requests no HTTP client would send, such as unnormalised paths or broken syntax.
 */
export function rawRequest(bytes: string | Buffer): Promise<RawReply> {
  const {hostname, port} = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({host: hostname, port: Number(port)});
    const chunks: Buffer[] = [];
    const finish = (): void => {
      socket.destroy();
      const raw = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(raw)?.[1];
      resolve({status: status ? Number(status) : undefined, raw});
    };
    socket.setTimeout(2000, finish);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? finish() : reject(error),
    );
    // A string is sent byte for byte (latin1), not re-encoded as UTF-8.
    socket.on('connect', () =>
      socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes),
    );
  });
}

/** The HTML file of the build that a page path stands for (`/docs/x` → docs/x.html, `/es/` → es/index.html). */
export function pageFile(urlPath: string): string {
  const clean = urlPath.split(/[?#]/)[0];
  const candidates = clean.endsWith('/')
    ? [`${clean}index.html`]
    : [`${clean}.html`, `${clean}/index.html`, clean];
  for (const candidate of candidates) {
    const file = path.join(buildDir, candidate);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  throw new Error(`No file in ${buildDir} for ${urlPath}`);
}

/** Every page of both languages' sitemaps, as paths (the sitemaps hold the production origin). */
export function sitemapPaths(): {locale: string; path: string}[] {
  return LOCALES.flatMap(({locale, prefix}) => {
    const file = path.join(buildDir, prefix, 'sitemap.xml');
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: is the build made with both locales?`);
    const xml = fs.readFileSync(file, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => ({
      locale,
      path: new URL(loc.replaceAll('&amp;', '&')).pathname,
    }));
  });
}

/** Files of the build whose path matches, relative to it with a leading slash (`/assets/js/main.1a2b.js`). */
export function buildFiles(pattern: RegExp): string[] {
  return fs
    .readdirSync(buildDir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        '/' + path.relative(buildDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => pattern.test(file))
    .sort();
}

/**
 * The scripts and style sheets a page loads from the site: `<script src>`, `<link rel=stylesheet href>`, and the
 * entry scripts it preloads and starts after its first paint (plugins/first-paint-first/entry-scripts.ts).
 */
export function pageAssets(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"'\s>]+)/g)].map(([, src]) => src),
    ...[...html.matchAll(/<link\b[^>]*\srel=["']?stylesheet["']?[^>]*\shref=["']?([^"'\s>]+)/g)].map(
      ([, href]) => href,
    ),
    ...entryScripts(html),
  ];
  return [...new Set(urls.filter((url) => url.startsWith('/')))];
}
