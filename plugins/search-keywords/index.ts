/**
 * A course page's search keywords, in the words students type: through Docusaurus's public `markdown.
 * parseFrontMatter` hook, every doc of every edition (frozen ones included, whose files never change) gets, after the
 * keywords its front matter lists, its title's, headings' and keywords' phrasings with the synonyms of
 * `SEARCH_SYNONYMS` (src/data/searchSynonyms.ts): "Elimina un contenedor: docker rm" adds "borrar un contenedor: docker
 * rm". Docusaurus writes them into the page's `<meta name="keywords">`, which the search plugin indexes and ranks
 * above the page's body text. The page itself shows nothing more.
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {SEARCH_KEYWORDS, SEARCH_SYNONYMS} from '../../src/data/searchSynonyms';

/** Lower case, single spaces: how lunr compares words. */
export function plainWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The title and the `##`/`###` headings of an MDX page, as plain text. */
export function pagePhrases(fileContent: string, title: unknown): string[] {
  const headings = [...fileContent.matchAll(/^#{2,3}\s+(.+?)\s*(?:\{\/\*\s*#[\w-]+\s*\*\/\})?\s*$/gm)].map(
    ([, text]) => text.replace(/[`*_]/g, ''),
  );
  return [...(typeof title === 'string' ? [title] : []), ...headings];
}

/** Where a command starts in a phrase: `docker` and the words after it. */
const COMMAND = /\bdocker(?:\s|$)/;

function wholeWord(word: string): RegExp {
  const escaped = plainWords(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'u');
}

/** Each phrase again with one of its words replaced by each synonym of that word. */
export function synonymPhrasings(phrases: string[], groups: string[][]): string[] {
  const found = new Set<string>();
  for (const phrase of phrases.map(plainWords)) {
    // A command keeps its words: "docker pull" is never "docker download".
    const commandAt = phrase.search(COMMAND);
    const prose = commandAt === -1 ? phrase : phrase.slice(0, commandAt);
    const rest = phrase.slice(prose.length);
    for (const group of groups) {
      for (const word of group) {
        const pattern = wholeWord(word);
        if (!pattern.test(prose)) continue;
        for (const other of group) {
          if (other !== word) found.add(prose.replace(pattern, `$1${plainWords(other)}`) + rest);
        }
      }
    }
  }
  return [...found];
}

/** The page's language, from where its file lives: `i18n/es/…` is Spanish, everything else English. */
export function pageLocale(filePath: string): 'en' | 'es' {
  return filePath.split(path.sep).join('/').includes('/i18n/es/') ? 'es' : 'en';
}

/** The doc's path inside its edition (`hands-on/debugging`), from its slug. */
function docPath(frontMatter: Record<string, unknown>): string {
  return String(frontMatter.slug).replace(/^\/+/, '');
}

/**
 * The keywords a page's front matter lists and those `SEARCH_KEYWORDS` adds, then its title, then its phrasings in
 * the synonyms students use.
 */
export function searchKeywords(filePath: string, fileContent: string, frontMatter: Record<string, unknown>) {
  const locale = pageLocale(filePath);
  const listed = [
    ...(Array.isArray(frontMatter.keywords) ? frontMatter.keywords.map(String) : []),
    ...(SEARCH_KEYWORDS[docPath(frontMatter)]?.[locale] ?? []),
  ];
  const phrases = [...pagePhrases(fileContent, frontMatter.title), ...listed];
  // The title joins them, so that a query mixing its words with a synonym's finds the page.
  const title = typeof frontMatter.title === 'string' ? [plainWords(frontMatter.title)] : [];
  const added = [...title, ...synonymPhrasings(phrases, SEARCH_SYNONYMS[locale])];
  const seen = new Set(listed.map(plainWords));
  // Docusaurus joins keywords with commas: one inside a phrase would split it.
  return [...listed, ...added.map((phrase) => phrase.replaceAll(',', ''))].filter(
    (phrase, index) => index < listed.length || (!seen.has(phrase) && seen.add(phrase)),
  );
}

/** Docusaurus's front matter parser, with each course page's keywords completed for search. */
export const parseFrontMatterWithSearchKeywords: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  if (!/\.mdx?$/.test(params.filePath) || result.frontMatter.slug === undefined) return result;
  const keywords = searchKeywords(params.filePath, result.content, result.frontMatter);
  return keywords.length === 0 ? result : {...result, frontMatter: {...result.frontMatter, keywords}};
};
