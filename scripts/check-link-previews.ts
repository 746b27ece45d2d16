/**
 * `npm test -- --only=link-previews`: a link to any page of the production build shows its preview card, in the
 * page's language (plugins/link-previews), and crawlers find both sitemaps (plugins/robots-txt).
 *
 * For every page of both sitemaps: an absolute `og:image` under its locale's `assets/cards/`, which exists in the
 * build and is a 1200×630 PNG, with its size, type and text alternative declared, the same image and alternative for
 * Twitter/X, and `og:type` `article` on the course's pages. A Spanish page's card is not its English twin's and its
 * alternative names the Spanish course and title. No page loads its card, and no card is left unused.
 * Reads files only: a few seconds.
 *
 * Usage: tsx scripts/check-link-previews.ts [--build-dir build]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {CARD_HEIGHT, CARD_WIDTH, pngSize} from '../plugins/link-previews/card';
import {CARDS_DIR} from '../plugins/link-previews';
import {pageHeading} from '../plugins/link-previews/pages';

const ROOT = path.resolve(__dirname, '..');

/** The site's languages: English at the root, Spanish under /es, each with its own sitemap and cards. */
const LOCALES = [
  {locale: 'en', prefix: ''},
  {locale: 'es', prefix: '/es'},
] as const;

export interface PreviewProblem {
  /** The page (or file) at fault. */
  where: string;
  message: string;
}

const read = (file: string): string => fs.readFileSync(file, 'utf8');

