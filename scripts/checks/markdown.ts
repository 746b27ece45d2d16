/**
 * Small, dependency-free helpers the content checks share: positions, front matter and code fences.
 *
 * The checks read Markdown line by line instead of through a full MDX parser on purpose: a page that
 * does not compile must still get precise `file:line:col` problems, and the checks must stay fast.
 */
import {parse as parseYaml} from 'yaml';

export interface Position {
  line: number;
  col: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return {line, col: index - lineStart + 1};
}

/** The lines of a text, without their line endings (CRLF or LF). */
export function splitLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

export function isMarkdownPath(path: string): boolean {
  return /\.mdx?$/.test(path);
}

export interface FrontMatterBlock {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** 1-based line of the closing `---` (the body starts on the next line). */
  endLine: number;
}

/** The front matter block at the very top of a page, if any. */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const lines = splitLines(text);
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end === -1) return undefined;
  return {yaml: lines.slice(1, end).join('\n'), endLine: end + 1};
}

/** Parsed front matter; `{}` when there is none, `undefined` when its YAML is invalid. */
export function readFrontMatter(text: string): Record<string, unknown> | undefined {
  const block = findFrontMatter(text);
  if (!block) return {};
  try {
    const data: unknown = parseYaml(block.yaml);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return undefined;
  }
}

/** 1-based line of a top-level front matter key, or of the opening `---` (or 1) when it is absent. */
export function frontMatterKeyLine(text: string, key: string): number {
  const block = findFrontMatter(text);
  if (!block) return 1;
  const index = block.yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 2;
}

/** An inline code span: a run of backticks, content that neither starts nor ends with one, the same run. */
const INLINE_CODE = /(`+)(?:[^`]|[^`].*?[^`])\1(?!`)/g;

const FENCE = /^\s*(?:>\s*)*(`{3,}|~{3,})(.*)$/;

/**
 * For each line, whether it belongs to front matter or to a fenced code block (fence lines included).
 * Indented fences count too: in MDX a fence inside a list item or a component is still a fence.
 */
export function codeAndFrontMatterLines(text: string): boolean[] {
  const lines = splitLines(text);
  const inCode = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  const frontMatter = findFrontMatter(text);
  if (frontMatter) {
    for (let i = 0; i < frontMatter.endLine; i++) inCode[i] = true;
    start = frontMatter.endLine;
  }
  let open: {char: string; length: number} | undefined;
  for (let i = start; i < lines.length; i++) {
    const match = FENCE.exec(lines[i]);
    if (open) {
      inCode[i] = true;
      if (match && match[1][0] === open.char && match[1].length >= open.length && match[2].trim() === '') {
        open = undefined;
      }
    } else if (match && !(match[1][0] === '`' && match[2].includes('`'))) {
      inCode[i] = true;
      open = {char: match[1][0], length: match[1].length};
    }
  }
  return inCode;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * The page with front matter, fenced code, inline code and comments replaced by spaces, so that
 * offsets still map to the original lines and columns. What is left is what the page renders or loads.
 */
export function maskNonContent(text: string): string {
  const inCode = codeAndFrontMatterLines(text);
  const masked = splitLinesKeepingEnds(text)
    .map((line, i) => (inCode[i] ? blank(line) : line.replace(INLINE_CODE, blank)))
    .join('');
  return masked.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, blank);
}

function splitLinesKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
