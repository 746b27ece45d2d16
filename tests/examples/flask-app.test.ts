/**
 * The course's example project (examples/flask-app) really works:
 * the app answers HTTP, counts visits in a real Redis server, stops cleanly on the signal the
 * Dockerfile's STOPSIGNAL names, the Dockerfile passes a linter and the Compose file validates
 * against the Compose specification.
 *
 * The app runs on Debian's Python packages, not in a container: what this proves is the code,
 * the pinned behaviour the pages describe, and that the Docker files are well formed.
 */
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {composeSchemaErrors, dclintMessages, dockerfileProblems, instructions} from '../support/docker-files';
import {
  EXAMPLE_DIR,
  exited,
  get,
  readExample,
  redisCommand,
  requireSystemPackages,
  startApp,
  redisForBlock,
  stopStarted,
} from '../support/example-processes';

afterEach(stopStarted);

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
  const redisPort = redisForBlock(SLOW.timeout);

  it('counts the visits in Redis', async () => {
    const {port} = await startApp({REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort())});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 1\n'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 2\n'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 3\n'});
    expect(await redisCommand(redisPort(), 'GET visits')).toBe('$1\r\n3\r\n');
  });

  it('keeps counting in a new app process: the count lives in Redis, not in the app', async () => {
    const {port} = await startApp({REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort())});
    expect((await get(port)).body).toBe('Hello from Flask! Visits so far: 4\n');
  });
});

describe('Dockerfile', SLOW, () => {
  const dockerfile = readExample('Dockerfile');
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
    expect(readExample('app.py')).toContain('os.environ.get("PORT", "5000")');
    expect(steps.find(([k]) => k === 'EXPOSE')?.[1]).toBe('5000');
    expect(steps.find(([k]) => k === 'STOPSIGNAL')?.[1]).toBe('SIGINT');
    const entrypoint = JSON.parse(steps.find(([k]) => k === 'ENTRYPOINT')?.[1] ?? 'null') as string[];
    const cmd = JSON.parse(steps.find(([k]) => k === 'CMD')?.[1] ?? 'null') as string[];
    expect([...entrypoint, ...cmd]).toEqual(['python3', 'app.py']);
  });

  it('pins every Python dependency to an exact version', () => {
    const requirements = readExample('requirements.txt')
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
  const compose = parseYaml(readExample('compose.yaml')) as ComposeFile;

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
