/**
 * Every heading carries an explicit, permanent id, so links from course materials survive rewording
 * and translation (react.dev lints the same rule in `scripts/headingIdLinter.js`).
 *
 *   ## Run a command in a container {/* #run-a-command *\/}
 */
import {codeAndFrontMatterLines, isMarkdownPath, splitLines} from './markdown';
import type {Problem, SourceFile} from './types';

export interface Heading {
  /** 1-based line and column of the `#`s. */
  line: number;
  col: number;
  level: number;
  /** Heading text without the id. */
  text: string;
  /** The explicit id, whichever syntax wrote it. */
  id?: string;
  /** 1-based column where the id is written. */
  idCol?: number;
  syntax: 'mdx-comment' | 'classic' | 'none';
  /** Written as a text line underlined with `===` or `---`. */
  setext?: boolean;
}

const ATX_HEADING = /^(\s*)(#{1,6})(?=[ \t]|$)(.*)$/;
// The regexes Docusaurus itself uses (`@docusaurus/utils` parseMarkdownHeadingId), anchored at the end.
const MDX_COMMENT_ID = /\s*\{\/\*\s*#(?<id>\S*?)\s*\*\/\}\s*$/;
const CLASSIC_ID = /\s*\\?\{#(?<id>[^}]*)\}\s*$/;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A setext underline: `===` or `---` under a paragraph line makes that line a heading with no place for an id.
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const NOT_A_PARAGRAPH = /^\s*(?:$|[-*+>|<{#]|\d+[.)]\s|import\s|export\s|:::)/;

/** The Markdown headings of a page, outside front matter and fenced code. */
export function extractHeadings(text: string, path = 'page.mdx'): Heading[] {
  const lines = splitLines(text);
  const inCode = codeAndFrontMatterLines(text);
  const mdx = !path.endsWith('.md');
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (inCode[index]) return;
    const match = ATX_HEADING.exec(line);
    if (match) {
      const [, indent, hashes, rest] = match;
      // In plain Markdown four spaces of indentation make a code block, not a heading.
      if (!mdx && indent.replace(/\t/g, '    ').length > 3) return;
      const content = rest.replace(/[ \t]+#+[ \t]*$/, '');
      const heading: Heading = {
        line: index + 1,
        col: indent.length + 1,
        level: hashes.length,
        text: content.trim(),
        syntax: 'none',
      };
      for (const [syntax, regex] of [
        ['mdx-comment', MDX_COMMENT_ID],
        ['classic', CLASSIC_ID],
      ] as const) {
        const idMatch = regex.exec(content);
        if (idMatch) {
          heading.syntax = syntax;
          heading.id = idMatch.groups!.id.trim();
          heading.text = content.slice(0, idMatch.index).trim();
          heading.idCol = indent.length + hashes.length + idMatch.index + idMatch[0].search(/\S/) + 1;
          break;
        }
      }
      headings.push(heading);
      return;
    }
    const previous = index > 0 ? lines[index - 1] : '';
    if (
      SETEXT_UNDERLINE.test(line) &&
      line !== '=======' && // a merge-conflict marker, reported by its own check
      index > 0 &&
      !inCode[index - 1] &&
      !NOT_A_PARAGRAPH.test(previous) &&
      !SETEXT_UNDERLINE.test(previous)
    ) {
      headings.push({
        line: index,
        col: 1,
        level: line.trim().startsWith('=') ? 1 : 2,
        text: previous.trim(),
        syntax: 'none',
        setext: true,
      });
    }
  });
  return headings;
}

/** A page-unique, kebab-case, English id for a heading text: the suggestion in fix hints. */
export function suggestId(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/<[^>]*>|`/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}

/** Headings: explicit MDX-comment ids, kebab-case, unique in the page, and no `#` h1 in the body. */
export function checkHeadingIds(file: SourceFile): Problem[] {
  if (!isMarkdownPath(file.path)) return [];
  const problems: Problem[] = [];
  const problem = (line: number, col: number, message: string, fix: string): void => {
    problems.push({file: file.path, line, col, severity: 'error', message, fix});
  };
  const seen = new Map<string, number>();
  for (const heading of extractHeadings(file.text, file.path)) {
    const marks = '#'.repeat(Math.max(2, heading.level));
    if (heading.setext) {
      problem(
        heading.line,
        heading.col,
        `"${heading.text}" is an underlined (setext) heading, which cannot carry an id`,
        `write it as \`${marks} ${heading.text} {/* #${suggestId(heading.text)} */}\` and remove the underline`,
      );
      continue;
    }
    if (heading.level === 1) {
      problem(
        heading.line,
        heading.col,
        `"${heading.text}" is a level-1 heading in the body; the front matter \`title\` is already the page's h1`,
        'delete this line (put the text in the front matter `title`) or make it a level-2 heading `## ...` with an id',
      );
      continue;
    }
    if (heading.syntax === 'none') {
      problem(
        heading.line,
        heading.col,
        `heading "${heading.text}" has no explicit id`,
        `end it with an English kebab-case id: \`${marks} ${heading.text} {/* #${suggestId(heading.text)} */}\``,
      );
      continue;
    }
    const id = heading.id!;
    const col = heading.idCol ?? heading.col;
    if (heading.syntax === 'classic') {
      problem(
        heading.line,
        col,
        `heading "${heading.text}" uses the classic id syntax \`{#${id}}\`, which does not compile with this site's MDX`,
        `write the id as an MDX comment: \`${marks} ${heading.text} {/* #${id} */}\``,
      );
    }
    if (heading.text === '') {
      problem(
        heading.line,
        heading.col,
        `heading with id "${id}" has no text`,
        'write the heading text before the id',
      );
    }
    if (!KEBAB_CASE.test(id)) {
      problem(
        heading.line,
        col,
        `heading id "${id}" is not kebab-case (lowercase a-z, 0-9, single hyphens)`,
        `use \`{/* #${suggestId(id)} */}\`, but only if no published link uses the old id yet`,
      );
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problem(
        heading.line,
        col,
        `heading id "${id}" is already used on line ${first}; ids must be unique in a page`,
        `give this heading its own id, e.g. \`{/* #${suggestId(heading.text)} */}\``,
      );
    } else {
      seen.set(id, heading.line);
    }
  }
  return problems;
}
