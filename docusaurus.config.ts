// This runs in Node.js: don't use client-side code here (browser APIs, JSX...).
import fs from 'node:fs';
import path from 'node:path';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {PluginOptions as SearchOptions} from '@easyops-cn/docusaurus-search-local';
import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import commandUsagesPlugin from './plugins/command-usages';
import exampleDownloadsPlugin from './plugins/example-downloads';
import linkPreviewsPlugin from './plugins/link-previews';
import offlineReadingPlugin, {type OfflineReadingOptions} from './plugins/offline-reading';
import remarkCourseData from './plugins/command-usages/remark';
import robotsTxtPlugin from './plugins/robots-txt';
import {parseFrontMatterWithSearchKeywords} from './plugins/search-keywords';
import searchStopWordsLast from './plugins/search-stop-words-last';
import translationStatusPlugin from './plugins/translation-status';
import completeHtml from './plugins/complete-html';
import type {SpeedUp} from './plugins/shared/speed-ups';
import {ssrTemplate} from './plugins/first-paint-first/ssr-template';
import hydrationInShortTasks from './plugins/hydration-in-short-tasks';
import prismWithCodeBlocks from './plugins/prism-with-code-blocks';
import routeChunks from './plugins/route-chunks';
import searchBarWithoutLunr from './plugins/search-bar-without-lunr';
import slimPrism from './plugins/slim-prism';
import translationsWithComponents, {
  type TranslationsWithComponentsOptions,
} from './plugins/translations-with-components';
import {NOT_INDEXED_SELECTORS, SEARCH_RESULT_LIMITS} from './src/data/search';

/**
 * One speed-up turned off, to measure what it is worth: `npm run bench -- --ablate` builds the site once per
 * speed-up (plugins/shared/speed-ups.ts) with SITE_ABLATE naming it.
 */
const ablated = process.env.SITE_ABLATE;
const without = (speedUp: SpeedUp): boolean => ablated === speedUp;

const speedUpPlugins: PluginConfig[] = [
  ...(without('search-bar-without-lunr') ? [] : [searchBarWithoutLunr]),
  ...(without('prism-with-code-blocks') ? [] : [prismWithCodeBlocks]),
  ...(without('slim-prism') ? [] : [slimPrism]),
  ...(without('hydration-in-short-tasks') ? [] : [hydrationInShortTasks]),
  ...(without('route-chunks') ? [] : [routeChunks]),
  // Always in the config, since it also resolves the components' `@code-translations/…` imports.
  [
    translationsWithComponents,
    {
      lazyTranslations: ['diagram', 'homepage', 'commandReference'],
      splitFromMainJs: !without('translations-with-components'),
    } satisfies TranslationsWithComponentsOptions,
  ],
  // Not a speed-up: every page's HTML complete (see the plugin).
  completeHtml,
];

/** Released course editions, newest first (written by `npm run edition:cut`). */
const editions: string[] = fs.existsSync(path.join(__dirname, 'versions.json'))
  ? (JSON.parse(fs.readFileSync(path.join(__dirname, 'versions.json'), 'utf8')) as string[])
  : [];

/** Where readers land by default: the latest edition's own permanent URLs (or the only docs, before the first). */
const latestDocsPath = editions.length > 0 ? `/docs/${editions[0]}` : '/docs';

const docsOptions = {
  path: 'docs',
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  // Teachers link to these URLs: a released edition keeps its own path for ever,
  // `/docs/...` follows the latest release and `/docs/next/...` is unreleased work.
  ...(editions.length > 0
    ? {
        lastVersion: editions[0],
        versions: {
          current: {label: 'Next', path: 'next', banner: 'unreleased'},
          ...Object.fromEntries(editions.map((edition) => [edition, {label: edition, path: edition}])),
        },
      }
    : {}),
  showLastUpdateTime: false,
  breadcrumbs: true,
  // Explains each <Command> and looks up each <Term> at build time, so pages ship no catalog or glossary.
  remarkPlugins: [remarkCourseData],
} satisfies DocsOptions;

/**
 * `/docs/...` leads to the latest edition. The edition's own pages stay at `/docs/<edition>/...`, so a link
 * written while it was the latest keeps pointing at the same text after the next edition is released.
 */
const latestEditionRedirects = {
  createRedirects(existingPath: string) {
    const latest = `/docs/${editions[0]}`;
    if (existingPath === latest || existingPath.startsWith(`${latest}/`)) {
      return `/docs${existingPath.slice(latest.length)}`;
    }
    return undefined;
  },
} satisfies RedirectOptions;

