import {describe, expect, it} from 'vitest';
import {previewTagsHtml, withPreviewTags} from '../../../plugins/link-previews/meta-tags';
import {format, pageHeading} from '../../../plugins/link-previews/pages';
import {robotsTxt, sitemapUrls} from '../../../plugins/robots-txt';
import {metaTags} from '../../../scripts/check-link-previews';
import type {LoadContext} from '@docusaurus/types';

const tags = {
  image: 'https://site.example/assets/cards/x.1a2b3c4d.png',
  alt: 'A “quoted” <title> & more',
  type: 'article',
} as const;

describe('preview tags', () => {
  it('go at the end of the head, with their attributes escaped', () => {
    const html = withPreviewTags('<html><head><title>t</title></head><body></body></html>', tags, '/docs/x');
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('</head>'));
    const parsed = metaTags(html);
    expect(parsed.get('og:image:alt')).toEqual([tags.alt]);
    expect(parsed.get('twitter:image')).toEqual([tags.image]);
    expect(previewTagsHtml(tags)).not.toContain('<title>');
  });

  it('refuse a page that sets its own image, naming it', () => {
    const html = '<html><head><meta data-rh=true property=og:image content=/img/x.png /></head></html>';
    expect(() => withPreviewTags(html, tags, '/docs/x')).toThrow(/\/docs\/x already declares og:image/);
  });

  it('refuse HTML without one </head>', () => {
    expect(() => withPreviewTags('<html><body></body></html>', tags, '/docs/x')).toThrow(
      /exactly one <\/head>/,
    );
  });
});

describe('page texts', () => {
  it('read the first heading of a built page, entities decoded and tags dropped', () => {
    expect(
      pageHeading('<h1 class="hero">Learn Docker, <em>one step</em> at a time &amp; more&#x27;s</h1>'),
    ).toBe("Learn Docker, one step at a time & more's");
    expect(pageHeading('<h2>No h1</h2>')).toBeUndefined();
  });

  it('refuse a translation that uses a placeholder it is never given', () => {
    expect(() => format('Edición {version}', {edition: '1.1'}, 'edition')).toThrow(
      /"edition" .* uses \{version\}.*\{edition\}/,
    );
  });
});

describe('robots.txt', () => {
  it('allows everything and lists each locale’s sitemap', () => {
    const context = {
      siteConfig: {url: 'https://site.example', baseUrl: '/'},
      i18n: {
        locales: ['en', 'es'],
        localeConfigs: {
          en: {url: 'https://site.example', baseUrl: '/'},
          es: {url: 'https://site.example', baseUrl: '/es/'},
        },
      },
    } as unknown as LoadContext;
    expect(robotsTxt(sitemapUrls(context))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://site.example/sitemap.xml\nSitemap: https://site.example/es/sitemap.xml\n',
    );
  });
});
