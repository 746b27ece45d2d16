/**
 * The example files of the multi-stage build and health check lessons really do what the pages say:
 * Dockerfile.multistage keeps everything the single-stage Dockerfile does and only changes how the
 * packages get in, its HEALTHCHECK command (run for real against app.py) tells a running app from a
 * missing one without counting a visit, and compose.healthcheck.yaml is valid Compose that makes the app
 * wait for a healthy Redis.
 *
 * No Docker engine runs here: the health check command runs on Debian's Python, the way Docker would run
 * it inside the container, and the Redis check runs Debian's redis-cli against a real redis-server.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {composeSchemaErrors, dclintMessages, dockerfileProblems, instructions} from '../support/docker-files';
import {
  EXAMPLE_DIR,
  PYTHON,
  REDIS_CLI,
  exited,
  freePort,
  get,
  readExample,
  redisCommand,
  requireSystemPackages,
  startApp,
  redisForBlock,
  stopStarted,
} from '../support/example-processes';

const ROOT = path.resolve(__dirname, '../..');
const SPANISH_DOCS = 'i18n/es/docusaurus-plugin-content-docs/current';
const readPage = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

type Steps = [string, string][];

/** The instructions of each stage, split at every FROM. */
function stages(steps: Steps): Steps[] {
  const result: Steps[] = [];
  for (const step of steps) {
    if (step[0] === 'FROM') result.push([]);
    result.at(-1)?.push(step);
  }
  return result;
}

/** The arguments of the last instruction with this keyword: the one Docker uses. */
const argsOf = (steps: Steps, keyword: string): string | undefined =>
  steps.filter(([k]) => k === keyword).at(-1)?.[1];

/** Splits `HEALTHCHECK --a=1 --b=2 CMD [...]` into its options and its exec-form command. */
function parseHealthcheck(args: string): {options: Record<string, string>; command: string[]} {
  const cmdAt = args.indexOf(' CMD ');
  if (cmdAt < 0) throw new Error(`expected HEALTHCHECK <options> CMD [...], not HEALTHCHECK ${args}`);
  const options = Object.fromEntries(
    args
      .slice(0, cmdAt)
      .trim()
      .split(/\s+/)
      .map((option) => {
        const [name, value] = option.replace(/^--/, '').split('=');
        return [name, value];
      }),
  );
  const command = JSON.parse(args.slice(cmdAt + ' CMD '.length)) as string[];
  return {options, command};
}

const seconds = (duration: string): number => {
  const match = /^(\d+)s$/.exec(duration);
  if (!match) throw new Error(`expected a duration in seconds, such as 30s, not ${duration}`);
  return Number(match[1]);
};

afterEach(stopStarted);

// Generous limits: the tests start real processes, and CI machines can be busy.
const SLOW = {timeout: 20_000};

