/**
 * Finds the `<Command cmd="...">` snippets of a course page, and the heading each one sits under.
 * The build plugin (plugins/command-usages) turns them into the "used in" links of the command reference;
 * `npm run check:commands` uses them to name the file and line of a snippet the catalog cannot explain.
 */

export interface CommandSnippet {
  /** The command exactly as written in the `cmd` attribute; undefined when it is not a string literal. */
  cmd?: string;
  /** 1-based line of the `<Command` tag. */
  line: number;
  /** The nearest heading above the snippet, without markup, and its explicit id. */
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

// `## Title {/* #id */}` (the MDX comment form this site uses) or `## Title {#id}`.
const HEADING = /^(#{2,6})\s+(.*?)\s*(?:\{\/\*\s*#([\w-]+)\s*\*\/\}|\{#([\w-]+)\})\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
// The cmd attribute in its string forms: "...", '...', {"..."}, {'...'} and {`...`} without ${}.
const CMD_ATTRIBUTE =
  /\bcmd\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"((?:[^"\\]|\\.)*)"\s*\}|\{\s*'((?:[^'\\]|\\.)*)'\s*\}|\{\s*`([^`$]*)`\s*\})/;

/** Removes Markdown emphasis, code ticks and links from heading text. */
export function plainHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();
}

function unescapeJs(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Every `<Command>` snippet of an MDX page, with the heading it belongs to. Fenced code is skipped. */
export function findCommandSnippets(source: string): CommandSnippet[] {
  const snippets: CommandSnippet[] = [];
  const lines = source.split('\n');
  let fence: string | undefined;
  let heading: string | undefined;
  let headingId: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence) continue;
    const headingMatch = HEADING.exec(line);
    if (headingMatch) {
      heading = plainHeading(headingMatch[2]);
      headingId = headingMatch[3] ?? headingMatch[4];
      continue;
    }
    let from = 0;
    for (;;) {
      const at = line.indexOf('<Command', from);
      if (at === -1) break;
      from = at + 1;
      const after = line[at + '<Command'.length];
      if (after !== undefined && /[\w.]/.test(after)) continue; // <CommandReference>, <Command.Foo>
      // The attributes may continue on the next lines, until the tag closes.
      let tag = line.slice(at);
      for (
        let next = index + 1;
        !/\/?>/.test(tag.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '')) && next < lines.length;
        next++
      ) {
        tag += '\n' + lines[next];
      }
      const match = CMD_ATTRIBUTE.exec(tag);
      const value = match
        ? (match[1] ??
          match[2] ??
          (match[3] !== undefined ? unescapeJs(match[3]) : undefined) ??
          (match[4] !== undefined ? unescapeJs(match[4]) : undefined) ??
          match[5])
        : undefined;
      snippets.push({cmd: value, line: index + 1, heading, headingId});
    }
  }
  return snippets;
}

/** Lines of fenced code blocks that run Docker (`docker ...` or `$ docker ...`): they belong in `<Command>`. */
export function findDockerInCodeBlocks(source: string): DockerCodeLine[] {
  const found: DockerCodeLine[] = [];
  const lines = source.split('\n');
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence && /^\s*(\$\s+)?docker(\s|$)/.test(line)) found.push({text: line.trim(), line: index + 1});
  }
  return found;
}
