/**
 * `npm run bench -- --ablate`: what each speed-up is worth. Builds the site once with everything, then once per
 * speed-up plugin left out (SITE_ABLATE, read by docusaurus.config.ts); then measures every build and the
 * vanilla reference in the same run:
 *   - the first visit's JS+CSS on the wire (gzip) for an English and a Spanish doc page;
 *   - mobile Lighthouse performance and Total Blocking Time, median of interleaved rounds;
 *   - main-thread script time while one doc page loads and hydrates at 4× CPU slowdown (median of 3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {SPEED_UPS} from '../../plugins/shared/speed-ups';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../tests/e2e/chromium';
import {startServer, type RunningServer} from '../serve-build';
import {coldBuild} from './build-time';
import {measureFirstVisit} from './first-visit';
import {runLighthouse} from './lighthouse';
import {buildReferenceSite} from './reference-site';

/** Every variant: the full site, then one per piece turned off. */
export const VARIANTS: string[] = ['full', ...SPEED_UPS];

export interface VariantMeasures {
  variant: string;
  buildSeconds?: number;
  /** Gzip bytes of JS and CSS on a first visit, per page. */
  firstVisit: Record<string, number>;
  /** Mobile Lighthouse per page: performance score and TBT in ms. */
  lighthouse: Record<string, {performance: number; tbt: number}>;
  /** Main-thread script time in ms while the script page loads and hydrates at 4× CPU slowdown. */
  scriptMs: number;
}

/** Main-thread script time (Chromium's ScriptDuration) for one load and hydration of `url` at 4× slowdown. */
async function scriptTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Performance.enable');
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
  // Effects and idle work that follow hydration.
  await page.waitForTimeout(1500);
  const {metrics} = await cdp.send('Performance.getMetrics');
  await context.close();
  return Math.round((metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN) * 1000);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface AblationOptions {
  runs: number;
  /** The variants to build and measure besides the full site; all of VARIANTS when empty. */
  only: string[];
  /** Pages whose first visit is measured too, such as a page without code blocks. */
  extraFirstVisitPages: string[];
  /** The doc pages measured on this site: English, then Spanish. */
  pages: string[];
  referencePages: string[];
  skipReference: boolean;
}

