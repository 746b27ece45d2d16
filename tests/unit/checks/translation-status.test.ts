import {describe, expect, it} from 'vitest';
import {readSourceHash, sourceHash} from '../../../plugins/translation-status/source-hash';
import {
  findStaleTranslations,
  type DocsVersion,
} from '../../../plugins/translation-status/stale-translations';
import {translationStatus} from '../../../plugins/translation-status/status';

describe('translationStatus', () => {
  it('compares the recorded hash with the English twin’s current hash', () => {
    expect(translationStatus('0123456789ab', '0123456789ab')).toBe('up-to-date');
    expect(translationStatus('0123456789AB', '0123456789ab')).toBe('up-to-date');
    expect(translationStatus('0123456789ab', 'ba9876543210')).toBe('stale');
    expect(translationStatus(undefined, 'ba9876543210')).toBe('unstamped');
    expect(translationStatus('', 'ba9876543210')).toBe('unstamped');
  });
});

describe('findStaleTranslations (what the plugin publishes to the notice)', () => {
  const english = '---\ntitle: Volumes\n---\n\n## Named volumes {/* #named-volumes */}\n';
  const stamped = (englishText: string): string =>
    `---\ntitle: Volúmenes\nsource_hash: '${sourceHash(englishText)}'\n---\n`;
  const files: Record<string, string> = {
    '/site/docs/volumes.mdx': english,
    '/site/docs/fresh.mdx': 'fresh English',
    '/site/docs/unstamped.mdx': 'English',
    '/site/docs/untranslated.mdx': 'English only',
    '/site/i18n/es/docusaurus-plugin-content-docs/current/volumes.mdx': stamped('an older English text'),
    '/site/i18n/es/docusaurus-plugin-content-docs/current/fresh.mdx': stamped('fresh English'),
    '/site/i18n/es/docusaurus-plugin-content-docs/current/unstamped.mdx': '---\ntitle: Sin sello\n---\n',
    '/site/versioned_docs/version-1.0/volumes.mdx': english,
    '/site/i18n/es/docusaurus-plugin-content-docs/version-1.0/volumes.mdx': stamped(english),
  };
  const version = (versionName: string, en: string, es: string, docs: DocsVersion['docs']): DocsVersion => ({
    versionName,
    contentPath: `/site/${en}`,
    contentPathLocalized: `/site/${es}`,
    docs,
  });
  const options = {
    siteDir: '/site',
    localeBaseUrl: '/es/',
    englishBaseUrl: '/',
    englishOrigin: '',
    readFile: (file: string) => files[file],
    sourceHash,
    readSourceHash,
  };
  const versions = [
    version('current', 'docs', 'i18n/es/docusaurus-plugin-content-docs/current', [
      {
        id: 'volumes',
        source: '@site/i18n/es/docusaurus-plugin-content-docs/current/volumes.mdx',
        permalink: '/es/docs/next/volumes',
      },
      {
        id: 'fresh',
        source: '@site/i18n/es/docusaurus-plugin-content-docs/current/fresh.mdx',
        permalink: '/es/docs/next/fresh',
      },
      {
        id: 'unstamped',
        source: '@site/i18n/es/docusaurus-plugin-content-docs/current/unstamped.mdx',
        permalink: '/es/docs/next/unstamped',
      },
      // Not translated yet: Docusaurus serves the English file, which is never "stale".
      {id: 'untranslated', source: '@site/docs/untranslated.mdx', permalink: '/es/docs/next/untranslated'},
    ]),
    version('1.0', 'versioned_docs/version-1.0', 'i18n/es/docusaurus-plugin-content-docs/version-1.0', [
      {
        id: 'volumes',
        source: '@site/i18n/es/docusaurus-plugin-content-docs/version-1.0/volumes.mdx',
        permalink: '/es/docs/1.0/volumes',
      },
    ]),
  ];

  it('lists only stale and unstamped translations, per version, with the English page’s URL', () => {
    expect(findStaleTranslations({...options, versions})).toEqual({
      staleDocs: {
        current: {
          volumes: {status: 'stale', englishUrl: '/docs/next/volumes'},
          unstamped: {status: 'unstamped', englishUrl: '/docs/next/unstamped'},
        },
      },
    });
  });

  it('links to the English site by full URL when it lives on another domain', () => {
    const data = findStaleTranslations({
      ...options,
      versions,
      localeBaseUrl: '/',
      englishOrigin: 'https://en.example.org',
    });
    expect(data.staleDocs.current.volumes.englishUrl).toBe('https://en.example.org/es/docs/next/volumes');
  });

  it('publishes nothing when every translation is up to date', () => {
    expect(findStaleTranslations({...options, versions: [versions[1]]})).toEqual({staleDocs: {}});
  });
});
