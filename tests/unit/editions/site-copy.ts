/**
 * A scratch copy of the site for tests that cut editions and build: the project's configuration,
 * components and UI translations, with the small, known-good pages of tests/fixtures/content/site
 * in place of the course pages (which people edit while the tests run). node_modules is linked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURE_SITE = path.join(ROOT, 'tests/fixtures/content/site');

/** Top-level entries that are build output, caches, history or pages to be replaced. */
const SKIPPED = new Set([
  'node_modules',
  'build',
  'docs',
  'versioned_docs',
  'versioned_sidebars',
  'versions.json',
  'test-results',
  'bench-results',
  'tests',
]);

function skip(relativePath: string): boolean {
  const [top] = relativePath.split(path.sep);
  if (top.startsWith('.') || SKIPPED.has(top)) return true;
  // The translated pages are replaced too, but their sidebar labels (current.json) are kept.
  return (
    /^i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-docs[/\\](?:current|version-[^/\\]+)(?:$|[/\\])/.test(
      relativePath,
    ) || /^i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-docs[/\\]version-[^/\\]+\.json$/.test(relativePath)
  );
}

export function makeSiteCopy(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(ROOT, source);
      return relative === '' || !skip(relative);
    },
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.cpSync(path.join(FIXTURE_SITE, 'docs'), path.join(dir, 'docs'), {recursive: true});
  fs.cpSync(
    path.join(FIXTURE_SITE, 'i18n/es/docusaurus-plugin-content-docs/current'),
    path.join(dir, 'i18n/es/docusaurus-plugin-content-docs/current'),
    {recursive: true},
  );
  return dir;
}