describe('Dockerfile.multistage', SLOW, () => {
  const multistage = instructions(readExample('Dockerfile.multistage'));
  const single = instructions(readExample('Dockerfile'));
  const [build, runtime] = stages(multistage);

  it('passes dockerfile-utils with every check an error', () => {
    expect(dockerfileProblems(readExample('Dockerfile.multistage'))).toEqual([]);
  });

  it('has a named build stage on the full Python image and a runtime stage on the main Dockerfile’s slim base', () => {
    expect(stages(multistage)).toHaveLength(2);
    expect(build[0]).toEqual(['FROM', 'python:3.14 AS build']);
    expect(runtime[0]).toEqual(['FROM', argsOf(single, 'FROM')]);
    expect(runtime[0][1]).toMatch(/^python:\d+\.\d+-slim-[a-z]+$/);
  });

  it('builds wheels in the build stage and installs only from them, taken from the stage by its name', () => {
    expect(build).toContainEqual(['RUN', 'pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt']);
    const install = runtime.find(([k, a]) => k === 'RUN' && a.includes('pip install'));
    expect(install?.[1]).toBe(
      '--mount=type=bind,from=build,source=/wheels,target=/wheels ' +
        'pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt',
    );
    // A bind mount lasts for one RUN: no COPY puts the wheels in a layer of the image you ship.
    expect(runtime.filter(([k, a]) => k === 'COPY' && a.includes('/wheels'))).toEqual([]);
  });

  it('keeps the single-stage order: requirements, install, then the code', () => {
    const index = (match: (step: [string, string]) => boolean) => runtime.findIndex(match);
    const copyRequirements = index(([k, a]) => k === 'COPY' && a === 'requirements.txt .');
    const install = index(([k, a]) => k === 'RUN' && a.includes('pip install'));
    const copyApp = index(([k, a]) => k === 'COPY' && a === 'app.py .');
    expect(copyRequirements).toBeGreaterThan(0);
    expect(install).toBeGreaterThan(copyRequirements);
    expect(copyApp).toBeGreaterThan(install);
  });

  it('keeps USER, WORKDIR, EXPOSE, STOPSIGNAL, ENTRYPOINT and CMD of the main Dockerfile', () => {
    for (const keyword of ['USER', 'WORKDIR', 'EXPOSE', 'STOPSIGNAL', 'ENTRYPOINT', 'CMD']) {
      expect(argsOf(runtime, keyword), keyword).toBe(argsOf(single, keyword));
    }
    expect(runtime).toContainEqual(['RUN', 'useradd --create-home appuser']);
    expect(argsOf(runtime, 'HEALTHCHECK')).toBeDefined();
    expect(argsOf(single, 'HEALTHCHECK')).toBeUndefined();
  });

  it('has a HEALTHCHECK with the options the pages explain, whose own time limit fits in its timeout', () => {
    const {options, command} = parseHealthcheck(argsOf(runtime, 'HEALTHCHECK') ?? '');
    expect(options).toEqual({interval: '30s', timeout: '3s', 'start-period': '5s', retries: '3'});
    expect(command.slice(0, 2)).toEqual(['python3', '-c']);
    // It checks the port the image exposes, on the container's own loopback address.
    expect(command[2]).toBe(
      `import socket; socket.create_connection(('127.0.0.1', ${argsOf(runtime, 'EXPOSE')}), 2)`,
    );
    expect(2).toBeLessThan(seconds(options.timeout));
  });
});

describe('the HEALTHCHECK command, run for real', SLOW, () => {
  const {command, options} = parseHealthcheck(
    argsOf(instructions(readExample('Dockerfile.multistage')), 'HEALTHCHECK') ?? '',
  );
  const {timeout} = options;

  /** Runs the check as Docker would in the container, with python3 on PATH, against another port. */
  function check(port: number): {status: number | null; stderr: string; ms: number} {
    const [program, ...args] = command;
    expect(program).toBe('python3');
    expect(args.filter((arg) => arg.includes('5000'))).toHaveLength(1);
    const started = Date.now();
    const result = spawnSync(
      PYTHON,
      args.map((arg) => arg.replace('5000', String(port))),
      {
        cwd: EXAMPLE_DIR,
        encoding: 'utf8',
        env: {PATH: '/usr/bin:/bin', PYTHONDONTWRITEBYTECODE: '1'},
        timeout: seconds(timeout) * 1000,
      },
    );
    return {status: result.status, stderr: result.stderr, ms: Date.now() - started};
  }

  beforeAll(requireSystemPackages);

  it('exits with 0 while app.py runs', async () => {
    const {port} = await startApp();
    expect(check(port).status).toBe(0);
  });

  it('exits with 1 when nothing listens, well within the HEALTHCHECK timeout', async () => {
    const result = check(await freePort());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ConnectionRefusedError');
    expect(result.ms).toBeLessThan(seconds(timeout) * 1000);
  });

  it('exits with 1 once the app has stopped', async () => {
    const {port, app} = await startApp();
    expect(check(port).status).toBe(0);
    app.child.kill('SIGINT');
    expect(await exited(app.child, 5000)).toBe(0);
    expect(check(port).status).toBe(1);
  });

  describe('with the visit counter in Redis', () => {
    const redisPort = redisForBlock(SLOW.timeout);

    it('is not counted as a visit, and leaves no request in the app’s log', async () => {
      const {port, app} = await startApp({REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisPort())});
      for (let i = 0; i < 3; i++) expect(check(port).status).toBe(0);
      expect(await redisCommand(redisPort(), 'GET visits')).toBe('$-1\r\n');
      expect(app.output()).not.toContain('"GET');
      // A real visit is counted, so the counter was listening all along.
      expect((await get(port)).body).toBe('Hello from Flask! Visits so far: 1\n');
      expect(await redisCommand(redisPort(), 'GET visits')).toBe('$1\r\n1\r\n');
    });

    it('compose.healthcheck.yaml’s Redis test command answers PONG with exit code 0, and 1 with no server', async () => {
      const compose = parseYaml(readExample('compose.healthcheck.yaml')) as ComposeFile;
      const [form, program, ...args] = compose.services.redis.healthcheck?.test ?? [];
      expect([form, program]).toEqual(['CMD', 'redis-cli']);
      // The container's Redis listens on the default port; this one on a free port, given with -p.
      const up = spawnSync(REDIS_CLI, ['-p', String(redisPort()), ...args], {encoding: 'utf8'});
      expect({status: up.status, stdout: up.stdout.trim()}).toEqual({status: 0, stdout: 'PONG'});
      const down = spawnSync(REDIS_CLI, ['-p', String(await freePort()), ...args], {encoding: 'utf8'});
      expect(down.status).toBe(1);
    });
  });
});

