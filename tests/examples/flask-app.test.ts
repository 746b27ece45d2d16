/**
 * The course's example project (examples/flask-app) really works:
 * the app answers HTTP, counts visits in a real Redis server, stops cleanly on the signal the
 * Dockerfile's STOPSIGNAL names, the Dockerfile passes a linter and the Compose file validates
 * against the Compose specification.
 *
 * The app runs on Debian's Python packages, not in a container: what this proves is the code,
 * the pinned behaviour the pages describe, and that the Docker files are well formed.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {composeSchemaErrors, dclintMessages, dockerfileProblems, instructions} from '../support/docker-files';

const EXAMPLE_DIR = path.resolve(__dirname, '../../examples/flask-app');
const PYTHON = '/usr/bin/python3';
const REDIS_SERVER = '/usr/bin/redis-server';
const INSTALL_HINT =
  'Install what the example app runs on: sudo apt-get install python3-flask python3-redis redis-server';

const read = (name: string): string => fs.readFileSync(path.join(EXAMPLE_DIR, name), 'utf8');

/** Fails (never skips) with the install command when a system package the tests drive is missing. */
function requireSystemPackages(): void {
  if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} not found. ${INSTALL_HINT}`);
  const imports = spawnSync(PYTHON, ['-c', 'import flask, redis'], {encoding: 'utf8'});
  if (imports.status !== 0) {
    throw new Error(`${PYTHON} cannot import flask and redis (${imports.stderr.trim()}). ${INSTALL_HINT}`);
  }
  if (!fs.existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found. ${INSTALL_HINT}`);
}

/** A TCP port nobody listens on right now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

const running: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string> = {}): Started {
  // PYTHONDONTWRITEBYTECODE keeps __pycache__ out of static/, which the site serves.
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

/** Resolves with the exit code, or with the signal name when a signal ended the process. */
function exited(child: ChildProcess, timeoutMs: number): Promise<number | string> {
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

async function waitFor<T>(
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

async function get(port: number): Promise<{status: number; body: string}> {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  return {status: response.status, body: await response.text()};
}

/** Sends one inline Redis command and returns the raw reply. */
function redisCommand(port: number, command: string): Promise<string> {
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
function accepts(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve();
    });
    socket.on('error', reject);
  });
}

async function startApp(env: Record<string, string> = {}): Promise<{port: number; app: Started}> {
  const port = await freePort();
  const app = start(PYTHON, ['app.py'], {PORT: String(port), ...env});
  await waitFor('app.py', () => accepts(port), app);
  return {port, app};
}

afterEach(() => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

// Generous limits: the tests start real processes, and CI machines can be busy.
const SLOW = {timeout: 20_000};

describe('app.py on its own', SLOW, () => {
  beforeAll(requireSystemPackages);

  it('greets every visitor', async () => {
    const {port} = await startApp();
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask!\n'});
  });

  it('stops cleanly on SIGINT, the STOPSIGNAL of the Dockerfile', async () => {
    const {port, app} = await startApp();
    // One answered request proves the server loop runs: a signal before it would hit start-up code instead.
    expect((await get(port)).status).toBe(200);
    app.child.kill('SIGINT');
    expect(await exited(app.child, 5000)).toBe(0);
  });
});

describe('app.py with Redis, as compose.yaml runs it', SLOW, () => {
  let redisPort: number;
  let redis: Started;

  beforeAll(async () => {
    requireSystemPackages();
    redisPort = await freePort();
    redis = start(REDIS_SERVER, [
      '--port',
      String(redisPort),
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
        const pong = await redisCommand(redisPort, 'PING');
        if (!pong.startsWith('+PONG')) throw new Error(`unexpected reply ${JSON.stringify(pong)}`);
      },
      redis,
    );
    // afterEach stops what each test starts; the server lives for the whole block.
    running.splice(running.indexOf(redis.child), 1);
  }, SLOW.timeout);

  afterAll(async () => {
    if (redis?.child.exitCode === null) {
      redis.child.kill('SIGTERM');
      await exited(redis.child, 5000);
    }
  }, SLOW.timeout);

  it('counts the visits in Redis', async () => {
    const {port} = await startApp({REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort)});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 1\n'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 2\n'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 3\n'});
    expect(await redisCommand(redisPort, 'GET visits')).toBe('$1\r\n3\r\n');
  });

  it('keeps counting in a new app process: the count lives in Redis, not in the app', async () => {
    const {port} = await startApp({REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort)});
    expect((await get(port)).body).toBe('Hello from Flask! Visits so far: 4\n');
  });
});

