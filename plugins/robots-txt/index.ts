/**
 * `robots.txt` at the site's root: every page may be crawled, and here are both languages' sitemaps (the sitemap
 * plugin writes one per locale, `/sitemap.xml` and `/es/sitemap.xml`, and crawlers only look for the first).
 * Written once, by the default locale's build, from the site's `url` and each locale's base URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The file's text for these sitemap URLs. */
export function robotsTxt(sitemaps: string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/** Each locale's sitemap, absolute: `https://host/sitemap.xml`, `https://host/es/sitemap.xml`. */
export function sitemapUrls(context: Pick<LoadContext, 'i18n' | 'siteConfig'>): string[] {
  const {i18n, siteConfig} = context;
  return i18n.locales.map((locale) => {
    const config = i18n.localeConfigs[locale];
    const url = config?.url ?? siteConfig.url;
    const baseUrl = config?.baseUrl ?? siteConfig.baseUrl;
    return new URL(`${baseUrl}sitemap.xml`, url).href;
  });
}

export default function robotsTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'robots-txt',
    async postBuild({outDir}) {
      if (context.i18n.currentLocale !== context.i18n.defaultLocale) return;
      await fs.promises.writeFile(path.join(outDir, 'robots.txt'), robotsTxt(sitemapUrls(context)));
    },
  };
}
