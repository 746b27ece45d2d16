/**
 * Every page of both sitemaps: answers 200, hydrates, logs no error, fetches nothing from another origin,
 * has no serious or critical accessibility violation (light mode; dark mode is in color-modes.test.ts; a page text
 * shared word for word by two editions is read once), and
 * fits the narrowest phone without scrolling sideways. The same visits gather each page's interface strings,
 * so that no Spanish page shows an English one, without loading every page a second time.
 * A page whose article is a copy of another edition's (./page-copies.ts says when) is checked from its served
 * HTML instead: its twin's visit has read the same article, and the first page of its edition the rest.
 */
import {describe, it} from 'vitest';
import {englishTwin, interfaceStrings, stringsLeftInEnglish} from './interface-strings';
import {planVisits, servedArticle} from './page-copies';
import {
  LOCALES,
  NARROWEST_VIEWPORT,
  PAGE_TEXT,
  baseUrl,
  pageTextMarkup,
  elementsWiderThanWindow,
  seriousAxeViolations,
  sharedWindow,
  sitemapPaths,
  visit,
} from './support';

const paths = await sitemapPaths();

/** Every page's served HTML, fetched once. */
const servedHtml = new Map(
  await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(baseUrl + path);
      return [path, {status: response.status, html: await response.text()}] as const;
    }),
  ),
);

const plan = planVisits(paths.map((path) => ({path, article: servedArticle(servedHtml.get(path)!.html)})));

/**
 * Page texts axe has read already. The newest edition and the unreleased one share most pages word for word: axe
 * reads such a text once, and on its other pages everything around it (navbar, sidebar, edition banner and badge,
 * table of contents), which is where two editions differ. axe is most of this file's time.
 */
const textsChecked = new Set<string>();

/** Interface strings of the pages the every-page test visited, by path, for the Spanish-against-English check. */
const interfaceStringsByPath = new Map<string, string[]>();

// One browser connection and one desktop window for the whole file (the navbar tests open their own windows).
const shared = sharedWindow();

describe.concurrent('every sitemap page', () => {
  it.for(plan.open)(
    '%s loads, hydrates, stays on the site, passes axe and fits a phone',
    async (path, {expect}) => {
      const page = await shared.visit(path);
      try {
        interfaceStringsByPath.set(path, await interfaceStrings(page.page));
        expect(page.response?.status(), `HTTP status of ${path}`).toBe(200);
        expect(page.problems, `problems while loading ${path}`).toEqual([]);
        const text = await pageTextMarkup(page.page);
        const textChecked = text !== '' && textsChecked.has(text);
        textsChecked.add(text);
        expect(
          await seriousAxeViolations(page.page, textChecked ? PAGE_TEXT : undefined),
          `accessibility of ${path}${textChecked ? ' (its text, the same as another page’s, was checked there)' : ''}`,
        ).toEqual([]);
        await page.page.setViewportSize(NARROWEST_VIEWPORT);
        expect(
          await elementsWiderThanWindow(page.page),
          `what sticks out of ${path} at ${NARROWEST_VIEWPORT.width} px (let it wrap)`,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

// Runs after every test above has finished: suites of a file run one after the other.
/** Scripts and stylesheets a page's HTML links to, as absolute URLs. */
function linkedAssets(path: string, html: string): string[] {
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"' >]+\.(?:js|css))\b/g)];
  return [...new Set(urls.map(([, url]) => new URL(url, baseUrl + path).href))];
}

describe.concurrent('pages whose article is a copy of another edition’s', () => {
  it.for(plan.copies)(
    '$path answers, shows the article of $twin and finds its scripts',
    async (copy, {expect}) => {
      const {status, html} = servedHtml.get(copy.path)!;
      expect(status, `HTTP status of ${copy.path}`).toBe(200);
      expect(servedArticle(html), `the article of ${copy.path}`).toBe(
        servedArticle(servedHtml.get(copy.twin)!.html),
      );
      const assets = linkedAssets(copy.path, html);
      expect(assets.length, `scripts and stylesheets of ${copy.path}`).toBeGreaterThan(2);
      for (const asset of assets)
        expect((await fetch(asset)).status, `${asset}, linked by ${copy.path}`).toBe(200);
    },
  );
});

describe('Spanish pages show no English interface string', () => {
  it(
    'on every page of the Spanish sitemap that the browser opens',
    {timeout: 10 * 60_000},
    async ({expect}) => {
      const spanishPaths = plan.open.filter((path) => path.startsWith('/es/'));
      expect(spanishPaths.length).toBeGreaterThan(0);
      // Pages the every-page test did not visit (a run filtered to this test, an English twin missing from the
      // sitemap) are visited here.
      const stringsOf = async (path: string): Promise<string[]> => {
        const known = interfaceStringsByPath.get(path);
        if (known) return known;
        const page = await shared.visit(path);
        try {
          return await interfaceStrings(page.page);
        } finally {
          await page.close();
        }
      };
      const untranslated: string[] = [];
      for (const path of spanishPaths) {
        const [english, spanish] = await Promise.all([stringsOf(englishTwin(path)), stringsOf(path)]);
        expect(spanish.length, `interface strings found on ${path}`).toBeGreaterThan(0);
        untranslated.push(...stringsLeftInEnglish(english, spanish).map((text) => `${path}: "${text}"`));
      }
      expect(untranslated, 'interface strings still in English on Spanish pages').toEqual([]);
    },
  );
});

/** Between phone and desktop: the navbar is the phone's, with a full search box. */
const TABLET_VIEWPORT = {width: 800, height: 1000};

describe('the navbar between the narrowest phone and the desktop', () => {
  // The search button floats over the navbar's right end, so nothing in the layout keeps the site's name off it.
  it.for(LOCALES)(
    '[$locale] shows the site name beside the search button, not under it',
    async ({prefix}, {expect}) => {
      const page = await visit(shared.browser(), prefix || '/', {viewport: NARROWEST_VIEWPORT});
      try {
        const title = await page.page.locator('.navbar__inner .navbar__title').boundingBox();
        const search = await page.page.locator('.navbar__inner .navbar__search').boundingBox();
        expect(title, 'the site name in the navbar').not.toBeNull();
        expect(search, 'the search button in the navbar').not.toBeNull();
        expect(
          title!.x + title!.width,
          'right edge of the site name, left edge of the search button',
        ).toBeLessThanOrEqual(search!.x);
      } finally {
        await page.close();
      }
    },
  );

  it.for(LOCALES)(
    '[$locale] on a tablet, the search box shows its placeholder clear of the Ctrl K hint',
    async ({prefix}, {expect}) => {
      const page = await visit(shared.browser(), prefix || '/', {viewport: TABLET_VIEWPORT});
      try {
        // The placeholder is not in the DOM: measure its text in the input's font.
        const {placeholderEnd, hintStart} = await page.page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('.navbar__inner .navbar__search-input')!;
          const hint = input.parentElement!.querySelector('kbd')!;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          return {
            placeholderEnd:
              input.getBoundingClientRect().left +
              parseFloat(style.paddingLeft) +
              context.measureText(input.placeholder).width,
            hintStart: hint.getBoundingClientRect().left,
          };
        });
        expect(placeholderEnd, 'right edge of the placeholder, left edge of the hint').toBeLessThanOrEqual(
          hintStart,
        );
      } finally {
        await page.close();
      }
    },
  );
});
