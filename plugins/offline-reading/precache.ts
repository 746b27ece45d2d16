/**
 * What the service worker downloads for offline reading: the current edition, in both languages.
 *
 * plugin-pwa hands workbox's `injectManifest` every page, script, style sheet, image and font of the folder it
 * is given (here the whole site, both languages). This file narrows that to what a reader of the current edition
 * needs, through workbox's own options, and makes each entry's URL the one nginx serves:
 *   - pages: the latest released edition (`/docs/<edition>/...`), the `/docs/...` pages that redirect to it,
 *     the home and search pages, in every language; never the other editions (`docs/1.0`, `docs/next`) nor the
 *     404 pages (nginx answers them with status 404, which would fail the install);
 *   - the search index of each language (it covers the latest edition only), larger than workbox's 2 MB default;
 *   - scripts and style sheets, less those that only the other editions' pages list (their pages' content);
 *   - the example project's downloads of the edition (`/examples/<edition>/...`), dotfiles included;
 *   - never the link-preview cards (`assets/cards/`): only the services that unfurl a link fetch them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {getManifest, type ManifestEntry, type ManifestTransform} from 'workbox-build';

type SizedEntry = ManifestEntry & {size: number};

export interface PrecacheFacts {
  /** The site's build folder (both languages). */
  siteOutDir: string;
  /** Each locale's folder inside it: `''` for the default locale, `'es/'`. */
  localeDirs: string[];
  /** The edition readers get offline: versions.json's first. */
  currentEdition: string;
  /** Every other edition's path under docs/, `next` included. */
  otherEditions: string[];
  /** The site's base URL, which the precache's URLs start with. */
  siteBaseUrl: string;
}

/** Larger than the biggest search index (1.9 MB, the Spanish one), with room to grow. */
export const MAXIMUM_FILE_SIZE = 6 * 1024 * 1024;

/** The 404 pages, the other editions' pages, the preview cards and every download (added back per edition). */
export function precacheIgnores({localeDirs, otherEditions}: PrecacheFacts): string[] {
  return localeDirs.flatMap((dir) => [
    `${dir}404.html`,
    ...otherEditions.flatMap((edition) => [`${dir}docs/${edition}.html`, `${dir}docs/${edition}/**`]),
    `${dir}assets/cards/**`,
    `${dir}examples/**`,
  ]);
}

/**
 * The URL nginx serves a file at (`trailingSlash: false`), absolute: `docs/x.html` is `/docs/x`,
 * `docs/index.html` is `/docs`, and a locale's home page keeps its base URL's slash (`index.html` is `/`,
 * `es/index.html` is `/es/`). Other files keep their path.
 */
export function servedUrl(file: string, localeDirs: string[], siteBaseUrl = '/'): string {
  const index = /^(?:(.*)\/)?index\.html$/.exec(file);
  if (index) {
    const dir = index[1] ?? '';
    const localeHome = localeDirs.includes(dir === '' ? '' : `${dir}/`);
    return `${siteBaseUrl}${dir}${localeHome && dir !== '' ? '/' : ''}`;
  }
  return `${siteBaseUrl}${file.endsWith('.html') ? file.slice(0, -'.html'.length) : file}`;
}

const SCRIPT_OR_STYLE = /\/(?:[\w-]+\/)?assets\/(?:js|css)\/[\w~.-]+\.(?:js|css)/g;

function htmlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The scripts and style sheets a page lists (its entry scripts, route chunks, style sheets), as site paths. */
export function listedAssets(html: string): string[] {
  return [...html.matchAll(SCRIPT_OR_STYLE)].map(([match]) => match.replace(/^\//, ''));
}

/**
 * The scripts and style sheets that only the other editions' pages list: their pages' content, which no page of
 * the current edition loads.
 */
export function otherEditionsOnlyAssets(facts: PrecacheFacts, precachedPages: string[]): Set<string> {
  const {siteOutDir, localeDirs, otherEditions} = facts;
  const listedBy = (files: string[]): Set<string> =>
    new Set(files.flatMap((file) => listedAssets(fs.readFileSync(file, 'utf8'))));
  const otherPages = localeDirs.flatMap((dir) =>
    otherEditions.flatMap((edition) => [
      ...htmlFilesUnder(path.join(siteOutDir, dir, 'docs', edition)),
      ...[path.join(siteOutDir, dir, 'docs', `${edition}.html`)].filter((file) => fs.existsSync(file)),
    ]),
  );
  const needed = listedBy(precachedPages.map((file) => path.join(siteOutDir, file)));
  return new Set([...listedBy(otherPages)].filter((asset) => !needed.has(asset)));
}

/** The example project's files of the current edition in every language, as workbox lists them. */
export async function exampleDownloads({
  siteOutDir,
  localeDirs,
  currentEdition,
}: PrecacheFacts): Promise<SizedEntry[]> {
  const patterns = localeDirs.flatMap((dir) => [
    `${dir}examples/${currentEdition}/**/*`,
    // glob leaves dotfiles out unless asked for them: `.dockerignore` is one of the downloads.
    `${dir}examples/${currentEdition}/**/.*`,
  ]);
  const {manifestEntries, warnings} = await getManifest({
    globDirectory: siteOutDir,
    globPatterns: patterns,
    maximumFileSizeToCacheInBytes: MAXIMUM_FILE_SIZE,
  });
  if (warnings.length > 0) throw new Error(`[offline-reading] ${warnings.join('\n')}`);
  return (manifestEntries ?? []).map((entry) => ({
    ...entry,
    size: fs.statSync(path.join(siteOutDir, entry.url)).size,
  }));
}

/** What the precache holds, for the build's log and its checks. */
export interface PrecacheSummary {
  urls: string[];
  files: number;
  bytes: number;
}

/**
 * The transform that gives every page its served URL, drops the other editions' scripts, adds the downloads
 * and checks that what offline reading cannot do without is there.
 */
export function precacheTransform(
  facts: PrecacheFacts,
  report: (summary: PrecacheSummary) => void,
): ManifestTransform {
  return async (entries) => {
    const pages = entries.filter((entry) => entry.url.endsWith('.html')).map((entry) => entry.url);
    const otherEditionsOnly = otherEditionsOnlyAssets(facts, pages);
    const manifest: SizedEntry[] = [
      ...entries
        .filter((entry) => !otherEditionsOnly.has(entry.url))
        .map((entry) => ({...entry, url: servedUrl(entry.url, facts.localeDirs, facts.siteBaseUrl)})),
      ...(await exampleDownloads(facts)).map((entry) => ({
        ...entry,
        url: `${facts.siteBaseUrl}${entry.url}`,
      })),
    ];
    const urls = manifest.map((entry) => entry.url);
    const required = facts.localeDirs.flatMap((dir) =>
      [dir, `${dir}search`, `${dir}search-index.json`, `${dir}docs/${facts.currentEdition}`].map(
        (url) => `${facts.siteBaseUrl}${url}`,
      ),
    );
    const missing = required.filter((url) => !urls.includes(url));
    if (missing.length > 0) {
      throw new Error(
        `[offline-reading] The offline copy would lack ${missing.join(', ')}: ` +
          'check plugins/offline-reading/precache.ts against the build (a new file name, a file over ' +
          `${MAXIMUM_FILE_SIZE} bytes).`,
      );
    }
    report({urls, files: manifest.length, bytes: manifest.reduce((sum, entry) => sum + entry.size, 0)});
    return {manifest};
  };
}
