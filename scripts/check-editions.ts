/**
 * Fails when a released course edition is no longer exactly what was released: a frozen file was edited, a URL
 * or heading anchor no longer resolves, a page's words differ from the record, or a download changed.
 * Reads the record each cut wrote (versioned_data/version-<edition>/, see scripts/editions/record.ts) and the
 * production build.
 *
 * Usage: tsx scripts/check-editions.ts [--build-dir build]
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {editionDataDir} from '../src/data/editions';
import {
  checkBuiltEdition,
  checkFrozenFiles,
  readRecord,
  releasedEditions,
  type EditionProblem,
} from './editions/record';

const ROOT = path.resolve(__dirname, '..');

/** Every problem of every released edition of the site at `root`, against the build in `buildDir`. */
export function checkEditions(root: string, buildDir: string): EditionProblem[] {
  return releasedEditions(root).flatMap((edition) => {
    const record = readRecord(root, edition);
    if (!record) {
      return [
        {
          where: editionDataDir(edition),
          message: `edition ${edition} is in versions.json but has no record.json: it was not cut with npm run edition:cut. Restore its folder from git.`,
        },
      ];
    }
    return [...checkFrozenFiles(root, record), ...checkBuiltEdition(root, buildDir, record)];
  });
}

function main(): void {
  const {values} = parseArgs({options: {'build-dir': {type: 'string', default: 'build'}}});
  const buildDir = path.resolve(ROOT, values['build-dir']);
  const problems = checkEditions(ROOT, buildDir);
  for (const problem of problems) console.error(`${problem.where}  ${problem.message}\n`);
  const editions = releasedEditions(ROOT);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s) in released editions ${editions.join(', ')}.`);
    process.exit(1);
  }
  console.log(
    `Released editions ${editions.join(', ')}: every frozen file, URL, anchor, page text and download is as released.`,
  );
}

if (require.main === module) main();
