/**
 * A scratch copy of the whole site (pages, translations, configuration, components), for tests that
 * cut editions and build without touching the working tree. node_modules is linked, not copied.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

/** Top-level entries that are build output, caches, history or test material. */
const SKIPPED = new Set(['node_modules', 'build', 'test-results', 'bench-results', 'tests']);

export function makeSiteCopy(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const [top] = path.relative(ROOT, source).split(path.sep);
      return top === '' || !(top.startsWith('.') || SKIPPED.has(top));
    },
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
