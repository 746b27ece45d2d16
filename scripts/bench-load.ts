/**
 * A short, bounded load run: Debian's wrk against the real nginx with the shipped configuration
 * (scripts/serve-nginx.ts), on 127.0.0.1 only, for a fixed time with a few connections, for a doc page and
 * a hashed bundle, each asked for gzip as a browser does. Reports requests per second, latency percentiles
 * and errors (any response that is not 2xx, any socket error) as Markdown; fails when there is an error.
 * It serves a copy of the build precompressed as the image's is (scripts/precompress.ts), unless
 * --no-precompress asks to measure compression on the fly.
 *
 * Usage: tsx scripts/bench-load.ts [--dir build] [--duration 10] [--connections 8] [--threads 2]
 *                                  [--no-precompress] [--out file.md]
 * In code: `const results = await runLoadBench({dir: 'build'}); console.log(loadBenchMarkdown(results));`
 * Environment: WRK_BIN (default /usr/bin/wrk), and those of scripts/serve-nginx.ts.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {entryScripts} from '../plugins/first-paint-first/entry-scripts';
import {precompress} from './precompress';
import {startNginx} from './serve-nginx';

export interface LoadBenchOptions {
  /** Folder holding the production build. */
  dir?: string;
  /** Seconds per target. */
  duration?: number;
  connections?: number;
  threads?: number;
  /** Serve a precompressed copy of the build, as the image does (default true). */
  precompressed?: boolean;
}

export interface LoadResult {
  name: string;
  path: string;
  /** Size of one response body as sent (gzip). */
  bytes: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: {p50: number; p90: number; p99: number};
  /** Responses that were not 2xx (wrk counts 3xx as fine; the targets answer 200, checked before the run). */
  non2xx: number;
  socketErrors: number;
  duration: number;
  connections: number;
  threads: number;
  precompressed: boolean;
}

const WRK = process.env.WRK_BIN ?? '/usr/bin/wrk';

/** The largest English doc page (the heaviest a reader opens) and the main bundle every page loads. */
function chooseTargets(root: string): {name: string; path: string}[] {
  const sitemap = fs.readFileSync(path.join(root, 'sitemap.xml'), 'utf8');
  const docs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, loc]) => new URL(loc).pathname)
    .filter((page) => page.startsWith('/docs'))
    .map((page) => ({page, size: fs.statSync(path.join(root, `${page}.html`)).size}))
    .sort((a, b) => b.size - a.size);
  if (docs.length === 0) throw new Error(`${root}/sitemap.xml lists no doc page under /docs.`);
  const home = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  // The page preloads its entry scripts and runs them once it has painted (plugins/first-paint-first).
  const bundle = entryScripts(home).find((src) => /^\/assets\/js\/main\.[0-9a-f]+\.js$/.test(src));
  if (!bundle) throw new Error(`${root}/index.html loads no /assets/js/main.<hash>.js.`);
  return [
    {name: 'Doc page', path: docs[0].page},
    {name: 'Hashed bundle', path: bundle},
  ];
}

function milliseconds(value: string, unit: string): number {
  const factor = {us: 0.001, ms: 1, s: 1000, m: 60_000}[unit];
  if (factor === undefined) throw new Error(`Unknown latency unit "${unit}" in wrk's output.`);
  return Number(value) * factor;
}