function sitemapUrls(buildDir: string, prefix: string): URL[] {
  const file = path.join(buildDir, prefix, 'sitemap.xml');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: is ${buildDir} a build of both locales?`);
  return [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc.replaceAll('&amp;', '&')),
  );
}

function pageFile(buildDir: string, page: string): string | undefined {
  const candidates = page.endsWith('/')
    ? [path.join(buildDir, page, 'index.html')]
    : [path.join(buildDir, `${page}.html`), path.join(buildDir, page, 'index.html')];
  return candidates.find((file) => fs.existsSync(file));
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every `<meta property|name=… content=…>` of a page, quoted or not, as the build minifies them. */
export function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const value = String.raw`(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`;
  const attribute = (name: string) => new RegExp(String.raw`\s${name}=${value}`, 'i');
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const key = attribute('(?:property|name)').exec(tag);
    const content = attribute('content').exec(tag);
    if (!key || !content) continue;
    const name = key[1] ?? key[2] ?? key[3];
    const text = decodeAttribute(content[1] ?? content[2] ?? content[3] ?? '');
    tags.set(name, [...(tags.get(name) ?? []), text]);
  }
  return tags;
}

interface PageCard {
  page: string;
  alt: string;
  /** The card file, relative to the build. */
  card: string;
  hash: string;
}

/** The course's name in Spanish: the navbar's title as translated in i18n/es. */
function spanishCourseName(root: string): string | undefined {
  const file = path.join(root, 'i18n/es/docusaurus-theme-classic/navbar.json');
  if (!fs.existsSync(file)) return undefined;
  return (JSON.parse(read(file)) as Record<string, {message: string}>).title?.message;
}

export function checkLinkPreviews(buildDir: string, root: string = ROOT): PreviewProblem[] {
  const problems: PreviewProblem[] = [];
  const add = (where: string, message: string) => problems.push({where, message});
  const cards = new Map<string, PageCard>();
  const used = new Set<string>();
  const hashes = new Map<string, string>();

  for (const {prefix} of LOCALES) {
    for (const url of sitemapUrls(buildDir, prefix)) {
      const page = url.pathname;
      const file = pageFile(buildDir, page);
      if (!file) {
        add(page, `is in ${prefix || '/'}sitemap.xml but the build has no HTML file for it.`);
        continue;
      }
      const html = read(file);
      const tags = metaTags(html);
      const one = (name: string): string | undefined => {
        const values = tags.get(name) ?? [];
        if (values.length > 1) add(page, `declares ${name} ${values.length} times.`);
        return values[0];
      };
      const image = one('og:image');
      if (!image) {
        add(page, 'has no og:image: plugins/link-previews did not run on it.');
        continue;
      }
      const cardsUrl = new URL(`${prefix}/${CARDS_DIR}/`, url.origin).href;
      if (!image.startsWith(cardsUrl)) {
        add(page, `og:image is ${image}, not a card of its language under ${cardsUrl}.`);
        continue;
      }
      const card = new URL(image).pathname;
      const cardFile = path.join(buildDir, card);
      if (!fs.existsSync(cardFile)) {
        add(page, `og:image ${card} is not in the build.`);
        continue;
      }
      used.add(card);
      const bytes = fs.readFileSync(cardFile);
      const size = pngSize(bytes);
      if (!size || size.width !== CARD_WIDTH || size.height !== CARD_HEIGHT) {
        add(
          page,
          `its card ${card} is ${size ? `a ${size.width}×${size.height} PNG` : 'not a PNG'}, not a ${CARD_WIDTH}×${CARD_HEIGHT} PNG.`,
        );
      }
      const expected: [string, string | undefined][] = [
        ['og:image:type', 'image/png'],
        ['og:image:width', String(CARD_WIDTH)],
        ['og:image:height', String(CARD_HEIGHT)],
        ['twitter:image', image],
        ['og:type', /^(?:\/es)?\/docs(?:\/|$)/.test(page) ? 'article' : 'website'],
      ];
      for (const [name, value] of expected) {
        const actual = one(name);
        if (actual !== value)
          add(page, `${name} is ${actual === undefined ? 'missing' : `"${actual}"`}, not "${value}".`);
      }
      const alt = one('og:image:alt') ?? '';
      const title = pageHeading(html);
      if (!alt) add(page, 'has no og:image:alt.');
      else if (title && !alt.includes(title))
        add(page, `og:image:alt ("${alt}") does not name the page's title ("${title}").`);
      if (one('twitter:image:alt') !== alt) add(page, 'twitter:image:alt differs from og:image:alt.');
      // Cards are only for services that unfurl a link: the page itself never loads one.
      const mentions = html.split(`/${CARDS_DIR}/`).length - 1;
      if (mentions !== 2)
        add(page, `mentions ${CARDS_DIR}/ ${mentions} times: only og:image and twitter:image may.`);
      let hash = hashes.get(card);
      if (!hash) {
        hash = crypto.createHash('sha256').update(bytes).digest('hex');
        hashes.set(card, hash);
      }
      if (!card.includes(`.${hash.slice(0, 8)}.`)) {
        add(
          page,
          `its card's name ${card} does not carry its content's hash (${hash.slice(0, 8)}), so caches would keep an old card.`,
        );
      }
      cards.set(page, {page, alt, card, hash});
    }
  }

  // A Spanish link previews in Spanish: not the English twin's card, and an alternative naming the Spanish course.
  const course = spanishCourseName(root);
  for (const [page, spanish] of cards) {
    if (!page.startsWith('/es/') && page !== '/es') continue;
    const english = cards.get(page.slice('/es'.length) || '/');
    if (course && !spanish.alt.includes(course)) {
      add(
        page,
        `og:image:alt ("${spanish.alt}") does not name the course as Spanish readers know it ("${course}").`,
      );
    }
    if (!english) continue;
    if (spanish.hash === english.hash) add(page, `shows the same card as its English twin ${english.page}.`);
    if (spanish.alt === english.alt)
      add(page, `has the same og:image:alt as its English twin ${english.page}.`);
  }

  for (const {prefix} of LOCALES) {
    const dir = path.join(buildDir, prefix, CARDS_DIR);
    for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      const card = `${prefix}/${CARDS_DIR}/${name}`;
      if (!used.has(card)) add(card, 'is a card no page of the sitemaps uses.');
    }
  }

  const robots = path.join(buildDir, 'robots.txt');
  if (!fs.existsSync(robots)) {
    add('/robots.txt', 'is missing: plugins/robots-txt writes it in the default locale’s build.');
  } else {
    const text = read(robots);
    const origin = sitemapUrls(buildDir, '')[0]?.origin;
    for (const {prefix} of LOCALES) {
      const sitemap = `${origin}${prefix}/sitemap.xml`;
      if (!text.split('\n').includes(`Sitemap: ${sitemap}`)) add('/robots.txt', `does not list ${sitemap}.`);
    }
    if (/^Disallow:\s*\S/m.test(text))
      add('/robots.txt', 'disallows a path: every page of the course may be crawled.');
  }
  return problems;
}

function main(): void {
  const {values} = parseArgs({options: {'build-dir': {type: 'string', default: 'build'}}});
  const buildDir = path.resolve(ROOT, values['build-dir']);
  const problems = checkLinkPreviews(buildDir);
  for (const problem of problems.slice(0, 40)) console.error(`${problem.where}  ${problem.message}`);
  if (problems.length > 40) console.error(`… and ${problems.length - 40} more`);
  if (problems.length > 0) {
    console.error(
      `\n${problems.length} problem(s) with the link previews. See plugins/link-previews/index.ts.`,
    );
    process.exit(1);
  }
  const pages = LOCALES.reduce((sum, {prefix}) => sum + sitemapUrls(buildDir, prefix).length, 0);
  console.log(
    `Link previews: every one of the ${pages} sitemap pages has its 1200×630 card, in its language; robots.txt lists both sitemaps.`,
  );
}

if (require.main === module) main();
