/**
 * `npm run bench`: how heavy and how fast the site is, against the targets of the project.
 *   1. cold build time of the whole site (both locales);
 *   2. bytes a first visit to a doc page fetches (raw and gzip), measured in Chromium;
 *   3. Lighthouse scores, mobile and desktop, for the home page and a doc page in each language;
 *   4. the same figures for a vanilla Docusaurus site with the same features (scripts/bench/reference-site.ts),
 *      the yardstick the targets are set against, measured in the same run on the same machine;
 *   5. with --every-page, mobile Lighthouse on every page of both sitemaps (about ten minutes more);
 *   6. with --ablate instead, what each speed-up is worth: the site built with each one turned off, every
 *      build measured in the same run (scripts/bench/ablation.ts; writes bench-results/ablation.md).
 * Pages are served by scripts/serve-build.ts, which compresses like a real host (`docusaurus serve` does not).
 * Writes bench-results/bench.md (and bench.json) and prints the table.
 *
 * Usage: tsx scripts/bench.ts [--out-dir build] [--generated-dir .docusaurus] [--clear-shared-cache]
 *                             [--skip-build] [--skip-lighthouse] [--skip-reference] [--runs 1]
 *                             [--doc-page /docs/concepts/images-and-containers] [--every-page]
 *                             [--ablate [--variants slim-prism,route-chunks]]
 * While others build in the same checkout, use your own folders:
 *   npm run bench -- --out-dir /tmp/build-bench --generated-dir .docusaurus-bench
 */
