/**
 * Reads the site's own source files: the content checks (scripts/checks) and the build plugins
 * (plugins/translations-with-components) both look through them. Build-time only (it reads files).
 */
import fs from 'node:fs';
import path from 'node:path';

/** A file of the site: its path relative to the site, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Files under `dir` (relative to `root`) that `accept` takes, skipping hidden folders and node_modules. */
export function walk(root: string, dir: string, accept: (relativePath: string) => boolean): string[] {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(absolute, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...walk(root, relative, accept));
    else if (entry.isFile() && accept(relative)) found.push(relative);
  }
  return found;
}

/** The files under `dir` that `accept` takes, with their text. */
export function readSourceFiles(
  root: string,
  dir: string,
  accept: (relativePath: string) => boolean,
): SourceFile[] {
  return walk(root, dir, accept).map(readFile(root));
}

/** Reads one file of the site, by its path relative to `root`. */
export function readFile(root: string): (relativePath: string) => SourceFile {
  return (relativePath) => ({
    path: relativePath,
    text: fs.readFileSync(path.join(root, relativePath), 'utf8'),
  });
}
