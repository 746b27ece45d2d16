/**
 * `npm test`: every check the project has, in the order a failure is cheapest to find, then a summary.
 *
 * All steps run even when an early one fails, so one run shows every problem; steps that need the
 * production build are skipped when the build fails. Steps listed one after another with the same `together`
 * label run side by side, two at a time (the machine has two cores, and none of them keeps both busy all along),
 * each printing its output once it has finished, in the order listed; the others run alone, printing as they go.
 *
 * Usage: tsx scripts/test-all.ts [--only=step,step] [--skip=step,step]
 */
import {spawn, spawnSync} from 'node:child_process';

interface Step {
  name: string;
  what: string;
  command: string[];
  env?: Record<string, string>;
  needsBuild?: boolean;
  /** Steps next to each other with the same label run side by side (AT_ONCE at a time). */
  together?: 'static checks' | 'unit and build' | 'build checks';
}

/** How many steps of a `together` group run at once. */
const AT_ONCE = 2;

export const STEPS: Step[] = [
  {
    name: 'format',
    what: 'Prettier formatting',
    command: ['npx', 'prettier', '--check', '.'],
    together: 'static checks',
  },
  {
    name: 'lint',
    what: 'ESLint, with the Docusaurus i18n rules',
    command: ['npx', 'eslint', '.', '--max-warnings=0'],
    together: 'static checks',
  },
  {name: 'types', what: 'TypeScript types', command: ['npx', 'tsc', '--noEmit'], together: 'static checks'},
  {
    name: 'spelling',
    what: 'Spelling, English and Spanish',
    command: ['npx', 'cspell', '--no-progress', '--no-summary'],
    together: 'static checks',
  },
  {
    name: 'content',
    what: 'Heading ids, Spanish twins, stale translations, encoding, assets',
    command: ['npx', 'tsx', 'scripts/check-content.ts', '--mode=test'],
    together: 'static checks',
  },
  {
    name: 'commands',
    what: 'Commands in pages exist in the catalog',
    command: ['npx', 'tsx', 'scripts/check-commands.ts'],
    together: 'static checks',
  },
  {
    name: 'ui-translations',
    what: 'Every UI string translated',
    command: ['npx', 'tsx', 'scripts/check-ui-translations.ts'],
    together: 'static checks',
  },
  {
    name: 'unit',
    what: 'Unit tests, data schemas and course examples',
    command: ['npx', 'vitest', 'run'],
    together: 'unit and build',
  },
  {
    name: 'build',
    what: 'Production build of both locales (links and anchors)',
    command: ['npx', 'docusaurus', 'build'],
    together: 'unit and build',
  },
  {
    name: 'budget',
    what: 'The speed-up plugins still work: main.js size, no lunr or Prism in it, complete HTML',
    command: ['npx', 'tsx', 'scripts/check-budget.ts'],
    needsBuild: true,
    together: 'build checks',
  },
  {
    name: 'link-previews',
    what: 'Every sitemap page has its 1200×630 preview card, in its language; robots.txt lists both sitemaps',
    command: ['npx', 'tsx', 'scripts/check-link-previews.ts'],
    needsBuild: true,
    together: 'build checks',
  },
  {
    name: 'editions',
    what: 'Released editions as released: frozen files, URLs, anchors, page text, downloads',
    command: ['npx', 'tsx', 'scripts/check-editions.ts'],
    needsBuild: true,
    together: 'build checks',
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

interface Result {
  step: Step;
  status: 'passed' | 'FAILED' | 'skipped';
  seconds: number;
  note?: string;
}

const header = (step: Step): string => `\n━━ ${step.name}: ${step.what}\n$ ${step.command.join(' ')}`;

/** Runs one step with its output gathered, to be printed whole once it has finished. */
function runGathered(step: Step): Promise<{result: Result; output: string}> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command[0], step.command.slice(1), {
      env: {...process.env, ...step.env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = (passed: boolean, note?: string) =>
      resolve({
        result: {step, status: passed ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000},
        output: note ? `${output}${note}\n` : output,
      });
    child.on('error', (error) => done(false, `Could not start ${step.command[0]}: ${error.message}`));
    child.on('close', (code) => done(code === 0));
  });
}

/** Steps side by side, AT_ONCE at a time in the order given; each one's output is printed whole, in order. */
async function runTogether(steps: Step[]): Promise<Result[]> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const runs = steps.map(async (step) => {
    if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await runGathered(step);
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
  const results: Result[] = [];
  for (const [index, step] of steps.entries()) {
    const {result, output} = await runs[index];
    console.log(header(step));
    process.stdout.write(output);
    results.push(result);
  }
  return results;
}

/** Runs one step alone, its output printed as it comes. */
function runAlone(step: Step): Result {
  console.log(header(step));
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: {...process.env, ...step.env},
  });
  return {step, status: run.status === 0 ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000};
}

/** The steps in order, those next to each other with the same `together` label in one batch. */
function batches(steps: Step[]): Step[][] {
  const found: Step[][] = [];
  for (const step of steps) {
    const last = found.at(-1);
    if (last && step.together && last[0].together === step.together) last.push(step);
    else found.push([step]);
  }
  return found;
}

async function main(): Promise<void> {
  const only = parseList('only');
  const skip = parseList('skip') ?? new Set<string>();
  for (const name of [...(only ?? []), ...skip]) {
    if (!STEPS.some((step) => step.name === name)) {
      console.error(`Unknown step "${name}". Steps: ${STEPS.map((step) => step.name).join(', ')}`);
      process.exit(2);
    }
  }
  const results: Result[] = [];
  const wanted = STEPS.filter((step) => !((only && !only.has(step.name)) || skip.has(step.name)));
  const started = Date.now();
  let buildFailed = false;
  for (const batch of batches(wanted)) {
    const runnable = batch.filter((step) => !(step.needsBuild && buildFailed));
    for (const step of batch.filter((step) => !runnable.includes(step)))
      results.push({step, status: 'skipped', seconds: 0, note: 'the build failed'});
    const ran = runnable.length > 1 ? await runTogether(runnable) : runnable.map(runAlone);
    results.push(...ran);
    if (ran.some(({step, status}) => step.name === 'build' && status !== 'passed')) buildFailed = true;
  }
  const total = (Date.now() - started) / 1000;

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
  if (failed.length > 0) {
    console.log(
      `\n${failed.length} of ${results.length} steps did not pass (${total.toFixed(0)} s). ` +
        `Rerun one with: npm test -- --only=${failed[0].step.name}`,
    );
    process.exit(1);
  }
  console.log(`\nAll ${results.length} steps passed in ${total.toFixed(0)} s.`);
}

if (require.main === module) void main();