/** Reads wrk's `--latency` report. */
export function parseWrk(
  output: string,
): Pick<LoadResult, 'requests' | 'requestsPerSecond' | 'latencyMs' | 'non2xx' | 'socketErrors'> {
  const percentile = (p: number): number => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    if (!match) throw new Error(`No ${p}% latency in wrk's output:\n${output}`);
    return milliseconds(match[1], match[2]);
  };
  const requests = /^\s*(\d+) requests in /m.exec(output);
  const perSecond = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  if (!requests || !perSecond) throw new Error(`Unexpected wrk output:\n${output}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requests: Number(requests[1]),
    requestsPerSecond: Number(perSecond[1]),
    latencyMs: {p50: percentile(50), p90: percentile(90), p99: percentile(99)},
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

function runWrk(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, args, {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`wrk ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

export async function runLoadBench({
  dir = 'build',
  duration = 10,
  connections = 8,
  threads = 2,
  precompressed = true,
}: LoadBenchOptions = {}): Promise<LoadResult[]> {
  if (!fs.existsSync(WRK)) {
    throw new Error(
      `wrk is not at ${WRK}. Install Debian's wrk (sudo apt-get install -y wrk) or set WRK_BIN.`,
    );
  }
  let served = path.resolve(dir);
  let copy: string | undefined;
  if (precompressed) {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
    fs.chmodSync(copy, 0o755);
    fs.cpSync(served, copy, {recursive: true});
    precompress(copy);
    served = copy;
  }
  // The load stays on this machine: nginx listens on the loopback interface and wrk aims at it alone.
  const nginx = await startNginx({dir: served, host: '127.0.0.1'});
  try {
    const results: LoadResult[] = [];
    for (const target of chooseTargets(nginx.root)) {
      const url = `${nginx.url}${target.path}`;
      const {status, bytes} = await probe(url);
      if (status !== 200) throw new Error(`${url} answered ${status} before the run, not 200.`);
      const output = await runWrk(
        [
          `--threads=${threads}`,
          `--connections=${connections}`,
          `--duration=${duration}s`,
          '--timeout=5s',
          '--latency',
          '--header=Accept-Encoding: gzip',
          url,
        ],
        (duration + 30) * 1000,
      );
      results.push({...target, bytes, ...parseWrk(output), duration, connections, threads, precompressed});
    }
    return results;
  } finally {
    await nginx.stop();
    if (copy) fs.rmSync(copy, {recursive: true, force: true});
  }
}

/** Status and body size on the wire of one gzip request (fetch would decompress it). */
function probe(url: string): Promise<{status: number; bytes: number}> {
  return new Promise((resolve, reject) => {
    http
      .get(url, {headers: {'accept-encoding': 'gzip'}}, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({status: response.statusCode ?? 0, bytes}));
      })
      .on('error', reject);
  });
}

export function loadBenchMarkdown(results: LoadResult[]): string {
  const first = results[0];
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number): string => `${value < 1 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return [
    '## Load (nginx, wrk)',
    '',
    `Debian's nginx with deploy/nginx.conf on 127.0.0.1, over the build ` +
      (first.precompressed ? 'precompressed as in the image' : 'compressed on the fly (no .gz files)') +
      `; wrk, ${first.threads} threads, ${first.connections} connections, ${first.duration} s per target, ` +
      "gzip accepted. Client and server share this machine's CPU.",
    '',
    '| Target | Path | Response (gzip) | Requests/s | p50 | p90 | p99 | Errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${kb(r.bytes)} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ` +
        `${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p90)} | ${ms(r.latencyMs.p99)} | ${r.non2xx + r.socketErrors} |`,
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      duration: {type: 'string', default: '10'},
      connections: {type: 'string', default: '8'},
      threads: {type: 'string', default: '2'},
      'no-precompress': {type: 'boolean', default: false},
      out: {type: 'string'},
    },
  });
  const results = await runLoadBench({
    dir: values.dir,
    duration: Number(values.duration),
    connections: Number(values.connections),
    threads: Number(values.threads),
    precompressed: !values['no-precompress'],
  });
  const markdown = loadBenchMarkdown(results);
  if (values.out) fs.writeFileSync(values.out, markdown);
  process.stdout.write(markdown);
  const failed = results.filter((r) => r.non2xx + r.socketErrors > 0);
  if (failed.length > 0) {
    console.error(
      `Errors under load: ${failed.map((r) => `${r.path} (${r.non2xx} non-2xx, ${r.socketErrors} socket)`).join(', ')}`,
    );
    process.exit(1);
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
