/**
 * Serve the production build the way a real static host does, for previews, browser tests and the benchmark:
 * gzip, clean URLs without a trailing slash (`/docs/x` → `docs/x.html`, `/es/` → `es/index.html`),
 * the visitor's language's `404.html` with status 404, and cache headers (hashed assets cached for a year,
 * everything else revalidated). `docusaurus serve` compresses nothing, so its numbers mean little.
 *
 * Usage: tsx scripts/serve-build.ts [--dir build] [--port 3000] [--host 127.0.0.1]
 * In code: `const server = await startServer({dir: 'build', port: 0}); ...; await server.stop();`
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {parseArgs} from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

export interface ServeOptions {
  /** Folder holding the production build. */
  dir?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Docusaurus names its bundles by content hash, so they never change under the same URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export function createHandler(dir: string): http.RequestListener {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `No production build in ${root} (index.html is missing). Build it first: npx docusaurus build`,
    );
  }
  // Locales other than the default live in a folder of their own with their own 404 page.
  const localeDirs = fs
    .readdirSync(root, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, '404.html')))
    .map((entry) => entry.name);

  const compress = compression() as unknown as Handler;
  const serveFile = sirv(root, {
    etag: true,
    // The example projects' `.dockerignore` is a download; a build holds no other dotfile.
    dotfiles: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    },
  });

  const notFound = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const {pathname} = new URL(req.url ?? '/', 'http://localhost');
    const locale = localeDirs.find((name) => pathname === `/${name}` || pathname.startsWith(`/${name}/`));
    const page = path.join(root, locale ?? '', '404.html');
    res.statusCode = 404;
    res.setHeader('Cache-Control', REVALIDATE);
    if (!fs.existsSync(page)) {
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(page));
  };

  return (req, res) => {
    compress(req, res, () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      // The site is built with `trailingSlash: false`: one URL per page, as hosts with clean URLs redirect.
      // A locale's home page is the exception: its canonical URL is its base URL, `/es/`.
      const localeHome = localeDirs.find((locale) => url.pathname.replace(/\/+$/, '') === `/${locale}`);
      const canonical = localeHome ? `/${localeHome}/` : url.pathname.replace(/(.)\/+$/, '$1');
      if (url.pathname !== canonical) {
        res.statusCode = 301;
        res.setHeader('Location', canonical + url.search);
        res.end();
        return;
      }
      serveFile(req, res, () => notFound(req, res));
    });
  };
}

export async function startServer({
  dir = 'build',
  port = 0,
  host = '127.0.0.1',
}: ServeOptions = {}): Promise<RunningServer> {
  const server = http.createServer(createHandler(dir));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      port: {type: 'string', default: '3000'},
      host: {type: 'string', default: '127.0.0.1'},
    },
  });
  const server = await startServer({dir: values.dir, port: Number(values.port), host: values.host});
  console.log(
    `Serving ${path.resolve(values.dir)} at ${server.url} (English) and ${server.url}/es (Spanish)`,
  );
  const stop = (): void => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
