// cspell:ignore quasis
/**
 * The one place that finds a course page's `<Command cmd="...">` snippets, the heading each sits under, and
 * the Docker lines left in fenced code blocks. It reads the page as MDX, with the parser Docusaurus itself
 * uses (remark with remark-mdx), so it sees a page exactly as the build does.
 *
 * Its users: the build plugin (plugins/command-usages) turns the snippets into the "Taught in" links of the
 * command reference; the remark plugin (plugins/command-usages/remark.ts) walks the same tree with
 * `visitCourseElements` and `stringAttribute` to explain each snippet; `npm run check:commands` names the
 * file and line of a snippet the catalog cannot explain. Build-time code: the browser only imports its types.
 */
import {escapeMarkdownHeadingIds, parseMarkdownHeadingId} from '@docusaurus/utils';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

export interface CommandSnippet {
  /** The command exactly as written in the `cmd` attribute; undefined when it is not a string literal. */
  cmd?: string;
  /** 1-based line of the `<Command` tag. */
  line: number;
  /** The nearest heading above the snippet, as plain text, and its explicit id. */
  heading?: string;
  headingId?: string;
}

export interface DockerCodeLine {
  /** The offending line, trimmed. */
  text: string;
  line: number;
}

export interface CommandUsage {
  /** URL of the page, with the heading's anchor when the snippet sits under one. */
  permalink: string;
  /** Page title, then the heading text when there is one. */
  title: string;
  heading?: string;
}

/** Global data of the plugin: per docs version, per command name (`docker run`), where it is used. */
export type CommandUsages = Record<string, Record<string, CommandUsage[]>>;

export const COMMAND_USAGES_PLUGIN = 'command-usages';

/** The parts of an MDX syntax tree (mdast with the MDX extensions) that the course reads. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  lang?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: {start: {line: number; column: number}};
}

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | {type: string; value: string; data?: {estree?: EstreeProgram}};
}

export interface EstreeProgram {
  type: 'Program';
  sourceType: 'module';
  body: {type: string; expression?: EstreeNode}[];
}

export interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** Where a JSX element of a page sits: the nearest heading above it. */
export interface Place {
  heading?: string;
  headingId?: string;
}

const HEADING_COMMENT_ID = /^\s*\/\*\s*#([\w-]+)\s*\*\/\s*$/;

/** How the docs plugin reads a page: Markdown with front matter, admonitions and GFM; MDX on top for `.mdx`. */
const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkDirective)
  .use(remarkGfm)
  .freeze();
const mdxParser = markdownParser().use(remarkMdx).freeze();

/**
 * Parses a page's source as the docs plugin does: front matter, admonitions (directives), GFM and, for
 * `.mdx` pages, MDX. `{#id}` heading ids are escaped first, as Docusaurus does before parsing.
 */
export function parsePage(source: string, file = 'page.mdx'): MdxNode {
  const processor = file.endsWith('.md') ? markdownParser : mdxParser;
  return processor.parse(escapeMarkdownHeadingIds(source)) as MdxNode;
}

/** The text of a heading, without markup, ids or expressions. */
function plainText(node: MdxNode): string {
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** A heading's plain text and its explicit id, written `{/* #id *\/}` or `{#id}`. */
export function headingPlace(node: MdxNode): Place {
  const comment = node.children
    ?.filter((child) => child.type === 'mdxTextExpression')
    .map((child) => HEADING_COMMENT_ID.exec(child.value ?? '')?.[1])
    .find(Boolean);
  const {text, id} = parseMarkdownHeadingId(plainText(node).trim());
  return {heading: text.trim(), headingId: comment ?? id};
}

/**
 * Calls `visit` for every JSX element of a page, in document order, with the heading (level 2 and below)
 * it sits under. Code blocks are not MDX, so an example of a component shown as code is never visited.
 */
export function visitCourseElements(tree: MdxNode, visit: (node: MdxNode, place: Place) => void): void {
  let place: Place = {};
  const walk = (node: MdxNode): void => {
    if (node.type === 'heading' && (node.depth ?? 1) >= 2) place = headingPlace(node);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') visit(node, place);
    node.children?.forEach(walk);
  };
  walk(tree);
}

/**
 * The value of an element's attribute when it is a string: `cmd="..."`, `cmd={'...'}` or `cmd={`...`}`.
 * Undefined when it is absent; `{expression}` for anything else, which the explanation rejects by name.
 */
export function stringAttribute(node: MdxNode, name: string): unknown {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (value === undefined || value === null || typeof value === 'string') return value ?? undefined;
  const expression = value.data?.estree?.body[0]?.expression;
  if (expression?.type === 'Literal') return expression.value;
  if (expression?.type === 'TemplateLiteral') {
    const {expressions, quasis} = expression as unknown as {
      expressions: unknown[];
      quasis: {value: {cooked: string}}[];
    };
    if (expressions.length === 0) return quasis[0].value.cooked;
  }
  return {expression: value.value};
}

/** Every `<Command>` snippet of a page, with its line and the heading it belongs to. */
export function findCommandSnippets(tree: MdxNode): CommandSnippet[] {
  const snippets: CommandSnippet[] = [];
  visitCourseElements(tree, (node, place) => {
    if (node.name !== 'Command') return;
    const cmd = stringAttribute(node, 'cmd');
    snippets.push({
      cmd: typeof cmd === 'string' ? cmd : undefined,
      line: node.position?.start.line ?? 0,
      ...place,
    });
  });
  return snippets;
}

/** Lines of fenced code blocks that run Docker (`docker ...` or `$ docker ...`): they belong in `<Command>`. */
export function findDockerInCodeBlocks(tree: MdxNode): DockerCodeLine[] {
  const found: DockerCodeLine[] = [];
  const walk = (node: MdxNode): void => {
    if (node.type === 'code' && node.position) {
      const first = node.position.start.line + 1; // the line after the opening fence
      (node.value ?? '').split('\n').forEach((text, index) => {
        if (/^\s*(\$\s+)?docker(\s|$)/.test(text)) found.push({text: text.trim(), line: first + index});
      });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}