describe('Dockerfile', SLOW, () => {
  const dockerfile = read('Dockerfile');
  const steps = instructions(dockerfile);
  const indexOf = (keyword: string, args?: string): number =>
    steps.findIndex(([k, a]) => k === keyword && (args === undefined || a === args));

  it('passes dockerfile-utils with every check an error', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });

  it('starts from a pinned slim Python base image', () => {
    const [keyword, base] = steps[0];
    expect(keyword).toBe('FROM');
    expect(base).toMatch(/^python:\d+\.\d+(\.\d+)?-slim(-[a-z]+)?$/);
  });

  it('installs the dependencies before copying the code, so editing app.py keeps the pip layer cached', () => {
    const copyRequirements = indexOf('COPY', 'requirements.txt .');
    const pipInstall = indexOf('RUN', 'pip install --no-cache-dir -r requirements.txt');
    const copyApp = indexOf('COPY', 'app.py .');
    expect(copyRequirements).toBeGreaterThan(0);
    expect(pipInstall).toBeGreaterThan(copyRequirements);
    expect(copyApp).toBeGreaterThan(pipInstall);
  });

  it('runs the app as a user that is not root', () => {
    const user = steps.filter(([k]) => k === 'USER').at(-1);
    expect(user?.[1]).toBeDefined();
    expect(['root', '0']).not.toContain(user?.[1]);
    expect(indexOf('USER')).toBeLessThan(indexOf('ENTRYPOINT'));
  });

  it('exposes the port app.py listens on and starts `python3 app.py` as ENTRYPOINT + CMD in exec form', () => {
    expect(read('app.py')).toContain('os.environ.get("PORT", "5000")');
    expect(steps.find(([k]) => k === 'EXPOSE')?.[1]).toBe('5000');
    expect(steps.find(([k]) => k === 'STOPSIGNAL')?.[1]).toBe('SIGINT');
    const entrypoint = JSON.parse(steps.find(([k]) => k === 'ENTRYPOINT')?.[1] ?? 'null') as string[];
    const cmd = JSON.parse(steps.find(([k]) => k === 'CMD')?.[1] ?? 'null') as string[];
    expect([...entrypoint, ...cmd]).toEqual(['python3', 'app.py']);
  });

  it('pins every Python dependency to an exact version', () => {
    const requirements = read('requirements.txt')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(requirements.length).toBeGreaterThan(0);
    for (const line of requirements) expect(line).toMatch(/^[A-Za-z0-9_.-]+==\d+(\.\d+)*$/);
  });
});

interface ComposeFile {
  name?: string;
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      environment?: Record<string, string>;
      ports?: string[];
      depends_on?: string[];
    }
  >;
}

describe('compose.yaml', SLOW, () => {
  const composePath = path.join(EXAMPLE_DIR, 'compose.yaml');
  const compose = parseYaml(read('compose.yaml')) as ComposeFile;

  it('validates against the Compose specification JSON schema', () => {
    expect(composeSchemaErrors(compose)).toEqual([]);
  });

  it('passes dclint with no error and no warning', () => {
    expect(dclintMessages(composePath)).toEqual([]);
  });

  it('wires web to redis by service name and publishes the port the Dockerfile exposes', () => {
    const {web, redis} = compose.services;
    expect(web.build).toBe('.');
    expect(web.depends_on).toEqual(['redis']);
    expect(compose.services).toHaveProperty(web.environment?.REDIS_HOST ?? '(REDIS_HOST unset)');
    expect(web.ports).toEqual(['127.0.0.1:8000:5000']);
    expect(redis.image).toMatch(/^redis:\d+\.\d+-alpine$/);
  });
});
