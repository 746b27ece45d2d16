/**
 * Every translated page has an English twin and the reverse, per course edition, with the same slug and
 * the same heading ids in the same order: a teacher swaps `/es/` in or out of a URL, anchor included,
 * and lands on the same section.
 */
import {extractHeadings} from './heading-ids';
import {DEFAULT_LOCALE, type DocLocation, docPath, englishTwinPath, locateDoc} from './doc-paths';
import {frontMatterKeyLine, isMarkdownPath, readFrontMatter} from './markdown';
import type {Problem, SourceFile} from './types';

interface Doc extends DocLocation {
  file: SourceFile;
}

function headingIds(file: SourceFile): {id: string; line: number; col: number}[] {
  return extractHeadings(file.text, file.path)
    .filter((heading) => heading.id !== undefined && heading.level > 1)
    .map((heading) => ({id: heading.id!, line: heading.line, col: heading.idCol ?? heading.col}));
}

function compareSlugs(english: SourceFile, translation: SourceFile): Problem[] {
  const englishSlug = readFrontMatter(english.text)?.slug;
  const translatedSlug = readFrontMatter(translation.text)?.slug;
  if (englishSlug === translatedSlug) return [];
  const line = frontMatterKeyLine(translation.text, 'slug');
  const message =
    englishSlug === undefined
      ? `front matter has \`slug: ${String(translatedSlug)}\` but the English twin ${english.path} has no slug`
      : translatedSlug === undefined
        ? `front matter has no \`slug\`; the English twin ${english.path} has \`slug: ${String(englishSlug)}\``
        : `\`slug: ${String(translatedSlug)}\` differs from the English twin's \`slug: ${String(englishSlug)}\` (${english.path})`;
  const fix =
    englishSlug === undefined
      ? 'remove `slug` from this front matter: both languages must share one URL'
      : `set \`slug: ${String(englishSlug)}\`: both languages share the English URL`;
  return [{file: translation.path, line, col: 1, severity: 'error', message, fix}];
}

function compareHeadingIds(english: SourceFile, translation: SourceFile): Problem[] {
  const englishIds = headingIds(english);
  const translatedIds = headingIds(translation);
  const problems: Problem[] = [];
  const problem = (line: number, col: number, message: string, fix: string): void => {
    problems.push({file: translation.path, line, col, severity: 'error', message, fix});
  };
  const englishSet = new Set(englishIds.map((h) => h.id));
  const translatedSet = new Set(translatedIds.map((h) => h.id));
  const missing = englishIds.filter((h) => !translatedSet.has(h.id));
  const extra = translatedIds.filter((h) => !englishSet.has(h.id));

  if (missing.length === 0 && extra.length === 0) {
    // Same set: the order must match too, so the table of contents reads the same in both languages.
    const index = englishIds.findIndex((h, i) => translatedIds[i]?.id !== h.id);
    if (index !== -1) {
      const here = translatedIds[index];
      problem(
        here.line,
        here.col,
        `headings are in another order than in the English twin: heading ${index + 1} is "${here.id}" here but "${englishIds[index].id}" in ${english.path}:${englishIds[index].line}`,
        'order the sections as in the English page',
      );
    }
    return problems;
  }
  if (missing.length === extra.length) {
    // As many ids gone as new ones: most likely renamed, so name the id each one should have.
    extra.forEach((here, i) => {
      problem(
        here.line,
        here.col,
        `heading id "${here.id}" is not in the English twin; it should probably be "${missing[i].id}" (${english.path}:${missing[i].line})`,
        `write \`{/* #${missing[i].id} */}\`: heading ids are English, permanent and the same in both languages`,
      );
    });
    return problems;
  }
  for (const here of extra) {
    problem(
      here.line,
      here.col,
      `heading id "${here.id}" is not in the English twin ${english.path}`,
      'use the id of the matching English heading, or remove the section if the English page has none',
    );
  }
  for (const there of missing) {
    // Point at the section after which the missing one belongs: the translation of the English heading before it.
    const before = englishIds
      .slice(0, englishIds.indexOf(there))
      .reverse()
      .find((h) => translatedSet.has(h.id));
    const anchor = before ? translatedIds.find((h) => h.id === before.id)! : undefined;
    problem(
      anchor?.line ?? 1,
      1,
      `heading id "${there.id}" of the English twin (${english.path}:${there.line}) is missing here` +
        (anchor ? ` (it follows the section "${anchor.id}")` : ''),
      'translate that section too, with the same heading id',
    );
  }
  return problems;
}

/**
 * Pairs translations with English docs. `files` holds every doc (English and translated) of the site;
 * `locales` are the translation locales that must cover every English page.
 */
export function checkTranslationTwins(files: SourceFile[], locales: string[]): Problem[] {
  const docs: Doc[] = [];
  for (const file of files) {
    const location = isMarkdownPath(file.path) ? locateDoc(file.path) : undefined;
    if (location) docs.push({...location, file});
  }
  const byPath = new Map(docs.map((doc) => [doc.file.path, doc]));
  const problems: Problem[] = [];

  for (const doc of docs) {
    if (doc.locale === DEFAULT_LOCALE) {
      for (const locale of locales) {
        const twin = docPath({...doc, locale});
        if (!byPath.has(twin)) {
          problems.push({
            file: doc.file.path,
            line: 1,
            col: 1,
            severity: 'error',
            message: `missing translation: this page has no "${locale}" twin (${twin} does not exist)`,
            fix: `copy this page to ${twin}, translate it (same slug and heading ids), then run npm run translations:stamp -- ${twin}`,
          });
        }
      }
      continue;
    }
    const englishPath = englishTwinPath(doc);
    const english = byPath.get(englishPath);
    if (!english) {
      problems.push({
        file: doc.file.path,
        line: 1,
        col: 1,
        severity: 'error',
        message: `no English twin: ${englishPath} does not exist`,
        fix: `move this file to the same relative path as its English page, or delete it if the English page was removed`,
      });
      continue;
    }
    problems.push(...compareSlugs(english.file, doc.file), ...compareHeadingIds(english.file, doc.file));
  }
  return problems;
}