export async function runAblation(options: AblationOptions): Promise<VariantMeasures[]> {
  const {runs, only, extraFirstVisitPages, pages, referencePages, skipReference} = options;
  for (const variant of only) {
    if (!VARIANTS.includes(variant)) {
      throw new Error(
        `--variants: unknown variant ${variant}. The variants: ${VARIANTS.slice(1).join(', ')}.`,
      );
    }
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ablate-'));
  const sites: {variant: string; outDir: string; pages: string[]; buildSeconds?: number}[] = [];
  try {
    for (const variant of VARIANTS.filter((v) => v === 'full' || only.length === 0 || only.includes(v))) {
      const outDir = path.join(root, variant);
      console.log(`Build without ${variant === 'full' ? 'nothing (full site)' : variant} ...`);
      const build = coldBuild({
        outDir,
        generatedDir: `.docusaurus-ablate-${variant}`,
        clearSharedCache: false,
        env: variant === 'full' ? {} : {SITE_ABLATE: variant},
      });
      fs.rmSync(`.docusaurus-ablate-${variant}`, {recursive: true, force: true});
      sites.push({variant, outDir, pages, buildSeconds: build.seconds});
    }
    let reference: ReturnType<typeof buildReferenceSite> | undefined;
    if (!skipReference) {
      console.log('Build the vanilla reference ...');
      reference = buildReferenceSite();
      sites.push({variant: 'vanilla Docusaurus', outDir: reference.outDir, pages: referencePages});
    }

    const servers: RunningServer[] = [];
    try {
      for (const site of sites) servers.push(await startServer({dir: site.outDir, port: 0}));
      const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
      const measures: VariantMeasures[] = sites.map((site) => ({
        variant: site.variant,
        buildSeconds: site.buildSeconds,
        firstVisit: {},
        lighthouse: {},
        scriptMs: NaN,
      }));
      try {
        console.log('First visits and script time at 4× CPU slowdown ...');
        const scriptRuns: number[][] = sites.map(() => []);
        for (let round = 0; round < runs; round++) {
          for (const [index, site] of sites.entries()) {
            scriptRuns[index].push(await scriptTime(browser, servers[index].url + site.pages[0]));
          }
        }
        for (const [index, site] of sites.entries()) {
          measures[index].scriptMs = median(scriptRuns[index]);
          const firstVisitPages =
            site.variant === 'vanilla Docusaurus' ? site.pages : [...site.pages, ...extraFirstVisitPages];
          for (const page of firstVisitPages) {
            const visit = await measureFirstVisit(browser, servers[index].url + page);
            measures[index].firstVisit[page] = visit.js.transferred + visit.css.transferred;
          }
        }
      } finally {
        await browser.close();
      }
      console.log(`Mobile Lighthouse, ${runs} interleaved round(s) over every build ...`);
      const urls = sites.flatMap((site, index) => site.pages.map((page) => servers[index].url + page));
      const lighthouse = await runLighthouse(urls, ['mobile'], runs);
      for (const run of lighthouse) {
        const index = servers.findIndex((server) => run.url.startsWith(server.url + '/'));
        measures[index].lighthouse[new URL(run.url).pathname] = {
          performance: run.scores.performance,
          tbt: Math.round(run.metrics.tbt),
        };
      }
      return measures;
    } finally {
      for (const server of servers) await server.stop();
      if (reference) fs.rmSync(reference.dir, {recursive: true, force: true});
    }
  } finally {
    fs.rmSync(root, {recursive: true, force: true});
  }
}

/** The table for the README: each variant against the full site, in the same run. */
export function ablationTable(
  measures: VariantMeasures[],
  pages: string[],
  referencePages: string[],
  extraFirstVisitPages: string[] = [],
): string {
  const full = measures.find((m) => m.variant === 'full')!;
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const delta = (value: number, base: number, digits = 0) => {
    const d = Number((value - base).toFixed(digits));
    return d === 0 ? '' : ` (${d > 0 ? '+' : ''}${d.toFixed(digits)})`;
  };
  const visitPages = [...pages, ...extraFirstVisitPages];
  const header =
    '| build | ' +
    visitPages.map((page) => `first visit JS+CSS gzip, kB, ${page}`).join(' | ') +
    ' | ' +
    pages.map((page) => `mobile perf / TBT ms, ${page}`).join(' | ') +
    ' | script ms at 4× CPU |';
  const rows = measures.map((m) => {
    const vanilla = m.variant === 'vanilla Docusaurus';
    const own = vanilla ? referencePages : pages;
    const visitCells = visitPages.map((page, i) => {
      const ownPage = vanilla ? referencePages[i] : page;
      const bytes = ownPage === undefined ? undefined : m.firstVisit[ownPage];
      return bytes === undefined
        ? '–'
        : `${kb(bytes)}${delta(bytes / 1000, full.firstVisit[page] / 1000, 1)}`;
    });
    const cells = [
      m.variant === 'full' ? '**full site**' : vanilla ? m.variant : `without \`${m.variant}\``,
      ...visitCells,
      ...own.map((page, i) => {
        const run = m.lighthouse[page];
        const base = full.lighthouse[pages[i]];
        return run
          ? `${run.performance}${delta(run.performance, base.performance)} / ${run.tbt}${delta(run.tbt, base.tbt)}`
          : '–';
      }),
      `${m.scriptMs}${delta(m.scriptMs, full.scriptMs)}`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, `|${' --- |'.repeat(2 + visitPages.length + pages.length)}`, ...rows].join('\n');
}
