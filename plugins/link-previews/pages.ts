/**
 * What each page's card and tags say, in the page's language: the doc pages from the docs plugin's content (title,
 * part, edition), the other pages (the home page, search) from their built HTML's `<h1>`.
 */
import type {LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import type {CardText} from './card';

/** The plugin's interface strings, translated in i18n/<locale>/link-previews/cards.json. */
export const DEFAULT_MESSAGES = {
  edition: {
    message: 'Edition {edition}',
    description:
      'Preview card of a page (the image a link shows when pasted): the edition of the course, e.g. 1.1',
  },
  unreleasedEdition: {
    message: 'Next edition (unreleased)',
    description: 'Preview card of a page of the unreleased edition of the course (/docs/next/...)',
  },
  'alt.pageInPart': {
    message: 'Preview of “{title}” ({part}), from {course}. {edition}.',
    description:
      'Text alternative of the preview card of a page that belongs to a part of the course; {part} is Concepts, Hands-on or Reference, {edition} the edition as the card says it',
  },
  'alt.page': {
    message: 'Preview of “{title}”, from {course}. {edition}.',
    description:
      'Text alternative of the preview card of a page outside the course parts (home page, introduction, search)',
  },
} as const;

export type MessageId = keyof typeof DEFAULT_MESSAGES;
export type Messages = Record<MessageId, string>;

export function defaultMessages(): Messages {
  return Object.fromEntries(
    Object.entries(DEFAULT_MESSAGES).map(([id, {message}]) => [id, message]),
  ) as Messages;
}

/** Fills `{name}` placeholders; a placeholder without a value is an error in the translation. */
export function format(message: string, values: Record<string, string>, id: string): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) {
      throw new Error(
        `[link-previews] the message "${id}" ("${message}") uses ${placeholder}, which it is never given. ` +
          `Its placeholders are ${Object.keys(values)
            .map((key) => `{${key}}`)
            .join(', ')}: fix i18n/<locale>/link-previews/cards.json.`,
      );
    }
    return values[name];
  });
}

/** What a page's card shows and says, before it is drawn. */
export interface PagePreview {
  /** The page's route, with the locale's base URL (`/es/docs/1.1/hands-on/networks`). */
  route: string;
  /** Where the page comes from, for error messages (`@site/docs/hands-on/networks.mdx`, or the route). */
  source: string;
  /** `article` for the course's pages, `website` for the others. */
  type: 'article' | 'website';
  text: CardText;
  alt: string;
}

/** A doc page's facts, as the docs plugin loaded them in the page's language. */
export interface DocFacts {
  title: string;
  source: string;
  part?: string;
  edition: string;
}

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** The label of the top-level category (Concepts, Hands-on, Reference) that holds a doc, in any sidebar. */
function partOf(sidebars: LoadedVersion['sidebars'], docId: string): string | undefined {
  const holds = (item: SidebarItem): boolean =>
    ((item.type === 'doc' || item.type === 'ref') && item.id === docId) ||
    (item.type === 'category' &&
      ((item.link?.type === 'doc' && item.link.id === docId) || item.items.some(holds)));
  for (const sidebar of Object.values(sidebars)) {
    const category = sidebar.find((item) => item.type === 'category' && holds(item));
    if (category?.type === 'category') return category.label;
  }
  return undefined;
}

export function editionText(
  version: Pick<LoadedVersion, 'versionName' | 'label'>,
  messages: Messages,
): string {
  return version.versionName === 'current'
    ? messages.unreleasedEdition
    : format(messages.edition, {edition: version.label}, 'edition');
}

/**
 * A route as the built site spells it: the docs plugin's permalink of a doc with slug `/` ends in a slash
 * (`/docs/1.1/`), the site's route does not (`trailingSlash: false`).
 */
export const routeKey = (permalink: string): string => permalink.replace(/(.)\/$/, '$1');

/** Every doc page of every edition, by route (see routeKey). */
export function docFacts(docs: LoadedContent | undefined, messages: Messages): Map<string, DocFacts> {
  const facts = new Map<string, DocFacts>();
  for (const version of docs?.loadedVersions ?? []) {
    const edition = editionText(version, messages);
    for (const doc of version.docs) {
      facts.set(routeKey(doc.permalink), {
        title: doc.title,
        source: doc.source,
        part: partOf(version.sidebars, doc.id),
        edition,
      });
    }
  }
  return facts;
}

/** The edition that pages outside the docs (home, search) speak for: the latest released one. */
export function latestEditionText(docs: LoadedContent | undefined, messages: Messages): string {
  const latest = docs?.loadedVersions.find((version) => version.isLast) ?? docs?.loadedVersions[0];
  return latest ? editionText(latest, messages) : messages.unreleasedEdition;
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi,
    (entity, hex: string, decimal: string, name: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (decimal) return String.fromCodePoint(Number(decimal));
      return ENTITIES[name.toLowerCase()] ?? entity;
    },
  );
}

/** The text of a built page's first `<h1>`, or undefined. */
export function pageHeading(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!match) return undefined;
  const text = decodeEntities(match[1].replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

export interface SiteFacts {
  /** The course's name in the locale: the navbar's title. */
  course: string;
  /** The site's host, as the card prints it. */
  host: string;
  messages: Messages;
}

export function pagePreview(
  route: string,
  page: {title: string; source: string; part?: string; edition: string; isDoc: boolean},
  site: SiteFacts,
): PagePreview {
  const {course, host, messages} = site;
  const {title, part, edition} = page;
  const alt = part
    ? format(messages['alt.pageInPart'], {title, part, course, edition}, 'alt.pageInPart')
    : format(messages['alt.page'], {title, course, edition}, 'alt.page');
  return {
    route,
    source: page.source,
    type: page.isDoc ? 'article' : 'website',
    text: {course, title, part, edition, host},
    alt,
  };
}
