/**
 * Where docs live, per language and per course edition, and how a translation finds its English twin:
 *
 *   English                             Translation (e.g. Spanish)
 *   docs/<page>                         i18n/es/docusaurus-plugin-content-docs/current/<page>
 *   versioned_docs/version-1.0/<page>   i18n/es/docusaurus-plugin-content-docs/version-1.0/<page>
 */
export const DEFAULT_LOCALE = 'en';
export const CURRENT_VERSION = 'current';

export interface DocLocation {
  /** `en` for the English source, else the translation's locale. */
  locale: string;
  /** `current` for the unreleased docs, else the edition name (`1.0`). */
  version: string;
  /** Path inside the version's docs folder, e.g. `hands-on/volumes.mdx`. */
  relativePath: string;
}

const PATTERNS: {regex: RegExp; locale?: string}[] = [
  {regex: /^docs\/(?<relativePath>.+)$/, locale: DEFAULT_LOCALE},
  {regex: /^versioned_docs\/version-(?<version>[^/]+)\/(?<relativePath>.+)$/, locale: DEFAULT_LOCALE},
  {regex: /^i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-docs\/current\/(?<relativePath>.+)$/},
  {
    regex:
      /^i18n\/(?<locale>[^/]+)\/docusaurus-plugin-content-docs\/version-(?<version>[^/]+)\/(?<relativePath>.+)$/,
  },
];

/** Which language and edition a repository-relative doc path belongs to; `undefined` for other files. */
export function locateDoc(path: string): DocLocation | undefined {
  for (const {regex, locale} of PATTERNS) {
    const groups = regex.exec(path)?.groups;
    if (groups) {
      return {
        locale: locale ?? groups.locale,
        version: groups.version ?? CURRENT_VERSION,
        relativePath: groups.relativePath,
      };
    }
  }
  return undefined;
}

/** Repository-relative path of a doc in a given language and edition. */
export function docPath({locale, version, relativePath}: DocLocation): string {
  if (locale === DEFAULT_LOCALE) {
    return version === CURRENT_VERSION
      ? `docs/${relativePath}`
      : `versioned_docs/version-${version}/${relativePath}`;
  }
  const folder = version === CURRENT_VERSION ? 'current' : `version-${version}`;
  return `i18n/${locale}/docusaurus-plugin-content-docs/${folder}/${relativePath}`;
}

/** The English doc a translation translates. */
export function englishTwinPath(translation: DocLocation): string {
  return docPath({...translation, locale: DEFAULT_LOCALE});
}
