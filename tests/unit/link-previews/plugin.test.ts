/**
 * The link-previews plugin over a small Spanish build: the pages it tags, the cards it writes, the language they
 * speak, and the build it stops when a card cannot be drawn. The site's real fonts, logo and Spanish translations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin, TranslationFileContent} from '@docusaurus/types';
import linkPreviewsPlugin, {CARDS_DIR} from '../../../plugins/link-previews';
import {pngSize} from '../../../plugins/link-previews/card';
import {metaTags} from '../../../scripts/check-link-previews';

const ROOT = path.resolve(__dirname, '../../..');
const SITE_URL = 'https://course.example.org';
const SPANISH_MESSAGES = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'i18n/es/link-previews/cards.json'), 'utf8'),
) as TranslationFileContent;

const sidebars = {
  course: [
    {type: 'doc', id: 'intro'},
    {type: 'category', label: 'Práctica', items: [{type: 'doc', id: 'hands-on/first-container'}]},
  ],
};

function version(versionName: string, label: string, isLast: boolean, firstContainerTitle: string) {
  const base = versionName === 'current' ? '/es/docs/next' : `/es/docs/${versionName}`;
  const folder = versionName === 'current' ? 'current' : `version-${versionName}`;
  return {
    versionName,
    label,
    isLast,
    sidebars,
    docs: [
      {
        id: 'intro',
        title: 'Introducción',
        permalink: `${base}/`,
        source: `@site/i18n/es/${folder}/intro.mdx`,
      },
      {
        id: 'hands-on/first-container',
        title: firstContainerTitle,
        permalink: `${base}/hands-on/first-container`,
        source: `@site/i18n/es/${folder}/hands-on/first-container.mdx`,
      },
    ],
  };
}

const page = (h1: string) =>
  `<!doctype html><html lang="es"><head><meta charset="UTF-8"><title>${h1}</title></head><body><h1>${h1}</h1></body></html>`;

const outDirs: string[] = [];
afterEach(() => {
  for (const dir of outDirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** Builds the Spanish locale of a two-edition site into a scratch folder with the plugin. */
async function buildSpanish(firstContainerTitle = 'Tu primer contenedor'): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-previews-'));
  outDirs.push(outDir);
  const files: Record<string, string> = {
    'index.html': page('Aprende Docker paso a paso'),
    'search.html': page('Buscar en la documentación'),
    '404.html': page('Página no encontrada'),
    'docs/1.1.html': page('Introducción'),
    'docs/1.1/hands-on/first-container.html': page(firstContainerTitle),
    'docs/next.html': page('Introducción'),
    'docs/next/hands-on/first-container.html': page(firstContainerTitle),
  };
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
    fs.writeFileSync(path.join(outDir, file), html);
  }
  const context = {
    siteDir: ROOT,
    baseUrl: '/es/',
    siteConfig: {
      url: SITE_URL,
      title: 'Docker Course Notes',
      themeConfig: {navbar: {title: 'Curso de Docker'}},
    },
  } as unknown as LoadContext;
  const plugin = linkPreviewsPlugin(context) as Required<Plugin>;
  const english = await plugin.loadContent();
  const content = plugin.translateContent({
    content: english,
    translationFiles: [{path: 'cards', content: SPANISH_MESSAGES}],
  });
  const docs = {
    loadedVersions: [
      version('current', 'Próxima', false, firstContainerTitle),
      version('1.1', '1.1', true, firstContainerTitle),
    ],
  } as unknown as LoadedContent;
  await plugin.allContentLoaded({
    allContent: {'docusaurus-plugin-content-docs': {default: docs}},
    actions: {} as never,
  });
  const routesPaths = [
    '/es/',
    '/es/search',
    '/es/404.html',
    '/es/docs/1.1',
    '/es/docs/1.1/hands-on/first-container',
    '/es/docs/next',
    '/es/docs/next/hands-on/first-container',
  ];
  await plugin.postBuild({outDir, routesPaths, content} as never);
  return outDir;
}

const tagsOf = (outDir: string, file: string) =>
  new Map(
    [...metaTags(fs.readFileSync(path.join(outDir, file), 'utf8'))].map(([name, [value]]) => [name, value]),
  );

describe('link previews', () => {
  it('gives a doc page its own card, in Spanish, with absolute URLs and its size, type and alternative', async () => {
    const outDir = await buildSpanish();
    const tags = tagsOf(outDir, 'docs/1.1/hands-on/first-container.html');
    const image = tags.get('og:image')!;
    expect(image).toMatch(
      new RegExp(`^${SITE_URL}/es/${CARDS_DIR}/docs-1\\.1-hands-on-first-container\\.[0-9a-f]{8}\\.png$`),
    );
    const file = path.join(outDir, new URL(image).pathname.replace(/^\/es\//, ''));
    expect(pngSize(fs.readFileSync(file))).toEqual({width: 1200, height: 630});
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
    expect(tags.get('og:image:type')).toBe('image/png');
    expect(tags.get('og:type')).toBe('article');
    expect(tags.get('twitter:image')).toBe(image);
    expect(tags.get('og:image:alt')).toBe(
      'Vista previa de «Tu primer contenedor» (Práctica), en Curso de Docker. Edición 1.1.',
    );
    expect(tags.get('twitter:image:alt')).toBe(tags.get('og:image:alt'));
  });

  it('names the unreleased edition, and gives pages outside the parts and outside the docs their cards', async () => {
    const outDir = await buildSpanish();
    expect(tagsOf(outDir, 'docs/next/hands-on/first-container.html').get('og:image:alt')).toBe(
      'Vista previa de «Tu primer contenedor» (Práctica), en Curso de Docker. Próxima edición (sin publicar).',
    );
    expect(tagsOf(outDir, 'docs/1.1.html').get('og:image:alt')).toBe(
      'Vista previa de «Introducción», en Curso de Docker. Edición 1.1.',
    );
    const home = tagsOf(outDir, 'index.html');
    expect(home.get('og:type')).toBe('website');
    expect(home.get('og:image')).toMatch(
      new RegExp(`^${SITE_URL}/es/${CARDS_DIR}/home\\.[0-9a-f]{8}\\.png$`),
    );
    expect(home.get('og:image:alt')).toBe(
      'Vista previa de «Aprende Docker paso a paso», en Curso de Docker. Edición 1.1.',
    );
    expect(tagsOf(outDir, 'search.html').get('og:image')).toBeDefined();
    expect(tagsOf(outDir, '404.html').get('og:image')).toBeUndefined();
    // One card per page: the two editions' pages differ by their edition.
    expect(fs.readdirSync(path.join(outDir, CARDS_DIR))).toHaveLength(6);
  });

  it('stops the build, naming the page and its file, when a title cannot fit in the card', async () => {
    const title = Array.from({length: 30}, (_, i) => `palabra${i}`).join(' ');
    await expect(buildSpanish(title)).rejects.toThrow(
      /The preview card of \/es\/docs\/next\/hands-on\/first-container \(@site\/i18n\/es\/current\/hands-on\/first-container\.mdx\) cannot be drawn: its title does not fit/,
    );
  });
});
