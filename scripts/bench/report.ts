/** The benchmark's Markdown report, with each figure next to its target. */
import type {BuildResult} from './build-time';
import type {FirstVisit, KindBytes} from './first-visit';
import type {OfflineCopy} from './offline-copy';
import {SLOW_HOST_BENCHMARK_INDEX, type LighthouseRun} from './lighthouse';

export const TARGETS = {
  buildSeconds: 60,
  /** gzip JS + CSS of a first visit to a doc page, in kB (1 kB = 1000 bytes, as Chrome DevTools counts). */
  firstVisitJsCssKb: 213,
  mobilePerformance: 95,
  otherCategories: 100,
};

export interface BenchResults {
  date: string;
  commit: string;
  machine: string;
  build?: BuildResult;
  firstVisits: {path: string; bytes: FirstVisit}[];
  lighthouse: LighthouseRun[];
  /** Mobile Lighthouse on every page readers land on (`--every-page`). */
  everyPage?: LighthouseRun[];
  /** What the service worker precaches after the first visit, in the background (plugins/offline-reading). */
  offlineCopy?: OfflineCopy;
  /** The same figures for a vanilla Docusaurus site with the same features (scripts/bench/reference-site.ts). */
  reference?: SiteMeasures & {buildSeconds: number};
}

/** What is measured of one built site: first-visit bytes of a doc page per language, and Lighthouse runs. */
export type SiteMeasures = Pick<BenchResults, 'firstVisits' | 'lighthouse'>;

const SLOW_HOST_RULE =
  `A mobile run made while the machine index was ${SLOW_HOST_BENCHMARK_INDEX} or less (Lighthouse's limit for its 4× CPU slowdown) ` +
  'was made again and set aside; ⚠ marks a score that only such runs gave.';

/** The runs a result's median comes from, and how many slow-host runs were set aside. */
function runsCell(run: LighthouseRun): string {
  return `${run.runs}${run.setAside > 0 ? ` (+${run.setAside} set aside)` : ''}`;
}

