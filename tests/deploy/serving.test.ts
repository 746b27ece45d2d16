/**
 * What nginx answers for the site's own URLs: every page of both languages and every edition, clean URLs,
 * each language's 404 page with status 404, assets and search indexes with the right type and caching,
 * compression, and the security headers on every kind of response.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {collectInlineCode} from '../../scripts/csp';
import {MIN_LENGTH} from '../../scripts/precompress';
import {startNginx} from '../../scripts/serve-nginx';
import {
  buildDir,
  buildFiles,
  LOCALES,
  pageAssets,
  pageFile,
  request,
  sitemapPaths,
  sourceDir,
} from './support';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const pages = sitemapPaths();
const docPages = pages.filter(({path: page}) => /^(?:\/es)?\/docs(?:\/|$)/.test(page));
const notFoundPage = (prefix: string): string =>
  fs.readFileSync(path.join(buildDir, prefix, '404.html'), 'utf8');

function expectSecurityHeaders(headers: Headers, what: string): void {
  expect(headers.get('content-security-policy'), `CSP of ${what}`).toMatch(/frame-ancestors 'none'/);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), what).toMatch(/camera=\(\)/);
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  // No version, no module list: just the product name nginx cannot be told to drop.
  expect(headers.get('server'), what).toBe('nginx');
}

describe('pages', () => {
  it('the build has pages of both languages and docs in both', () => {
    for (const {locale} of LOCALES) {
      expect(pages.filter((page) => page.locale === locale).length, `${locale} sitemap`).toBeGreaterThan(0);
      expect(docPages.filter((page) => page.locale === locale).length, `${locale} doc pages`).toBeGreaterThan(
        0,
      );
    }
  });

  it.each(pages)(
    '$path answers 200 with its own page, revalidated, with the security headers',
    async ({path: page}) => {
      const reply = await request(page);
      expect(reply.status, page).toBe(200);
      expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
      expect(reply.headers.get('etag')).toBeTruthy();
      expectSecurityHeaders(reply.headers, page);
      expect(reply.body).toBe(fs.readFileSync(pageFile(page), 'utf8'));
    },
  );

  it('serves English at / and Spanish at /es/', async () => {
    const english = await request('/');
    expect(english.status).toBe(200);
    expect(english.body).toMatch(/<html[^>]*\slang="?en"?/);
    const spanish = await request('/es/');
    expect(spanish.status).toBe(200);
    expect(spanish.body).toMatch(/<html[^>]*\slang="?es"?/);
  });

  it("redirects /es to /es/, the Spanish home page's canonical URL, keeping the query", async () => {
    for (const [from, to] of [
      ['/es', '/es/'],
      ['/es?utm=x', '/es/?utm=x'],
    ]) {
      const reply = await request(from);
      expect(reply.status, from).toBe(301);
      // A path, not an absolute URL: nginx's own port (8080 in the image) is not the one readers use.
      expect(reply.headers.get('location'), from).toBe(to);
    }
  });

  it('keeps one URL per page: a trailing slash or an .html suffix redirects to the clean URL', async () => {
    const samples = [...new Set([pages[0].path, docPages[0].path, docPages.at(-1)!.path])].filter(
      (page) => page !== '/' && page !== '/es/',
    );
    for (const page of samples) {
      for (const [from, to] of [
        [`${page}/`, page],
        [`${page}/?q=1`, `${page}?q=1`],
        [`${page}.html`, page],
      ]) {
        const reply = await request(from);
        expect(reply.status, from).toBe(301);
        expect(reply.headers.get('location'), from).toBe(to);
        expectSecurityHeaders(reply.headers, from);
      }
    }
    for (const [from, to] of [
      ['/index.html', '/'],
      ['/index', '/'],
      ['/es/index.html', '/es/'],
      ['/es/index', '/es/'],
    ]) {
      const reply = await request(from);
      expect(reply.status, from).toBe(301);
      expect(reply.headers.get('location'), from).toBe(to);
    }
  });

  it('never redirects to another host, however the path is written', async () => {
    for (const from of [
      '//example.com/',
      '/%2Fexample.com/',
      '//example.com/index.html',
      '//example.com.html',
    ]) {
      const reply = await request(from);
      const location = reply.headers.get('location');
      if (location !== null) expect(location, from).toMatch(/^\/[^/\\]/);
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const reply = await request(docPages[0].path, {method: 'HEAD'});
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });

  it('refuses methods a static site has no use for', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const reply = await request(docPages[0].path, {method, body: method === 'DELETE' ? undefined : 'x=1'});
      expect(reply.status, method).toBe(405);
    }
  });
});

describe('editions', () => {
  // /docs/... is the current edition; once one is cut, /docs/<edition>/... and /docs/next/... exist too.
  const editionPaths = docPages.filter(({path: page}) =>
    /^(?:\/es)?\/docs\/(?:next|\d+(?:\.\d+)*)(?:\/|$)/.test(page),
  );

  it('every English doc page has its Spanish twin at the same path under /es, in every edition', async () => {
    const english = docPages.filter((page) => page.locale === 'en').map((page) => page.path);
    for (const page of english) {
      const reply = await request(`/es${page}`);
      expect(reply.status, `/es${page}`).toBe(200);
      expect(reply.body).toMatch(/<html[^>]*\slang="?es"?/);
    }
  });

  it.runIf(editionPaths.length > 0)(
    'serves each edition under its own path (/docs/<edition>, /docs/next)',
    async () => {
      const editions = new Set(
        editionPaths.map(({path: page}) => page.replace(/^(\/es)?\/docs\/([^/]+).*$/, '$2')),
      );
      expect(editions.has('next'), 'the unreleased edition at /docs/next').toBe(true);
      for (const edition of editions) {
        for (const {prefix} of LOCALES) {
          const reply = await request(`${prefix}/docs/${edition}`);
          expect(reply.status, `${prefix}/docs/${edition}`).toBe(200);
          const slash = await request(`${prefix}/docs/${edition}/`);
          expect(slash.status).toBe(301);
          expect(slash.headers.get('location')).toBe(`${prefix}/docs/${edition}`);
        }
      }
    },
  );
});

describe('example downloads', () => {
  // Every edition's example project, the unreleased one's, and edition 1.0's at the URLs linked before
  // downloads were versioned; `.dockerignore` is a download too, though other hidden files are never served.
  const downloads = LOCALES.flatMap(({prefix}) =>
    ['/examples/next/flask-app', '/examples/1.0/flask-app', '/examples/flask-app'].flatMap((folder) =>
      ['Dockerfile', 'app.py', '.dockerignore'].map((file) => `${prefix}${folder}/${file}`),
    ),
  );

  it.each(downloads)('%s is served as built', async (download) => {
    const reply = await request(download);
    expect(reply.status, download).toBe(200);
    expect(reply.body).toBe(fs.readFileSync(path.join(buildDir, download), 'utf8'));
    expectSecurityHeaders(reply.headers, download);
  });
});

describe('missing paths', () => {
  const cases = LOCALES.flatMap(({locale, prefix}) =>
    [
      '/no-such-page',
      '/docs/no-such-page',
      '/docs/next/no-such-page',
      '/assets/js/no-such-bundle.js',
      '/img',
      '/assets',
      '/404',
      '/404.html',
      '/.env',
    ].map((missing) => ({locale, prefix, missing: `${prefix}${missing}`})),
  );

  it.each(cases)('$missing answers 404 with the $locale 404 page', async ({prefix, missing}) => {
    const reply = await request(missing);
    expect(reply.status, missing).toBe(404);
    expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
    expectSecurityHeaders(reply.headers, missing);
    expect(reply.body).toBe(notFoundPage(prefix));
  });

  it('lists no folder', async () => {
    for (const folder of ['/assets/js', '/img', '/es/assets/js', '/examples']) {
      const reply = await request(folder);
      expect(reply.status, folder).toBe(404);
      expect(reply.body).not.toMatch(/Index of/);
    }
  });
});

describe('assets', () => {
  const assetsOf = LOCALES.flatMap(({prefix}) =>
    pageAssets(fs.readFileSync(path.join(buildDir, prefix, 'index.html'), 'utf8')),
  );

  it('the home pages load their hashed bundles from /assets/ and /es/assets/', () => {
    expect(assetsOf.some((asset) => /^\/assets\/js\/main\.[0-9a-f]+\.js$/.test(asset))).toBe(true);
    expect(assetsOf.some((asset) => /^\/es\/assets\/js\/main\.[0-9a-f]+\.js$/.test(asset))).toBe(true);
  });

  it.each(assetsOf)('%s is served immutable, typed, and compressed ahead of time', async (asset) => {
    const reply = await request(asset, {headers: {'accept-encoding': 'gzip'}});
    expect(reply.status, asset).toBe(200);
    expect(reply.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(reply.headers.get('content-type')).toBe(
      asset.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8',
    );
    if (fs.statSync(path.join(buildDir, asset)).size < MIN_LENGTH) {
      // A small route chunk: below gzip_min_length, compressing gains nothing.
      expect(reply.headers.get('content-encoding')).toBeNull();
      expect(reply.body).toBe(fs.readFileSync(path.join(buildDir, asset), 'utf8'));
      return;
    }
    expect(reply.headers.get('content-encoding')).toBe('gzip');
    expect(reply.headers.get('vary')).toBe('Accept-Encoding');
    // The length of the .gz beside it: gzip_static sent that file (on the fly, nginx sends no length).
    expect(Number(reply.headers.get('content-length'))).toBe(
      fs.statSync(path.join(buildDir, `${asset}.gz`)).size,
    );
    expect(reply.body).toBe(fs.readFileSync(path.join(buildDir, asset), 'utf8'));
  });

  it('compresses on the fly a build without .gz files', async () => {
    const nginx = await startNginx({dir: sourceDir});
    try {
      const page = docPages[0].path;
      const response = await fetch(nginx.url + page, {headers: {'accept-encoding': 'gzip'}});
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('content-length')).toBeNull();
      expect(await response.text()).toBe(fs.readFileSync(pageFile(page), 'utf8'));
    } finally {
      await nginx.stop();
    }
  });

  it('answers a revalidation with 304 and no body', async () => {
    const asset = assetsOf[0];
    const first = await request(asset);
    const again = await request(asset, {headers: {'if-none-match': first.headers.get('etag')!}});
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const page = await request(docPages[0].path);
    const pageAgain = await request(docPages[0].path, {
      headers: {'if-none-match': page.headers.get('etag')!},
    });
    expect(pageAgain.status).toBe(304);
  });

  it('sends uncompressed bytes to a client that does not accept gzip', async () => {
    const reply = await request(docPages[0].path, {headers: {'accept-encoding': 'identity'}});
    expect(reply.headers.get('content-encoding')).toBeNull();
    expect(Number(reply.headers.get('content-length'))).toBe(fs.statSync(pageFile(docPages[0].path)).size);
  });

  it('serves every search index as JSON, revalidated, compressed', async () => {
    const indexes = buildFiles(/\/search-index[^/]*\.json$/);
    expect(indexes.length, 'search indexes in the build').toBeGreaterThan(0);
    for (const index of indexes) {
      // The search plugin fetches each index with a content hash in the query string.
      const reply = await request(`${index}?_=0123abcd`, {headers: {'accept-encoding': 'gzip'}});
      expect(reply.status, index).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
      expect(reply.headers.get('content-encoding')).toBe('gzip');
      expect(() => JSON.parse(reply.body)).not.toThrow();
    }
  });

  it('serves images and the sitemaps with their types and cache policies', async () => {
    const images = buildFiles(/^\/img\/.+\.svg$/);
    expect(images.length).toBeGreaterThan(0);
    const image = await request(images[0]);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(image.headers.get('cache-control')).toBe('public, max-age=3600');
    for (const {prefix} of LOCALES) {
      const sitemap = await request(`${prefix}/sitemap.xml`);
      expect(sitemap.status).toBe(200);
      expect(sitemap.headers.get('content-type')).toMatch(/^(?:text|application)\/xml/);
      expect(sitemap.headers.get('cache-control')).toBe(REVALIDATE);
    }
  });
});

describe('offline reading', () => {
  /** The URLs the service worker precaches, as workbox wrote them into it: `[{"revision":…,"url":"/…"},…]`. */
  const precached = (): string[] => {
    const worker = fs.readFileSync(path.join(buildDir, 'sw.js'), 'utf8');
    const list = /\[\{"revision":.*?\}\]/.exec(worker);
    if (!list)
      throw new Error('sw.js holds no precache list: was the site built with plugins/offline-reading?');
    return (JSON.parse(list[0]) as {url: string}[]).map(({url}) => url);
  };

  it('serves the one service worker, /sw.js, as JavaScript that browsers revalidate on every visit', async () => {
    // The pages register it with their parameters in the query string.
    const reply = await request('/sw.js?params=%7B%22offlineMode%22%3Atrue%7D', {
      headers: {'accept-encoding': 'gzip'},
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
    expect(reply.headers.get('content-encoding')).toBe('gzip');
    expectSecurityHeaders(reply.headers, '/sw.js');
    // Both languages share it: a Spanish one would split the offline copy in two.
    expect((await request('/es/sw.js')).status).toBe(404);
  });

  it("serves the worker's own imported scripts (plugins/offline-reading's swCustom) the same way", async () => {
    const imported = fs.readdirSync(buildDir).filter((file) => /^\d+\.sw\.js$/.test(file));
    expect(imported.length).toBeGreaterThan(0);
    for (const file of imported) {
      const reply = await request(`/${file}`);
      expect(reply.status, file).toBe(200);
      expect(reply.headers.get('content-type'), file).toBe('application/javascript; charset=utf-8');
      expect(reply.headers.get('cache-control'), file).toBe(REVALIDATE);
    }
  });

  it('answers 200 for every URL the service worker precaches (one failure would stop its install)', async () => {
    const urls = precached();
    expect(urls.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const url of urls) {
      const reply = await request(url);
      if (reply.status !== 200) failures.push(`${url}: ${reply.status}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(LOCALES)(
    'serves the $locale web app manifest, revalidated, with its icons',
    async ({locale, prefix}) => {
      const reply = await request(`${prefix}/manifest.json`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
      const manifest = JSON.parse(reply.body) as {lang: string; start_url: string; icons: {src: string}[]};
      expect(manifest.lang).toBe(locale);
      expect(manifest.start_url).toBe(`${prefix}/`);
      expect(manifest.icons.length).toBeGreaterThan(1);
      for (const {src} of manifest.icons) {
        const icon = await request(src);
        expect(icon.status, src).toBe(200);
        expect(icon.headers.get('content-type')).toBe('image/png');
      }
    },
  );
});

describe('link previews', () => {
  const cards = buildFiles(/^(?:\/es)?\/assets\/cards\/[^/]+\.png$/);

  it('serves the preview cards of both languages as PNG, cached for ever (their names carry their hash)', async () => {
    for (const {prefix} of LOCALES) {
      expect(
        cards.filter((card) => card.startsWith(`${prefix}/assets/cards/`)).length,
        prefix || '/',
      ).toBeGreaterThan(0);
    }
    for (const card of [cards[0], cards.at(-1)!]) {
      const reply = await request(card, {headers: {'accept-encoding': 'gzip'}});
      expect(reply.status, card).toBe(200);
      expect(reply.headers.get('content-type')).toBe('image/png');
      expect(reply.headers.get('cache-control')).toBe(IMMUTABLE);
      // PNG is compressed already: nginx sends it as it is.
      expect(reply.headers.get('content-encoding')).toBeNull();
      expect(Number(reply.headers.get('content-length'))).toBe(fs.statSync(path.join(buildDir, card)).size);
      expectSecurityHeaders(reply.headers, card);
    }
  });

  it('serves robots.txt as text, revalidated, listing both sitemaps', async () => {
    const reply = await request('/robots.txt');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe(REVALIDATE);
    expect(reply.body).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
    expect(reply.body).toMatch(/^Sitemap: https?:\/\/[^/]+\/es\/sitemap\.xml$/m);
  });
});

describe('Content-Security-Policy', () => {
  const directives = async (urlPath: string): Promise<Map<string, string[]>> => {
    const policy = (await request(urlPath)).headers.get('content-security-policy') ?? '';
    return new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...sources]) => [name, sources]),
    );
  };

  it('allows exactly the inline scripts of the build, by hash, and no inline script otherwise', async () => {
    const {scriptHashes, styleHashes} = collectInlineCode(buildDir);
    expect(scriptHashes.length, 'inline scripts in the build (colour mode at least)').toBeGreaterThan(0);
    for (const page of ['/', '/es/', '/no-such-page']) {
      const policy = await directives(page);
      expect(policy.get('script-src'), page).toEqual(["'self'", ...scriptHashes]);
      expect(policy.get('style-src-elem'), page).toEqual(["'self'", ...styleHashes]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      for (const [name, sources] of policy) {
        expect(sources, name).not.toContain("'unsafe-eval'");
        if (name.startsWith('script-src') || name === 'default-src')
          expect(sources, name).not.toContain("'unsafe-inline'");
        // Everything comes from the site itself: no other host is allowed anywhere.
        for (const source of sources) expect(source, name).toMatch(/^(?:'[^']+'|data:)$/);
      }
    }
  });

  it('every page of the build carries no inline script beyond those hashes', () => {
    // collectInlineCode reads every HTML file of the build and throws on handlers it cannot hash.
    const {pages: htmlFiles} = collectInlineCode(buildDir);
    expect(htmlFiles).toBeGreaterThanOrEqual(pages.length);
  });
});
