/**
 * `npm test`: every check the project has, in the order a failure is cheapest to find, then a summary.
 *
 * All steps run even when an early one fails, so one run shows every problem; steps that need the
 * production build are skipped when the build fails.
 *
 * Usage: tsx scripts/test-all.ts [--only=step,step] [--skip=step,step]
 */
import {spawnSync} from 'node:child_process';

interface Step {
  name: string;
  what: string;
  command: string[];
  env?: Record<string, string>;
  needsBuild?: boolean;
}

export const STEPS: Step[] = [
  {name: 'format', what: 'Prettier formatting', command: ['npx', 'prettier', '--check', '.']},
  {
    name: 'lint',
    what: 'ESLint, with the Docusaurus i18n rules',
    command: ['npx', 'eslint', '.', '--max-warnings=0'],
  },
  {name: 'types', what: 'TypeScript types', command: ['npx', 'tsc', '--noEmit']},
  {
    name: 'spelling',
    what: 'Spelling, English and Spanish',
    command: ['npx', 'cspell', '--no-progress', '--no-summary'],
  },
  {
    name: 'content',
    what: 'Heading ids, Spanish twins, stale translations, encoding, assets',
    command: ['npx', 'tsx', 'scripts/check-content.ts', '--mode=test'],
  },
  {
    name: 'commands',
    what: 'Commands in pages exist in the catalog',
    command: ['npx', 'tsx', 'scripts/check-commands.ts'],
  },
  {
    name: 'ui-translations',
    what: 'Every UI string translated',
    command: ['npx', 'tsx', 'scripts/check-ui-translations.ts'],
  },
  {name: 'unit', what: 'Unit tests, data schemas and course examples', command: ['npx', 'vitest', 'run']},
  {
    name: 'build',
    what: 'Production build of both locales (links and anchors)',
    command: ['npx', 'docusaurus', 'build'],
  },
  {
    name: 'budget',
    what: 'The speed-up plugins still work: main.js size, no lunr or Prism in it, complete HTML',
    command: ['npx', 'tsx', 'scripts/check-budget.ts'],
    needsBuild: true,
  },
  {
    name: 'link-previews',
    what: 'Every sitemap page has its 1200×630 preview card, in its language; robots.txt lists both sitemaps',
    command: ['npx', 'tsx', 'scripts/check-link-previews.ts'],
    needsBuild: true,
  },
  {
    name: 'editions',
    what: 'Released editions as released: frozen files, URLs, anchors, page text, downloads',
    command: ['npx', 'tsx', 'scripts/check-editions.ts'],
    needsBuild: true,
  },
  {
    name: 'browser',
    what: 'Browser tests in Chromium, against nginx serving the build with the shipped configuration',
    command: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.mts'],
    env: {E2E_SERVER: 'nginx'},
    needsBuild: true,
  },
  {
    name: 'deploy',
    what: 'nginx serving configuration against the build',
    command: ['npx', 'vitest', 'run', '--config', 'vitest.deploy.config.mts'],
    needsBuild: true,
  },
];

function parseList(flag: string): Set<string> | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  return arg ? new Set(arg.slice(flag.length + 3).split(',')) : undefined;
}

function main(): void {
  const only = parseList('only');
  const skip = parseList('skip') ?? new Set<string>();
  for (const name of [...(only ?? []), ...skip]) {
    if (!STEPS.some((step) => step.name === name)) {
      console.error(`Unknown step "${name}". Steps: ${STEPS.map((step) => step.name).join(', ')}`);
      process.exit(2);
    }
  }
  const results: {step: Step; status: 'passed' | 'FAILED' | 'skipped'; seconds: number; note?: string}[] = [];
  let buildFailed = false;
  for (const step of STEPS) {
    if ((only && !only.has(step.name)) || skip.has(step.name)) continue;
    if (step.needsBuild && buildFailed) {
      results.push({step, status: 'skipped', seconds: 0, note: 'the build failed'});
      continue;
    }
    console.log(`\n━━ ${step.name}: ${step.what}\n$ ${step.command.join(' ')}`);
    const started = Date.now();
    const run = spawnSync(step.command[0], step.command.slice(1), {
      stdio: 'inherit',
      env: {...process.env, ...step.env},
    });
    const seconds = (Date.now() - started) / 1000;
    const passed = run.status === 0;
    if (step.name === 'build' && !passed) buildFailed = true;
    results.push({step, status: passed ? 'passed' : 'FAILED', seconds});
  }

  const width = Math.max(...results.map((r) => r.step.name.length));
  console.log('\n━━ Summary');
  for (const {step, status, seconds, note} of results) {
    const mark = status === 'passed' ? '✔' : status === 'FAILED' ? '✘' : '–';
    const time = status === 'skipped' ? '' : `${seconds.toFixed(1)} s`;
    console.log(
      `${mark} ${step.name.padEnd(width)}  ${status.padEnd(7)}  ${time.padStart(8)}  ${step.what}${note ? ` (${note})` : ''}`,
    );
  }
  const failed = results.filter((r) => r.status !== 'passed');
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  if (failed.length > 0) {
    console.log(
      `\n${failed.length} of ${results.length} steps did not pass (${total.toFixed(0)} s). ` +
        `Rerun one with: npm test -- --only=${failed[0].step.name}`,
    );
    process.exit(1);
  }
  console.log(`\nAll ${results.length} steps passed in ${total.toFixed(0)} s.`);
}

if (require.main === module) main();