import {execSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../tests/e2e/chromium';
import {loadBenchMarkdown, runLoadBench} from './bench-load';
import {ablationTable, runAblation} from './bench/ablation';
import {coldBuild} from './bench/build-time';
import {measureFirstVisit} from './bench/first-visit';
import {measureOfflineCopy} from './bench/offline-copy';
import {runLighthouse} from './bench/lighthouse';
import {buildReferenceSite} from './bench/reference-site';
import {renderReport, type BenchResults, type SiteMeasures} from './bench/report';
import {releasedEditions} from '../src/data/editions';
import {startServer} from './serve-build';

const RESULTS_DIR = 'bench-results';
/** Language prefixes of the site: English at the root, Spanish under /es. */
const LOCALE_PREFIXES = ['', '/es'];

function gitCommit(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', {encoding: 'utf8'}).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', {encoding: 'utf8'}).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

/** Readers land on the latest edition's own URLs; `/docs/...` only redirects there once an edition is cut. */
function latestDocsPath(): string {
  const editions = releasedEditions(path.resolve(__dirname, '..'));
  return editions.length > 0 ? `/docs/${editions[0]}` : '/docs';
}

/**
 * Every page of the English and Spanish sitemaps, but those of the unreleased edition (`/docs/next/`), which
 * repeat the latest edition's.
 */
function everyPage(outDir: string): string[] {
  return LOCALE_PREFIXES.flatMap((prefix) => {
    const sitemap = fs.readFileSync(path.join(outDir, prefix, 'sitemap.xml'), 'utf8');
    return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map(([, loc]) => new URL(loc).pathname)
      .filter((page) => !page.startsWith(`${prefix}/docs/next/`) && page !== `${prefix}/docs/next`);
  });
}

/** The doc page to measure: the one asked for if the build has it, else the course introduction. */
function pickDocPage(outDir: string, wanted: string): string {
  if (fs.existsSync(path.join(outDir, `${wanted}.html`))) return wanted;
  console.warn(`${wanted} is not in ${outDir}; measuring /docs instead.`);
  return '/docs';
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      'out-dir': {type: 'string', default: 'build'},
      'generated-dir': {type: 'string', default: '.docusaurus'},
      'clear-shared-cache': {type: 'boolean', default: false},
      'skip-build': {type: 'boolean', default: false},
      'skip-lighthouse': {type: 'boolean', default: false},
      'doc-page': {type: 'string', default: `${latestDocsPath()}/concepts/images-and-containers`},
      'skip-load': {type: 'boolean', default: false},
      'skip-reference': {type: 'boolean', default: false},
      'every-page': {type: 'boolean', default: false},
      ablate: {type: 'boolean', default: false},
      variants: {type: 'string', default: ''},
      runs: {type: 'string', default: '1'},
    },
  });
  if (values.ablate) {
    const only = values.variants.split(',').filter(Boolean);
    await ablate(Math.max(1, Number(values.runs)), values['skip-reference'], only);
    return;
  }
  const outDir = path.resolve(values['out-dir']);
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: gitCommit(),
    machine: `${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`,
    firstVisits: [],
    lighthouse: [],
  };

  if (!values['skip-build']) {
    console.log(`Cold build into ${outDir} ...`);
    results.build = coldBuild({
      outDir,
      generatedDir: values['generated-dir'],
      clearSharedCache: values['clear-shared-cache'],
    });
    console.log(`  ${results.build.seconds.toFixed(1)} s`);
  }

  const docPage = pickDocPage(outDir, values['doc-page']);
  const runs = Math.max(1, Number(values.runs));
  Object.assign(results, await measureSite(outDir, docPage, !values['skip-lighthouse'], runs));
  results.offlineCopy = measureOfflineCopy(outDir);

  if (values['every-page']) {
    const pages = everyPage(outDir);
    console.log(`Lighthouse (mobile) on every page: ${pages.length} pages ...`);
    const server = await startServer({dir: outDir, port: 0});
    try {
      results.everyPage = await runLighthouse(
        pages.map((page) => server.url + page),
        ['mobile'],
        runs,
      );
    } finally {
      await server.stop();
    }
  }

  if (!values['skip-reference']) {
    console.log('Reference: the classic template with the same features, cold build ...');
    const reference = buildReferenceSite();
    try {
      console.log(`  ${reference.buildSeconds.toFixed(1)} s`);
      results.reference = {
        buildSeconds: reference.buildSeconds,
        ...(await measureSite(reference.outDir, reference.docPage, !values['skip-lighthouse'], runs)),
      };
    } finally {
      fs.rmSync(reference.dir, {recursive: true, force: true});
    }
  }

  let report = renderReport(results);
  if (!values['skip-load']) {
    console.log('Load run with wrk against nginx ...');
    report += `\n${loadBenchMarkdown(await runLoadBench({dir: outDir}))}\n`;
  }
  fs.mkdirSync(RESULTS_DIR, {recursive: true});
  fs.writeFileSync(path.join(RESULTS_DIR, 'bench.md'), report);
  fs.writeFileSync(path.join(RESULTS_DIR, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${report}\nWritten to ${RESULTS_DIR}/bench.md and bench.json.`);
}

/** What each speed-up is worth: one build per switch turned off, all measured in one run (bench/ablation.ts). */
async function ablate(runs: number, skipReference: boolean, only: string[]): Promise<void> {
  const latest = latestDocsPath();
  const pages = [`${latest}/hands-on/dockerize-a-flask-app`, `/es${latest}/concepts/images-and-containers`];
  const referencePages = ['/docs/intro', '/es/docs/intro'];
  // A page without code blocks, which should load no highlighter.
  const extraFirstVisitPages = [`${latest}/concepts/what-is-docker`];
  const machine = `${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}`;
  // The commit that is built, before the long measuring that follows.
  const commit = gitCommit();
  const measures = await runAblation({
    runs,
    only,
    extraFirstVisitPages,
    pages,
    referencePages,
    skipReference,
  });
  const report =
    `# What each speed-up is worth\n\n${new Date().toISOString().slice(0, 10)}, ${machine}, commit ${commit}, ` +
    `median of ${runs} interleaved round(s). Differences are against the full site, measured in the same run.\n\n` +
    `${ablationTable(measures, pages, referencePages, extraFirstVisitPages)}\n`;
  fs.mkdirSync(RESULTS_DIR, {recursive: true});
  fs.writeFileSync(path.join(RESULTS_DIR, 'ablation.md'), report);
  fs.writeFileSync(path.join(RESULTS_DIR, 'ablation.json'), JSON.stringify(measures, null, 2) + '\n');
  console.log(`\n${report}\nWritten to ${RESULTS_DIR}/ablation.md and ablation.json.`);
}

/** First-visit bytes of a doc page in each language, then Lighthouse on the home and doc pages. */
async function measureSite(
  outDir: string,
  docPage: string,
  lighthouse: boolean,
  runs: number,
): Promise<SiteMeasures> {
  const server = await startServer({dir: outDir, port: 0});
  const measured: SiteMeasures = {firstVisits: [], lighthouse: []};
  try {
    console.log(`First-visit bytes (${outDir}) ...`);
    const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
    try {
      for (const prefix of LOCALE_PREFIXES) {
        const pagePath = `${prefix}${docPage}`;
        measured.firstVisits.push({
          path: pagePath,
          bytes: await measureFirstVisit(browser, server.url + pagePath),
        });
      }
    } finally {
      await browser.close();
    }
    if (lighthouse) {
      const pages = LOCALE_PREFIXES.flatMap((prefix) => [`${prefix}/`, `${prefix}${docPage}`]);
      console.log(`Lighthouse on ${pages.join(', ')} (mobile and desktop) ...`);
      measured.lighthouse = await runLighthouse(
        pages.map((page) => server.url + page),
        ['mobile', 'desktop'],
        runs,
      );
    }
  } finally {
    await server.stop();
  }
  return measured;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
