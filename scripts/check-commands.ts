/**
 * Fails when a course page shows a Docker command the command catalog cannot explain.
 *
 * Every `<Command cmd="...">` of every page (English, Spanish, every edition) must parse against its
 * edition's catalog (src/data/commands.ts for the unreleased one, the frozen copy for a released one): known
 * sub-command, known flags, the right arguments. A Docker command in a fenced
 * code block fails too, because it would reach the reader without its explanation.
 *
 * Usage: tsx scripts/check-commands.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import {findCommandSnippets, findDockerInCodeBlocks, parsePage} from '../src/data/commandUsages';
import type {Catalog} from '../src/data/catalog';
import {catalogForPage, editionDataDir, editionOfPage, liveCatalog} from '../src/data/editions';
import {CommandError, parseCommand} from '../src/data/parseCommand';

export interface CommandProblem {
  /** Path relative to the site root. */
  file: string;
  line: number;
  message: string;
  fix: string;
}

const ROOT = path.resolve(__dirname, '..');

/** Checks one page's source against its edition's catalog; `file` is only used to name it in the problems. */
export function checkPageSource(
  file: string,
  source: string,
  catalog: Catalog = liveCatalog,
): CommandProblem[] {
  const edition = editionOfPage(file)?.edition;
  const problems: CommandProblem[] = [];
  let tree;
  try {
    tree = parsePage(source, file);
  } catch (error) {
    const place = error as {line?: number; reason?: string};
    return [
      {
        file,
        line: place.line ?? 1,
        message: `the page is not valid MDX: ${place.reason ?? String(error)}`,
        fix: 'correct the MDX syntax at that line (an unclosed tag, or a { } expression that is not JavaScript)',
      },
    ];
  }
  for (const snippet of findCommandSnippets(tree)) {
    if (snippet.cmd === undefined) {
      problems.push({
        file,
        line: snippet.line,
        message: '<Command> needs its cmd attribute as a plain string',
        fix: 'write it as <Command cmd="docker ps -a" /> (a quoted string, not an expression)',
      });
      continue;
    }
    try {
      parseCommand(snippet.cmd, catalog);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      problems.push({
        file,
        line: snippet.line,
        message: error.message,
        fix: edition
          ? `edition ${edition} is released and renders from the catalog frozen with it (${editionDataDir(edition)}): undo the change to this page`
          : 'correct the command, or explain the missing command or flag in src/data/commands.ts (English and Spanish)',
      });
    }
  }
  for (const code of findDockerInCodeBlocks(tree)) {
    const cmd = code.text.replace(/^\$\s+/, '');
    problems.push({
      file,
      line: code.line,
      message: `a fenced code block shows the Docker command \`${code.text}\`, which readers would get without its explanation`,
      fix: `write it as <Command cmd="${cmd.replace(/"/g, '&quot;')}" /> outside the code block`,
    });
  }
  return problems;
}

/** The course pages of every language and edition: docs/, versioned_docs/ and the translated docs. */
export function findPages(root: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) pages.push(full);
    }
  };
  walk(path.join(root, 'docs'));
  walk(path.join(root, 'versioned_docs'));
  const i18n = path.join(root, 'i18n');
  if (fs.existsSync(i18n)) {
    for (const locale of fs.readdirSync(i18n))
      walk(path.join(i18n, locale, 'docusaurus-plugin-content-docs'));
  }
  return pages.sort();
}

/** Every problem in the site at `root`. */
export function checkCommands(root: string = ROOT): CommandProblem[] {
  return findPages(root).flatMap((page) => {
    return checkPageSource(path.relative(root, page), fs.readFileSync(page, 'utf8'), catalogForPage(page));
  });
}

function main(): void {
  const problems = checkCommands();
  for (const problem of problems) {
    console.error(`${problem.file}:${problem.line}  ${problem.message}\n    → ${problem.fix}`);
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} command snippet problem(s).`);
    process.exit(1);
  }
  console.log('Command snippets: every Docker command on every page is explained by the catalog.');
}

if (require.main === module) main();
