/**
 * The offline-reading plugin: the URLs the precache gives each file, what it leaves out, the manifest and icons,
 * and, with the installed @docusaurus/plugin-pwa itself, the two changes of where it works (every locale's pages
 * register the site's one `/sw.js`; the head links the locale's manifest). The whole plugin runs in the build and
 * the browser tests (tests/e2e/offline.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import webpack from 'webpack';
import type {LoadContext} from '@docusaurus/types';
import offlineReadingPlugin, {localeDirs, siteOutDir} from '../../../plugins/offline-reading';
import {ICONS, appManifest, iconPng} from '../../../plugins/offline-reading/app-manifest';
import {
  listedAssets,
  precacheIgnores,
  servedUrl,
  type PrecacheFacts,
} from '../../../plugins/offline-reading/precache';
import {pngSize} from '../../../plugins/link-previews/card';

const ROOT = path.resolve(__dirname, '../../..');

function spanishContext(): LoadContext {
  const localeConfigs = {
    en: {label: 'English', htmlLang: 'en', path: 'en', baseUrl: '/'},
    es: {label: 'Español', htmlLang: 'es', path: 'es', baseUrl: '/es/'},
  };
  return {
    siteDir: ROOT,
    outDir: path.join(ROOT, 'build', 'es'),
    baseUrl: '/es/',
    siteConfig: {title: 'Docker Course Notes', baseUrl: '/es/', future: {}, themeConfig: {}},
    i18n: {defaultLocale: 'en', locales: ['en', 'es'], currentLocale: 'es', localeConfigs},
  } as unknown as LoadContext;
}

const facts: PrecacheFacts = {
  siteOutDir: '/site/build',
  siteBaseUrl: '/',
  localeDirs: ['', 'es/'],
  currentEdition: '1.1',
  otherEditions: ['1.0', 'next'],
};

describe('the precache', () => {
  it('gives each page the URL nginx serves it at, a locale home its slash', () => {
    const dirs = ['', 'es/'];
    expect(servedUrl('index.html', dirs)).toBe('/');
    expect(servedUrl('es/index.html', dirs)).toBe('/es/');
    expect(servedUrl('docs/index.html', dirs)).toBe('/docs');
    expect(servedUrl('docs/1.1.html', dirs)).toBe('/docs/1.1');
    expect(servedUrl('es/docs/1.1/hands-on/volumes.html', dirs)).toBe('/es/docs/1.1/hands-on/volumes');
    expect(servedUrl('es/search.html', dirs)).toBe('/es/search');
    expect(servedUrl('docs/1.1/reference/some-index.html', dirs)).toBe('/docs/1.1/reference/some-index');
    expect(servedUrl('assets/js/main.0123abcd.js', dirs)).toBe('/assets/js/main.0123abcd.js');
    expect(servedUrl('es/search-index.json', dirs)).toBe('/es/search-index.json');
  });

  it('leaves out the other editions, the preview cards and the 404 pages, in every language', () => {
    const ignores = precacheIgnores(facts);
    for (const dir of ['', 'es/']) {
      expect(ignores).toEqual(
        expect.arrayContaining([
          `${dir}404.html`,
          `${dir}docs/1.0.html`,
          `${dir}docs/1.0/**`,
          `${dir}docs/next.html`,
          `${dir}docs/next/**`,
          `${dir}assets/cards/**`,
        ]),
      );
    }
    expect(ignores.some((pattern) => pattern.includes('1.1'))).toBe(false);
  });

  it('reads the scripts and style sheets a page lists, entry scripts included', () => {
    const html =
      '<link rel=stylesheet href=/es/assets/css/styles.030261b7.css />' +
      '<script type=application/json data-entry-scripts>["/es/assets/js/5e95c892.9c022e5c.js",' +
      '"/es/assets/js/runtime~main.b6733f5b.js"]</script>';
    expect(listedAssets(html)).toEqual([
      'es/assets/css/styles.030261b7.css',
      'es/assets/js/5e95c892.9c022e5c.js',
      'es/assets/js/runtime~main.b6733f5b.js',
    ]);
  });
});

describe('the web app manifest and icons', () => {
  it('speaks Spanish on the Spanish site and opens at /es/, within the whole site', () => {
    const messages = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'i18n/es/offline-reading/manifest.json'), 'utf8'),
    ) as Record<'shortName' | 'description', {message: string}>;
    const manifest = appManifest({
      name: 'Curso de Docker',
      messages: {shortName: messages.shortName.message, description: messages.description.message},
      lang: 'es',
      baseUrl: '/es/',
      siteBaseUrl: '/',
    });
    expect(manifest).toMatchObject({
      name: 'Curso de Docker',
      short_name: 'Curso de Docker',
      lang: 'es',
      start_url: '/es/',
      scope: '/',
      display: 'standalone',
    });
    expect((manifest as {description: string}).description).toMatch(/sin conexión/);
  });

  it('draws each icon from the logo at its size', () => {
    const logo = fs.readFileSync(path.join(ROOT, 'static/img/logo.svg'), 'utf8');
    for (const {size, purpose} of ICONS) {
      expect(pngSize(iconPng(logo, size, purpose))).toEqual({width: size, height: size});
    }
  });
});

describe('plugin-pwa, as the Spanish build runs it', () => {
  const nodeEnv = process.env.NODE_ENV;
  // plugin-pwa does nothing outside production builds.
  beforeEach(() => {
    process.env.NODE_ENV = 'production';
  });
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('works over the whole site: its build folder and its locale folders', () => {
    const context = spanishContext();
    expect(siteOutDir(context)).toBe(path.join(ROOT, 'build'));
    expect(localeDirs(context)).toEqual(['', 'es/']);
  });

  it('has the Spanish pages register the one /sw.js, in offline mode for every reader', async () => {
    const plugin = offlineReadingPlugin(spanishContext(), {editions: ['1.1', '1.0']});
    const result = plugin.configureWebpack!(
      {output: {publicPath: '/es/'}},
      false,
      {currentBundler: {name: 'webpack', instance: webpack}} as never,
      undefined,
    ) as unknown as {plugins: {defaultValues: Record<string, unknown>}[]};
    const [environment] = result.plugins;
    expect(environment.defaultValues.PWA_SERVICE_WORKER_URL).toBe('/sw.js');
    expect(environment.defaultValues.PWA_OFFLINE_MODE_ACTIVATION_STRATEGIES).toEqual(['always']);
    expect(plugin.getClientModules!()).toEqual([
      path.join(ROOT, 'plugins/offline-reading/register-when-idle.ts'),
    ]);
    expect(fs.existsSync(path.join(plugin.getThemePath!(), 'PwaReloadPopup/index.js'))).toBe(true);
    const {headTags} = (await plugin.injectHtmlTags!({content: undefined})) as {
      headTags: {tagName: string; attributes: Record<string, string>}[];
    };
    expect(headTags).toContainEqual({
      tagName: 'link',
      attributes: {rel: 'manifest', href: '/es/manifest.json'},
    });
  });
});
