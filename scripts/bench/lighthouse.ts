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
  /** How many runs were made; the one with the median performance score is kept. */
  runs: number;
}

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

function summarize(lhr: Result, preset: Preset, runs: number): LighthouseRun {
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
    runs,
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
 * Runs Lighthouse on every url with every preset, `runs` times each, keeping the run with the median
 * performance score (performance varies from run to run on a shared machine). One Chromium, one run at a
 * time: runs disturb each other.
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
  // The runs of one page are spread over the whole measurement (every page once, then every page again), so a
  // busy minute on the machine costs one run of several pages, not every run of one page.
  const attempts = new Map<string, LighthouseRun[]>();
  const key = (url: string, preset: Preset): string => `${preset} ${url}`;
  try {
    for (let run = 0; run < runs; run++) {
      for (const url of urls) {
        for (const preset of presets) {
          const flags: Flags = {port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]};
          const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${url} (${preset})`);
          if (result.lhr.runtimeError) {
            throw new Error(
              `Lighthouse could not test ${url} (${preset}): ${result.lhr.runtimeError.message}`,
            );
          }
          const runsSoFar = attempts.get(key(url, preset)) ?? [];
          runsSoFar.push(summarize(result.lhr, preset, runs));
          attempts.set(key(url, preset), runsSoFar);
        }
      }
    }
  } finally {
    await browser.close();
  }
  return urls.flatMap((url) =>
    presets.map((preset) => {
      const sorted = attempts
        .get(key(url, preset))!
        .sort((a, b) => a.scores.performance - b.scores.performance);
      return sorted[Math.floor(sorted.length / 2)];
    }),
  );
}
