/** Lighthouse scores (mobile and desktop presets) with Debian's Chromium. */
import net from 'node:net';
import type {Flags, Result} from 'lighthouse';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../tests/e2e/chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  url: string;
  preset: Preset;
  scores: Record<Category, number>;
  /** Core timings in milliseconds (CLS has no unit). */
  metrics: {fcp: number; lcp: number; tbt: number; cls: number; si: number};
  /** Audits that lost points outside performance, so a score below 100 says why. */
  failing: {category: Category; id: string; title: string; elements: string[]}[];
  /** Performance opportunities and diagnostics that cost time. */
  performanceHints: {id: string; title: string; display: string}[];
  /** Lighthouse's measure of the machine's speed at the time (a quiet desktop scores 1000 to 2000). */
  benchmarkIndex: number;
  /** The machine was too slow for the preset's CPU slowdown during this run (see SLOW_HOST_BENCHMARK_INDEX). */
  slowHost: boolean;
  /** How many runs the median was taken from. */
  runs: number;
  /** Runs made on a slow host and left out of the median because runs on a host at normal speed replaced them. */
  setAside: number;
}

/**
 * Lighthouse's own limit (SLOW_CPU_BENCHMARK_INDEX_THRESHOLD in core/gather/driver/environment.js): at or below
 * this benchmark index, the machine is slower than Lighthouse's default 4× CPU slowdown assumes, so a mobile run
 * emulates a slower phone than the preset means, and the Lighthouse CLI warns that the score is affected. It does
 * not apply to the desktop preset, which does not slow the CPU down.
 */
export const SLOW_HOST_BENCHMARK_INDEX = 1000;

/**
 * Not about the site: Playwright's Chromium flags turn the back/forward cache off, which Lighthouse
 * reports as "not actionable".
 */
const IGNORED_AUDITS = new Set(['bf-cache']);

/** Up to three elements an audit blames, by CSS selector, so a failure points at what to fix. */
function failingElements(audit: Result['audits'][string]): string[] {
  const details = audit.details;
  if (!details || details.type !== 'table') return [];
  const selectors = details.items
    .map((item) => item.node)
    .filter(
      (node): node is {type: 'node'; selector?: string} =>
        typeof node === 'object' && node !== null && 'type' in node && node.type === 'node',
    )
    .map((node) => node.selector ?? '')
    .filter(Boolean);
  return [...new Set(selectors)].slice(0, 3);
}

function summarize(lhr: Result, preset: Preset): LighthouseRun {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({category, id: audit.id, title: audit.title, elements: failingElements(audit)})),
  );
  const performanceHints = lhr.categories.performance.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .filter((audit) => !IGNORED_AUDITS.has(audit.id))
    .map((audit) => ({id: audit.id, title: audit.title, display: audit.displayValue ?? ''}));
  return {
    url: lhr.finalDisplayedUrl,
    preset,
    scores,
    metrics: {
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      si: numeric('speed-index'),
    },
    failing,
    performanceHints,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    slowHost: preset === 'mobile' && lhr.environment.benchmarkIndex <= SLOW_HOST_BENCHMARK_INDEX,
    runs: 1,
    setAside: 0,
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The run with the median performance score, from the runs on a host at normal speed when there are any (the
 * others are counted as set aside), else from all of them (the result is then marked as a slow-host run).
 */
export function medianRun(attempts: LighthouseRun[]): LighthouseRun {
  if (attempts.length === 0) throw new Error('medianRun needs at least one run');
  const normal = attempts.filter((run) => !run.slowHost);
  const kept = normal.length > 0 ? normal : attempts;
  const sorted = [...kept].sort((a, b) => a.scores.performance - b.scores.performance);
  // Of two middle runs, the lower one.
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    runs: kept.length,
    setAside: attempts.length - kept.length,
  };
}

/**
 * Runs Lighthouse on every url with every preset, `runs` times each, keeping the run with the median
 * performance score (performance varies from run to run on a shared machine). A mobile run made while the
 * machine was too slow for the preset (SLOW_HOST_BENCHMARK_INDEX) is repeated in a later round, up to `runs`
 * extra rounds in all. One Chromium, one run at a time: runs disturb each other.
 */
export async function runLighthouse(urls: string[], presets: Preset[], runs = 1): Promise<LighthouseRun[]> {
  // Lighthouse is an ES module only.
  const {default: lighthouse, desktopConfig} = await import('lighthouse');
  // The same Chromium as the browser tests, with a debugging port that Lighthouse drives.
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const targets = urls.flatMap((url) =>
    presets.map((preset) => ({url, preset, attempts: [] as LighthouseRun[]})),
  );
  const measured = (attempts: LighthouseRun[]): number => attempts.filter((run) => !run.slowHost).length;
  try {
    // Rounds over every page, then again: a busy minute on the machine costs one run of several pages, not
    // every run of one page, and a page whose run was set aside gets another one a round later.
    for (let round = 0; round < runs * 2; round++) {
      const pending = targets.filter(({attempts}) => measured(attempts) < runs);
      if (pending.length === 0) break;
      for (const {url, preset, attempts} of pending) {
        const flags: Flags = {port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]};
        const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url} (${preset})`);
        if (result.lhr.runtimeError) {
          throw new Error(`Lighthouse could not test ${url} (${preset}): ${result.lhr.runtimeError.message}`);
        }
        const run = summarize(result.lhr, preset);
        if (run.slowHost) {
          console.log(
            `  ${preset} ${new URL(url).pathname}: machine index ${run.benchmarkIndex} (≤ ${SLOW_HOST_BENCHMARK_INDEX}), run again later`,
          );
        }
        attempts.push(run);
      }
    }
  } finally {
    await browser.close();
  }
  return targets.map(({attempts}) => medianRun(attempts));
}