/** The machine index, marked when the machine was too slow for the preset. */
function machineCell(run: LighthouseRun): string {
  return `${run.benchmarkIndex}${run.slowHost ? ' ⚠' : ''}`;
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const mark = (ok: boolean): string => (ok ? '✅' : '❌');
const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');

function bytesCells(bytes: KindBytes): string {
  return `${kb(bytes.raw)} / ${kb(bytes.transferred)}`;
}

function firstVisitTable(visits: {path: string; bytes: FirstVisit}[], withTarget: boolean): string[] {
  const target = withTarget ? ` (target ≤ ${TARGETS.firstVisitJsCssKb} kB)` : '';
  const rows = visits.map(({path, bytes}) => {
    const jsCss = (bytes.js.transferred + bytes.css.transferred) / 1000;
    const verdict = withTarget ? ` ${mark(jsCss <= TARGETS.firstVisitJsCssKb)}` : '';
    return `| \`${path}\` | ${bytes.total.requests} | ${bytesCells(bytes.html)} | ${bytesCells(bytes.css)} | ${bytesCells(bytes.js)} | ${bytesCells(bytes.other)} | ${bytesCells(bytes.total)} | ${jsCss.toFixed(1)}${verdict} |`;
  });
  return [
    `| Page | Requests | HTML | CSS | JS | Other | Total | JS + CSS gzip${target} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

function lighthouseTable(runs: LighthouseRun[], withTargets: boolean): string[] {
  const rows = runs.map((run) => {
    const {scores, metrics} = run;
    const perfOk = run.preset === 'desktop' || scores.performance >= TARGETS.mobilePerformance;
    const verdict = (ok: boolean): string => (withTargets ? ` ${mark(ok)}` : '');
    const other = (score: number): string => `${score}${verdict(score >= TARGETS.otherCategories)}`;
    const performance = `${scores.performance}${run.preset === 'mobile' ? verdict(perfOk) : ''}`;
    return `| \`${new URL(run.url).pathname}\` | ${run.preset} | ${performance} | ${other(scores.accessibility)} | ${other(scores['best-practices'])} | ${other(scores.seo)} | ${ms(metrics.fcp)} | ${ms(metrics.lcp)} | ${ms(metrics.tbt)} | ${metrics.cls.toFixed(3)} | ${machineCell(run)} | ${runsCell(run)} |`;
  });
  return [
    '| Page | Preset | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | Machine | Runs |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

export function renderReport(results: BenchResults): string {
  const lines: string[] = [
    '# Benchmark',
    '',
    `${results.date} · commit ${results.commit} · ${results.machine}`,
    '',
  ];

  lines.push('## Build', '');
  if (results.build) {
    const {seconds, locales} = results.build;
    lines.push(
      '| What | Time | Target |',
      '|---|---:|---|',
      `| Cold build, locales ${locales.join(' + ')} (\`docusaurus build\`, no cache) | ${seconds.toFixed(1)} s | < ${TARGETS.buildSeconds} s ${mark(seconds < TARGETS.buildSeconds)} |`,
    );
  } else {
    lines.push('Skipped (`--skip-build`): the figures below are for the existing build.');
  }
  lines.push('');

  lines.push(
    '## First visit to a doc page',
    '',
    'Measured in Chromium from the network events, empty cache, until the network is idle (route chunks',
    'Docusaurus prefetches included). Each cell: raw kB / transferred kB (gzip, with headers); 1 kB = 1000 bytes.',
    '',
    ...firstVisitTable(results.firstVisits, true),
    '',
    'Heaviest files on the wire (kB transferred):',
    '',
  );
  for (const {path, bytes} of results.firstVisits) {
    const files = bytes.largest.map((file) => `\`${file.path}\` ${kb(file.transferred)}`).join(', ');
    lines.push(`- \`${path}\`: ${files}`);
  }
  lines.push('');

  if (results.offlineCopy) {
    const mb = (bytes: number): string => (bytes / 1e6).toFixed(2);
    lines.push(
      '## Offline copy',
      '',
      'What the service worker downloads in the background once a first visit has registered it, so that the',
      "current edition opens offline (plugins/offline-reading); not part of the first visit's figures above.",
      'Raw MB / gzip MB (level 9, as nginx sends the precompressed files).',
      '',
      '| What | Files | Raw MB | Gzip MB |',
      '|---|---:|---:|---:|',
      ...Object.entries(results.offlineCopy).map(
        ([kind, {files, raw, gzip}]) => `| ${kind} | ${files} | ${mb(raw)} | ${mb(gzip)} |`,
      ),
      '',
    );
  }

  if (results.lighthouse.length > 0) {
    lines.push(
      '## Lighthouse',
      '',
      `Targets: performance ≥ ${TARGETS.mobilePerformance} on mobile; accessibility, best practices and SEO ${TARGETS.otherCategories}.`,
      'Served by scripts/serve-build.ts (gzip, cache headers). Performance depends on how busy the machine is:',
      "the last column is Lighthouse's speed index of the machine during the run (a quiet desktop scores 1000 to 2000).",
      `Runs per page and preset: ${results.lighthouse[0].runs}, each round over every page before the next (the median by performance is shown).`,
      SLOW_HOST_RULE,
      '',
      ...lighthouseTable(results.lighthouse, true),
    );
    const lost = results.lighthouse.filter(
      (run) => run.failing.length > 0 || run.performanceHints.length > 0,
    );
    if (lost.length > 0) {
      lines.push('', '### Where points were lost', '');
      for (const run of lost) {
        lines.push(`- \`${new URL(run.url).pathname}\` (${run.preset}):`);
        for (const audit of run.failing) {
          const where = audit.elements.map((element) => `\`${element}\``).join(', ');
          lines.push(
            `  - ${audit.category}: \`${audit.id}\` — ${audit.title}${where ? ` (at ${where})` : ''}`,
          );
        }
        for (const hint of run.performanceHints) {
          lines.push(
            `  - performance: \`${hint.id}\` — ${hint.title}${hint.display ? ` (${hint.display})` : ''}`,
          );
        }
      }
    }
    lines.push('');
  }

  if (results.everyPage && results.everyPage.length > 0) {
    const runs = results.everyPage;
    const passing = runs.filter((run) => run.scores.performance >= TARGETS.mobilePerformance).length;
    const lowest = runs.reduce((low, run) => (run.scores.performance < low.scores.performance ? run : low));
    lines.push(
      '## Mobile performance on every page',
      '',
      'Lighthouse, mobile preset, on every page of both sitemaps but those of the unreleased edition (`/docs/next/`),',
      `which repeat the latest edition's. ${passing} of ${runs.length} pages reach ${TARGETS.mobilePerformance} ${mark(passing === runs.length)};`,
      `the lowest is ${lowest.scores.performance}, \`${new URL(lowest.url).pathname}\`.`,
      SLOW_HOST_RULE,
      '',
      '| Page | Performance | FCP | LCP | TBT | CLS | Machine | Runs |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...runs.map(
        (run) =>
          `| \`${new URL(run.url).pathname}\` | ${run.scores.performance} ${mark(run.scores.performance >= TARGETS.mobilePerformance)} | ${ms(run.metrics.fcp)} | ${ms(run.metrics.lcp)} | ${ms(run.metrics.tbt)} | ${run.metrics.cls.toFixed(3)} | ${machineCell(run)} | ${runsCell(run)} |`,
      ),
      '',
    );
  }

  if (results.reference) {
    const {reference} = results;
    lines.push(
      '## Reference: a vanilla Docusaurus site with the same features',
      '',
      'The classic template from `create-docusaurus` (same Docusaurus version), with English and Spanish, the same',
      'offline search plugin and one cut edition: the site the targets above are set against, built and measured',
      "here in the same run by the same code. Its doc page is the template's short introduction.",
      '',
      `Cold build, both locales: ${reference.buildSeconds.toFixed(1)} s.`,
      '',
      ...firstVisitTable(reference.firstVisits, false),
      '',
    );
    if (reference.lighthouse.length > 0) lines.push(...lighthouseTable(reference.lighthouse, false), '');
  }
  return lines.join('\n');
}
