/**
 * The tags that make a link show its card: Open Graph (read by chat apps, learning platforms, Facebook, LinkedIn)
 * and their Twitter/X twins. Docusaurus already writes the title, description, URL and `twitter:card`; these add
 * the image, its size and text alternative, and the kind of page. They go into the built HTML, so no page loads
 * or ships anything more: a card is fetched only by the service that unfurls the link.
 */
import {CARD_HEIGHT, CARD_WIDTH} from './card';

export interface PreviewTags {
  /** The card's absolute URL. */
  image: string;
  alt: string;
  type: 'article' | 'website';
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function previewTagsHtml({image, alt, type}: PreviewTags): string {
  const tags: [string, string, string][] = [
    ['property', 'og:type', type],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(CARD_WIDTH)],
    ['property', 'og:image:height', String(CARD_HEIGHT)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  return tags
    .map(([kind, name, content]) => `<meta ${kind}="${name}" content="${escapeAttribute(content)}">`)
    .join('');
}

/** A tag these would duplicate: a page that sets its own image (front matter `image`, `themeConfig.image`). */
const OWN_TAGS = /<meta\b[^>]*\b(?:property|name)=["']?(og:image|og:type|twitter:image)["'\s/>]/i;

/** The page's HTML with the tags at the end of its `<head>`; throws naming the page when that cannot be done. */
export function withPreviewTags(html: string, tags: PreviewTags, page: string): string {
  const own = OWN_TAGS.exec(html);
  if (own) {
    throw new Error(
      `[link-previews] ${page} already declares ${own[1]}: every page gets its preview card from ` +
        'plugins/link-previews. Remove the `image` front matter or `themeConfig.image` that set it.',
    );
  }
  const end = html.indexOf('</head>');
  if (end < 0 || html.indexOf('</head>', end + 1) >= 0) {
    throw new Error(
      `[link-previews] ${page}: the built HTML does not have exactly one </head> to add its tags to.`,
    );
  }
  return html.slice(0, end) + previewTagsHtml(tags) + html.slice(end);
}