interface ComposeService {
  image?: string;
  build?: string | {context?: string; dockerfile?: string};
  healthcheck?: {
    test?: string[];
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
  };
  depends_on?: string[] | Record<string, {condition?: string}>;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
}

interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

describe('compose.healthcheck.yaml', SLOW, () => {
  const file = 'compose.healthcheck.yaml';
  const compose = parseYaml(readExample(file)) as ComposeFile;
  const plain = parseYaml(readExample('compose.yaml')) as ComposeFile;
  const pages = ['docs/hands-on/health-checks.mdx', `${SPANISH_DOCS}/hands-on/health-checks.mdx`];

  it('validates against the Compose specification JSON schema', () => {
    expect(composeSchemaErrors(compose)).toEqual([]);
  });

  it('passes dclint with no error and no warning', () => {
    expect(dclintMessages(path.join(EXAMPLE_DIR, file))).toEqual([]);
  });

  it('checks Redis with `redis-cli ping` and starts web once Redis is healthy, as the page says', () => {
    const {redis, web} = compose.services;
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(web.depends_on).toEqual({redis: {condition: 'service_healthy'}});
    for (const page of pages) {
      const text = readPage(page);
      expect(text, page).toContain('`redis-cli ping`');
      expect(text, page).toContain('`condition: service_healthy`');
      expect(text, page).toContain('!!raw-loader!@site/examples/flask-app/compose.healthcheck.yaml');
    }
  });

  it('builds web from Dockerfile.multistage and otherwise runs what compose.yaml runs', () => {
    const {redis, web} = compose.services;
    expect(web.build).toEqual({context: '.', dockerfile: 'Dockerfile.multistage'});
    expect(fs.existsSync(path.join(EXAMPLE_DIR, 'Dockerfile.multistage'))).toBe(true);
    expect(web.environment).toEqual(plain.services.web.environment);
    expect(web.ports).toEqual(plain.services.web.ports);
    expect(redis.image).toBe(plain.services.redis.image);
    expect(redis.volumes).toEqual(plain.services.redis.volumes);
    expect(Object.keys(compose.volumes ?? {})).toEqual(Object.keys(plain.volumes ?? {}));
    // Its own project, so the lesson's clean-up (down -v) cannot delete compose.yaml's data.
    expect(compose.name).toBeDefined();
    expect(compose.name).not.toBe(plain.name);
  });
});

describe('the pages that show these files', () => {
  const multiStagePages = [
    'docs/hands-on/multi-stage-builds.mdx',
    `${SPANISH_DOCS}/hands-on/multi-stage-builds.mdx`,
  ];

  it.each(multiStagePages)(
    '%s builds Dockerfile.multistage with the command the Dockerfile names',
    (page) => {
      const text = readPage(page);
      const header = readExample('Dockerfile.multistage').split('\n').slice(0, 3).join('\n');
      const command = /docker build -f Dockerfile\.multistage -t flask_app:0\.2 \./.exec(header)?.[0];
      expect(command).toBeDefined();
      expect(text).toContain(`cmd="${command}"`);
      expect(text).toContain('!!raw-loader!@site/examples/flask-app/Dockerfile.multistage');
    },
  );
});
