/**
 * A preview card for every page, in its language: the picture a link shows when a teacher pastes it into a
 * learning platform, a chat or an email.
 *
 * After the build has written a locale's pages (`postBuild`), this plugin draws one 1200×630 PNG per page
 * (./card.ts) into `assets/cards/` of that locale, named by its content's hash, so nginx's rule for `/assets/`
 * (cache for ever) holds and a changed card gets a new URL. It then adds the `og:image`/`twitter:image` tags to
 * the page's HTML (./meta-tags.ts). What a card says comes from the docs plugin's content in the page's language
 * (title, part of the course, edition) and, for pages outside the docs, from their `<h1>`. The plugin's own words
 * (the edition, the text alternative) are translated like the theme's: `npm run translations:write` writes
 * i18n/es/link-previews/cards.json.
 *
 * Nothing reaches the browser: pages ship no more JavaScript or CSS, and never load their card.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {CardDoesNotFitError, cardPng, cardSvg, loadCardAssets} from './card';
import {withPreviewTags} from './meta-tags';
import {
  DEFAULT_MESSAGES,
  defaultMessages,
  docFacts,
  latestEditionText,
  pageHeading,
  pagePreview,
  routeKey,
  type DocFacts,
  type Messages,
  type PagePreview,
  type SiteFacts,
} from './pages';

export const PLUGIN_NAME = 'link-previews';
/** Where a locale's cards go, inside its build folder; under assets/, which the host caches for ever. */
export const CARDS_DIR = 'assets/cards';

type Content = typeof DEFAULT_MESSAGES;

/** The page's HTML file in the locale's build folder (`trailingSlash: false`: /docs/x is docs/x.html). */
export function htmlFileOf(outDir: string, baseUrl: string, route: string): string {
  const inLocale = route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route.replace(/^\//, '');
  const candidates =
    inLocale === '' || inLocale.endsWith('/')
      ? [path.join(outDir, inLocale, 'index.html')]
      : [path.join(outDir, `${inLocale}.html`), path.join(outDir, inLocale, 'index.html')];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file)
    throw new Error(`[link-previews] ${route} is a route of the build but ${candidates[0]} is missing.`);
  return file;
}

/** The card's file name: the page's path, then the first 8 hex digits of the PNG's SHA-256. */
export function cardFileName(baseUrl: string, route: string, png: Buffer): string {
  const slug =
    route
      .slice(route.startsWith(baseUrl) ? baseUrl.length : 1)
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'home';
  return `${slug}.${crypto.createHash('sha256').update(png).digest('hex').slice(0, 8)}.png`;
}

/** The 404 page is not a page anyone links to. */
const isNotFoundPage = (route: string, baseUrl: string): boolean =>
  route === `${baseUrl}404` || route === `${baseUrl}404.html`;

// Typed `Plugin` (content unknown), as the config's plugin list expects; the content is always Content.
export default function linkPreviewsPlugin(context: LoadContext): Plugin {
  const {siteDir, siteConfig, baseUrl} = context;
  let docs: LoadedContent | undefined;

  return {
    name: PLUGIN_NAME,

    loadContent: () => DEFAULT_MESSAGES,

    getTranslationFiles: ({content}) => [{path: 'cards', content: content as Content}],

    translateContent: ({content, translationFiles}) => ({
      ...(content as Content),
      ...translationFiles[0]?.content,
    }),

    async allContentLoaded({allContent}) {
      docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
    },

    async postBuild({outDir, routesPaths, content}) {
      const messages = Object.fromEntries(
        Object.entries(content as Content).map(([id, {message}]) => [id, message]),
      ) as Messages;
      const site: SiteFacts = {
        // The translated theme config: the navbar's title is the course's name in this language.
        course: (siteConfig.themeConfig.navbar as {title?: string} | undefined)?.title ?? siteConfig.title,
        host: new URL(siteConfig.url).host,
        messages: {...defaultMessages(), ...messages},
      };
      const facts = docFacts(docs, site.messages);
      const latestEdition = latestEditionText(docs, site.messages);

      const pages: {preview: PagePreview; file: string; html: string}[] = [];
      for (const route of routesPaths) {
        if (isNotFoundPage(route, baseUrl)) continue;
        const file = htmlFileOf(outDir, baseUrl, route);
        const html = await fs.promises.readFile(file, 'utf8');
        const doc: DocFacts | undefined = facts.get(routeKey(route));
        let page;
        if (doc) {
          page = {...doc, isDoc: true};
        } else {
          const title = pageHeading(html);
          if (!title) {
            throw new Error(
              `[link-previews] ${route} has no <h1>, which its preview card would show: give the page a heading.`,
            );
          }
          page = {title, source: route, edition: latestEdition, isDoc: false};
        }
        pages.push({preview: pagePreview(route, page, site), file, html});
      }

      const assets = loadCardAssets(siteDir);
      const cardsDir = path.join(outDir, CARDS_DIR);
      await fs.promises.mkdir(cardsDir, {recursive: true});
      // Satori lays out on this thread while resvg draws the previous cards on the thread pool.
      const drawn: Promise<void>[] = [];
      const misfits: string[] = [];
      for (const {preview, file, html} of pages) {
        let svg: string;
        try {
          ({svg} = await cardSvg(preview.text, assets));
        } catch (error) {
          if (!(error instanceof CardDoesNotFitError)) {
            await Promise.allSettled(drawn);
            throw error;
          }
          // Every page whose card cannot be drawn is named at once, not one per build.
          misfits.push(
            `The preview card of ${preview.route} (${preview.source}) cannot be drawn: ${error.message}`,
          );
          continue;
        }
        drawn.push(
          cardPng(svg).then(async (png) => {
            const name = cardFileName(baseUrl, preview.route, png);
            await fs.promises.writeFile(path.join(cardsDir, name), png);
            const image = new URL(`${baseUrl}${CARDS_DIR}/${name}`, siteConfig.url).href;
            const tagged = withPreviewTags(
              html,
              {image, alt: preview.alt, type: preview.type},
              preview.route,
            );
            await fs.promises.writeFile(file, tagged);
          }),
        );
      }
      const results = await Promise.allSettled(drawn);
      const failed = results.find((result) => result.status === 'rejected');
      if (misfits.length > 0) throw new Error(`[link-previews] ${misfits.join('\n[link-previews] ')}`);
      if (failed) throw failed.reason;
    },
  };
}
