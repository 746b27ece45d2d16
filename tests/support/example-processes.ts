/**
 * Real processes for the example-project tests: the Flask app on Debian's python3-flask/python3-redis and a
 * throwaway redis-server, each on a free loopback port, stopped after every test that starts them.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll} from 'vitest';

export const EXAMPLE_DIR = path.resolve(__dirname, '../../examples/flask-app');
export const PYTHON = '/usr/bin/python3';
export const REDIS_SERVER = '/usr/bin/redis-server';
export const REDIS_CLI = '/usr/bin/redis-cli';
const INSTALL_HINT =
  'Install what the example app runs on: sudo apt-get install python3-flask python3-redis redis-server';

export const readExample = (name: string): string => fs.readFileSync(path.join(EXAMPLE_DIR, name), 'utf8');

/** Fails (never skips) with the install command when a system package the tests drive is missing. */
export function requireSystemPackages(): void {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} not found. ${INSTALL_HINT}`);
  const imports = spawnSync(PYTHON, ['-c', 'import flask, redis'], {encoding: 'utf8'});
  if (imports.status !== 0) {
    throw new Error(`${PYTHON} cannot import flask and redis (${imports.stderr.trim()}). ${INSTALL_HINT}`);
  }
  for (const program of [REDIS_SERVER, REDIS_CLI]) {
    if (!fs.existsSync(program)) throw new Error(`${program} not found. ${INSTALL_HINT}`);
  }
}

/** A TCP port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  child: ChildProcess;
  output: () => string;
}

const running: ChildProcess[] = [];

/** Starts a program in the example folder with a minimal environment, collecting its output. */
export function start(command: string, args: string[], env: Record<string, string> = {}): Started {
  // PYTHONDONTWRITEBYTECODE keeps __pycache__ out of examples/, which the site serves.
  const child = spawn(command, args, {
    cwd: EXAMPLE_DIR,
    env: {PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONDONTWRITEBYTECODE: '1', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  running.push(child);
  return {child, output: () => output};
}

/** Kills, by their own handles, the processes started since the last call: call it from afterEach. */
export function stopStarted(): void {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Takes a process out of stopStarted's reach, for one that lives for a whole describe block. */
export function keepRunning(started: Started): void {
  const index = running.indexOf(started.child);
  if (index >= 0) running.splice(index, 1);
}

/** Resolves with the exit code, or with the signal name when a signal ended the process. */
export function exited(child: ChildProcess, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode ?? (child.signalCode as string));
      return;
    }
    const timer = setTimeout(
      () => reject(new Error(`process ${child.pid} still running after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal as string));
    });
  });
}

/** Retries `attempt` until it resolves, failing with the process's output if it exits or time runs out. */
export async function waitFor<T>(
  what: string,
  attempt: () => Promise<T>,
  started: Started,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(
        `${what}: the process exited with code ${started.child.exitCode}. Output:\n${started.output()}`,
      );
    }
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(
    `${what}: no answer after ${timeoutMs} ms (${String(lastError)}). Output:\n${started.output()}`,
  );
}

export async function get(port: number): Promise<{status: number; body: string}> {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return {status: response.status, body: await response.text()};
}

/** Sends one inline Redis command and returns the raw reply. */
export function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(2000, () => socket.destroy(new Error('Redis did not answer')));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.endsWith('\r\n') && !/^\$\d+\r\n$/.test(reply)) socket.end();
    });
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
    socket.write(`${command}\r\n`);
  });
}

/** Resolves once something accepts TCP connections on the port (an HTTP request would count a visit). */
export function accepts(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve();
    });
    socket.on('error', reject);
  });
}

/** Starts app.py on a free port and waits until it accepts connections. */
export async function startApp(env: Record<string, string> = {}): Promise<{port: number; app: Started}> {
  const port = await freePort();
  const app = start(PYTHON, ['app.py'], {PORT: String(port), ...env});
  await waitFor('app.py', () => accepts(port), app);
  return {port, app};
}

/**
 * Starts a redis-server that keeps nothing on disk, on loopback, and waits until it answers PING: on a free port, or
 * with `args` (which name the port with `--port`), as a Compose file's `command:` gives them.
 */
export async function startRedis(args?: string[]): Promise<{port: number; redis: Started}> {
  if (args && !args.includes('--port')) throw new Error(`startRedis: ${args.join(' ')} names no --port`);
  const port = args ? Number(args[args.indexOf('--port') + 1]) : await freePort();
  const redis = start(REDIS_SERVER, [
    ...(args ?? ['--port', String(port)]),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await waitFor(
    'redis-server',
    async () => {
      const pong = await redisCommand(port, 'PING');
      if (!pong.startsWith('+PONG')) throw new Error(`unexpected reply ${JSON.stringify(pong)}`);
    },
    redis,
  );
  return {port, redis};
}

/**
 * A redis-server for the tests of the describe block that calls this: started before them, stopped after them, out
 * of stopStarted's reach in between. Returns a function that gives its port.
 */
export function redisForBlock(timeoutMs: number): () => number {
  let started: {port: number; redis: Started} | undefined;
  beforeAll(async () => {
    requireSystemPackages();
    started = await startRedis();
    keepRunning(started.redis);
  }, timeoutMs);
  afterAll(async () => {
    const redis = started?.redis;
    if (redis && redis.child.exitCode === null) {
      redis.child.kill('SIGTERM');
      await exited(redis.child, 5000);
    }
  }, timeoutMs);
  return () => {
    if (!started) throw new Error('redisForBlock: Redis has not started (its beforeAll failed)');
    return started.port;
  };
}
