/**
 * Publishes a correction to a released edition, on purpose and on the record: builds the site, checks that
 * every URL, anchor and download of the edition still resolves (an erratum may change words, never take away a
 * link), then records the edition's new text and checksums and adds the reason to its errata.md.
 *
 * Usage: npm run edition:erratum -- <edition> "<what was wrong and what it says now>"
 *   e.g. npm run edition:erratum -- 1.0 "deploy: install nginx before reloading it"
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {publishErratum, releasedEditions} from './editions/record';

const ROOT = path.resolve(__dirname, '..');

function main(): void {
  const [edition, reason, ...rest] = process.argv.slice(2);
  if (!edition || !reason?.trim() || rest.length > 0) {
    console.error('Usage: npm run edition:erratum -- <edition> "<what was wrong and what it says now>"');
    process.exit(2);
  }
  if (!releasedEditions(ROOT).includes(edition)) {
    console.error(`Erratum not published: ${edition} is not a released edition (versions.json).`);
    process.exit(1);
  }
  const outDir = path.join(ROOT, 'build');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', outDir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error(`Erratum not published: the build failed (exit code ${build.status}).`);
    process.exit(1);
  }
  try {
    const written = publishErratum(ROOT, outDir, edition, reason.trim());
    console.log(
      `Erratum to edition ${edition} published. Commit:\n${written.map((file) => `  ${file}`).join('\n')}`,
    );
  } catch (error) {
    console.error(`Erratum not published: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (require.main === module) main();
