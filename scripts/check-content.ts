/**
 * Content checks over every page in every language and edition (see scripts/checks/): heading ids,
 * English/Spanish twins, stale translations, merge-conflict markers, mis-decoded text, remote assets
 * and image alt text.
 *
 * Usage: tsx scripts/check-content.ts [--mode=build|test]
 *   --mode=test   (default; `npm test`, CI) a stale translation is an error
 *   --mode=build  (before `npm run build`) a stale translation is a warning: the site builds and
 *                 shows Spanish readers a notice that the English page is newer
 * Exits 1 when there is any error.
 */
import path from 'node:path';
import {formatProblem, formatSummary, runContentChecks, type CheckMode} from './checks';

function parseMode(argv: string[]): CheckMode {
  let mode: CheckMode = 'test';
  for (const arg of argv) {
    const value = /^--mode=(.*)$/.exec(arg)?.[1];
    if (value === 'build' || value === 'test') mode = value;
    else {
      console.error(`Unknown argument "${arg}". Usage: tsx scripts/check-content.ts [--mode=build|test]`);
      process.exit(2);
    }
  }
  return mode;
}

function main(): void {
  const mode = parseMode(process.argv.slice(2));
  const result = runContentChecks(path.resolve(__dirname, '..'), mode);
  for (const problem of result.problems) console.log(formatProblem(problem));
  console.log(formatSummary(result));
  process.exit(result.problems.some((problem) => problem.severity === 'error') ? 1 : 0);
}

main();