const searchOptions = {
  hashed: true,
  language: ['en', 'es'],
  indexDocs: true,
  indexBlog: false,
  indexPages: false,
  docsRouteBasePath: 'docs',
  explicitSearchResultPath: true,
  highlightSearchTermsOnTargetPage: false,
  searchResultLimits: SEARCH_RESULT_LIMITS,
  // Lessons above the pages that repeat them, and no interface text in the index (see the file).
  ignoreCssSelectors: NOT_INDEXED_SELECTORS,
  searchBarShortcutHint: true,
} satisfies SearchOptions;

const presetClassicOptions = {
  docs: docsOptions,
  blog: false,
  theme: {customCss: './src/css/custom.css'},
  sitemap: {lastmod: null, changefreq: null, priority: null},
} satisfies Preset.Options;

const themeConfig = {
  colorMode: {respectPrefersColorScheme: true},
  navbar: {
    title: 'Docker Course Notes',
    // The title is shown right beside the logo, so the logo is decorative: an empty alt keeps screen readers
    // from reading the site name twice.
    logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
    items: [
      {type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course'},
      ...(editions.length > 0 ? [{type: 'docsVersionDropdown' as const, position: 'right' as const}] : []),
      {type: 'localeDropdown', position: 'right'},
    ],
  },
  footer: {
    style: 'dark',
    links: [
      {
        title: 'Concepts',
        items: [
          {label: 'What Docker is', to: `${latestDocsPath}/concepts/what-is-docker`},
          {label: 'Images and containers', to: `${latestDocsPath}/concepts/images-and-containers`},
          {
            label: 'Containers and virtual machines',
            to: `${latestDocsPath}/concepts/containers-vs-virtual-machines`,
          },
          {label: 'Registries', to: `${latestDocsPath}/concepts/registries`},
        ],
      },
      {
        title: 'Hands-on',
        items: [
          {label: 'Your first container', to: `${latestDocsPath}/hands-on/first-container`},
          {label: 'Dockerize a Flask app', to: `${latestDocsPath}/hands-on/dockerize-a-flask-app`},
          {label: 'Docker Compose', to: `${latestDocsPath}/hands-on/docker-compose`},
          {label: 'Deploy', to: `${latestDocsPath}/hands-on/deploy`},
        ],
      },
      {
        title: 'Reference',
        items: [
          {label: 'Command cheat sheet', to: `${latestDocsPath}/reference/commands`},
          {label: 'Glossary', to: `${latestDocsPath}/reference/glossary`},
          {label: 'Search', to: '/search'},
        ],
      },
    ],
    copyright:
      'Docker Course Notes. Docker is a trademark of Docker, Inc.; this course is not affiliated with Docker, Inc.',
  },
  prism: {
    theme: prismThemes.vsLight,
    darkTheme: prismThemes.gruvboxMaterialDark,
    // Every language the course highlights: plugins/slim-prism drops the ones prism-react-renderer bundles.
    additionalLanguages: ['python', 'yaml', 'sql', 'bash', 'docker'],
  },
  docs: {sidebar: {hideable: false}},
} satisfies Preset.ThemeConfig;

const config: Config = {
  title: 'Docker Course Notes',
  tagline: 'Learn Docker from the ground up, in English and Spanish.',
  favicon: 'img/favicon.svg',
  url: 'https://docker-course-notes.example.org',
  baseUrl: '/',
  trailingSlash: false,

  future: {v4: true},
  // The entry scripts run once the page has painted (see the file).
  ...(without('first-paint-first') ? {} : {ssrTemplate: ssrTemplate()}),

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'detect',
    // Each page's search keywords also in the synonyms students type (see the file).
    parseFrontMatter: parseFrontMatterWithSearchKeywords,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en'},
      es: {label: 'Español', htmlLang: 'es'},
    },
  },

  presets: [['classic', presetClassicOptions]],
  plugins: [
    commandUsagesPlugin,
    exampleDownloadsPlugin,
    translationStatusPlugin,
    // A preview card per page and language, and the tags that show it where a link is pasted.
    linkPreviewsPlugin,
    robotsTxtPlugin,
    // Search tries a query without its stop words first (see the plugin).
    searchStopWordsLast,
    // The current edition readable offline, in both languages, and installable (plugin-pwa, configured there).
    ...(editions.length > 0
      ? [[offlineReadingPlugin, {editions} satisfies OfflineReadingOptions] satisfies PluginConfig]
      : []),
    // The diagrams' labels, the home page's text and the reference's headings load with those components.
    ...speedUpPlugins,
    ...(editions.length > 0
      ? [['@docusaurus/plugin-client-redirects', latestEditionRedirects] satisfies PluginConfig]
      : []),
  ],
  themes: [['@easyops-cn/docusaurus-search-local', searchOptions]],
  themeConfig,
};

export default config;
