/**
 * Serve the production build with the real nginx and the configuration the image ships (deploy/nginx.conf),
 * as a non-root user would: everything nginx writes (pid, temporary folders) goes to a temporary prefix, and
 * it listens on 127.0.0.1. Used by the deploy tests and the load benchmark; also a preview of production.
 *
 * Only two files differ from the image, both written into the prefix beside a link to deploy/nginx.conf:
 * `listen-and-root.conf` (port and build folder) and `csp-hashes.conf` (generated from this build by
 * scripts/csp.ts, as the image's build stage does). `mime.types` is the local nginx's own.
 *
 * Usage: tsx scripts/serve-nginx.ts [--dir build] [--port 8080] [--host 127.0.0.1]
 * In code: `const server = await startNginx({dir: 'build'}); ...; await server.stop();`
 * Environment: NGINX_BIN (default /usr/sbin/nginx), NGINX_MIME_TYPES (default /etc/nginx/mime.types).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {collectInlineCode, cspHashesConf} from './csp';

/** The configuration the image runs, and the site rules every test exercises. */
export const NGINX_CONF = path.resolve(__dirname, '..', 'deploy', 'nginx.conf');

export interface NginxOptions {
  /** Folder holding the production build. */
  dir?: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Replaces the generated csp-hashes.conf (the CSP test serves an empty one to prove violations are caught). */
  cspHashesConf?: string;
}

export interface RunningNginx {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  host: string;
  port: number;
  /** The build folder being served (absolute). */
  root: string;
  /** The temporary prefix holding the configuration, pid and temporary folders. */
  prefix: string;
  /** What nginx wrote to stderr so far (its error log). */
  errorLog: () => string;
  stop: () => Promise<void>;
}

function nginxBinary(): string {
  const binary = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  if (!fs.existsSync(binary)) {
    throw new Error(
      `nginx is not at ${binary}. Install Debian's nginx (sudo apt-get install -y nginx) or set NGINX_BIN.`,
    );
  }
  return binary;
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const {port} = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({host, port});
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Writes the prefix nginx runs in: the shipped configuration (linked, not copied) and the two injected files. */
export function preparePrefix(root: string, host: string, port: number, cspHashes?: string): string {
  // nginx would read `$` as a variable and `"` or `\\` as quoting in the root directive.
  if (/["$\\]/.test(root))
    throw new Error(`nginx cannot serve ${root}: move the build to a path without " $ or \\.`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-site-'));
  // Worker processes run as another user when the tests run as root: let them in.
  fs.chmodSync(prefix, 0o755);
  fs.symlinkSync(NGINX_CONF, path.join(prefix, 'nginx.conf'));
  fs.symlinkSync(process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types', path.join(prefix, 'mime.types'));
  fs.writeFileSync(
    path.join(prefix, 'listen-and-root.conf'),
    `# Written by scripts/serve-nginx.ts for this run only.\nlisten ${host}:${port};\nroot "${root}";\n`,
  );
  fs.writeFileSync(path.join(prefix, 'csp-hashes.conf'), cspHashes ?? cspHashesConf(collectInlineCode(root)));
  return prefix;
}

/** The command line that runs nginx in `prefix` (in the foreground, errors on stderr). */
export function nginxArgs(prefix: string): string[] {
  return ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'];
}

export async function startNginx({
  dir = 'build',
  port = 0,
  host = '127.0.0.1',
  cspHashesConf: cspHashes,
}: NginxOptions = {}): Promise<RunningNginx> {
  const binary = nginxBinary();
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No production build in ${root} (index.html is missing). Build it first: npm run build`);
  }
  // A port found free may be taken before nginx binds it: try again with another.
  for (let attempt = 1; ; attempt++) {
    const chosenPort = port || (await freePort(host));
    const prefix = preparePrefix(root, host, chosenPort, cspHashes);
    // The access log goes to stdout, which is not read here: /dev/null rather than a pipe that fills up (or a
    // socket, which nginx cannot open as /dev/stdout).
    const child = spawn(binary, nginxArgs(prefix), {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // If this process ends without stop(), nginx goes too: SIGTERM, so its master takes the workers down.
    const killOnExit = (): void => void child.kill('SIGTERM');
    process.once('exit', killOnExit);

    const started = await waitUntilListening(child, exited, host, chosenPort);
    if (started) {
      return {
        url: `http://${host}:${chosenPort}`,
        host,
        port: chosenPort,
        root,
        prefix,
        errorLog: () => stderr,
        stop: async () => {
          process.removeListener('exit', killOnExit);
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGQUIT');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          }
          fs.rmSync(prefix, {recursive: true, force: true});
        },
      };
    }
    process.removeListener('exit', killOnExit);
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(prefix, {recursive: true, force: true});
    const portTaken = /Address already in use/.test(stderr);
    if (!portTaken || port || attempt >= 3) {
      throw new Error(`nginx did not start on ${host}:${chosenPort}:\n${stderr.trim() || '(no output)'}`);
    }
  }
}

async function waitUntilListening(
  child: ChildProcess,
  exited: Promise<number | null>,
  host: string,
  port: number,
): Promise<boolean> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !hasExited) {
    if (await canConnect(host, port)) return child.exitCode === null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      port: {type: 'string', default: '8080'},
      host: {type: 'string', default: '127.0.0.1'},
    },
  });
  const server = await startNginx({dir: values.dir, port: Number(values.port), host: values.host});
  console.log(
    `nginx serves ${server.root} at ${server.url} (English) and ${server.url}/es/ (Spanish) with deploy/nginx.conf`,
  );
  const stop = (): void => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
