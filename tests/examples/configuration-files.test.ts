/**
 * The example files of the configuration-and-secrets lesson (examples/flask-app): env.example,
 * compose.env.yaml and Dockerfile.secret.
 *
 * They pass the linters every example file passes. env.example sets only variables that app.py or
 * compose.env.yaml really read (found by reading those files, not listed here), in a form that Compose and
 * `docker run --env-file` read alike. And app.py, started with the environment compose.env.yaml gives the
 * web container from env.example's values, counts its visits in the Redis server that compose.env.yaml
 * starts from the same values.
 *
 * As in flask-app.test.ts, the app runs on Debian's Python packages, not in a container.
 */
import {parse as parseYaml} from 'yaml';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {composeSchemaErrors, dclintMessages, dockerfileProblems, instructions} from '../support/docker-files';
import {
  EXAMPLE_DIR,
  PYTHON,
  exited,
  freePort,
  get,
  readExample,
  redisCommand,
  requireSystemPackages,
  start,
  startApp,
  startRedis,
  stopStarted,
} from '../support/example-processes';

// Generous limits: the tests start real processes, and CI machines can be busy.
const SLOW = {timeout: 20_000};

afterEach(stopStarted);

// ---- Reading the files the way Compose and the Docker CLI read them ----

const NAME = '[A-Za-z_][A-Za-z0-9_]*';

interface EnvFile {
  values: Map<string, string>;
  problems: string[];
}

/**
 * An env file in the subset on which Compose's .env rules and `docker run --env-file` agree: `NAME=value`
 * lines, comments on lines of their own. Outside that subset they differ: Compose strips quotes, drops
 * ` # comments` and fills in `$VARIABLES`; `docker run --env-file` keeps all three as part of the value.
 */
function parseEnvFile(text: string): EnvFile {
  const values = new Map<string, string>();
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const match = new RegExp(`^(${NAME})=(.*)$`).exec(line);
    if (!match) {
      problems.push(`${where}: not NAME=value: ${JSON.stringify(line)}`);
      return;
    }
    const [, name, value] = match;
    if (/["'`]/.test(value))
      problems.push(`${where}: quotes, which docker run --env-file keeps in the value`);
    if (value.includes('#')) problems.push(`${where}: a #, which docker run --env-file keeps in the value`);
    if (value.includes('$')) problems.push(`${where}: a $, which Compose replaces and docker run does not`);
    if (/^\s|\s$/.test(value)) problems.push(`${where}: spaces around the value`);
    if (values.has(name)) problems.push(`${where}: ${name} is set twice`);
    values.set(name, value);
  });
  return {values, problems};
}

/** The environment variables a Python file reads: os.environ.get("X"), os.environ["X"], os.getenv("X"). */
function variablesReadByPython(source: string): Set<string> {
  const pattern = new RegExp(`os\\.(?:environ\\.get\\(|environ\\[|getenv\\()\\s*["'](${NAME})["']`, 'g');
  return new Set([...source.matchAll(pattern)].map((m) => m[1]));
}

/** Every string in a parsed YAML document (keys excluded): where Compose interpolates. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

const BRACED = new RegExp(`\\$\\{(${NAME})(?:(:?-)([^}]*))?\\}`, 'g');

/** `${NAME}`, `${NAME:-default}` and `${NAME-default}` as Compose fills them in; other forms are refused. */
function interpolate(text: string, variables: Map<string, string>): string {
  const unescaped = text.replace(/\$\$/g, '');
  const leftover = unescaped.replace(BRACED, '').match(/\$\{?[^$]*/);
  if (leftover) throw new Error(`unsupported interpolation ${JSON.stringify(leftover[0])} in ${text}`);
  return text.replace(BRACED, (_, name: string, operator: string | undefined, fallback: string) => {
    const value = variables.get(name);
    if (operator === ':-') return value ? value : fallback;
    if (operator === '-') return value ?? fallback;
    if (value === undefined) throw new Error(`${name} is unset and ${text} has no default`);
    return value;
  });
}

/** The variables a Compose file interpolates, with the default each one falls back on. */
function interpolatedVariables(compose: unknown): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  for (const text of strings(compose)) {
    for (const [, name, operator, fallback] of text.matchAll(BRACED)) {
      const value = operator ? fallback : undefined;
      if (found.has(name) && found.get(name) !== value) {
        throw new Error(`${name} falls back on ${String(found.get(name))} in one place, ${value} in another`);
      }
      found.set(name, value);
    }
  }
  return found;
}

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  depends_on?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  secrets?: string[];
  volumes?: string[];
}

interface ComposeFile {
  name: string;
  services: Record<string, Service>;
  secrets?: Record<string, {file?: string; environment?: string}>;
  volumes?: Record<string, unknown>;
}

const composePath = `${EXAMPLE_DIR}/compose.env.yaml`;
const composeText = readExample('compose.env.yaml');
const compose = parseYaml(composeText) as ComposeFile;
const envExample = parseEnvFile(readExample('env.example'));

/** A service of compose.env.yaml with every `${...}` filled in from `variables`. */
function resolved(service: string, variables: Map<string, string>): Service {
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') return interpolate(node, variables);
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  return fill(compose.services[service]) as Service;
}

// ---- The files themselves ----

describe('env.example', () => {
  it('is a dotenv file that Compose and `docker run --env-file` read the same way', () => {
    expect(envExample.problems).toEqual([]);
    expect(envExample.values.size).toBeGreaterThan(0);
  });

  it('sets only variables that app.py or compose.env.yaml read', () => {
    const readByApp = variablesReadByPython(readExample('app.py'));
    const readByCompose = new Set(interpolatedVariables(compose).keys());
    // The parsers find something: an empty set would let every check below pass.
    expect(readByApp).toContain('REDIS_PORT');
    expect(readByCompose.size).toBeGreaterThan(0);
    for (const name of envExample.values.keys()) {
      expect(readByApp.has(name) || readByCompose.has(name), `${name} is read by nobody`).toBe(true);
    }
  });

  it('lists every variable compose.env.yaml reads, with the default the file falls back on', () => {
    // Copying env.example to .env changes nothing; each line documents a setting that exists.
    for (const [name, fallback] of interpolatedVariables(compose)) {
      expect(fallback, `compose.env.yaml gives ${name} no default`).toBeDefined();
      expect(envExample.values.get(name), `env.example does not set ${name}`).toBe(fallback);
    }
  });

  it('holds no secret: no name that BuildKit and Compose treat as one', () => {
    // BuildKit's SecretsUsedInArgOrEnv check flags these words in variable names.
    // cspell:words apikey pword
    const secretLike = /(?:_|^)(?:apikey|auth|credentials?|key|password|pword|passwd|secret|token)(?:_|$)/i;
    for (const name of envExample.values.keys()) expect(name).not.toMatch(secretLike);
  });
});

describe('compose.env.yaml', SLOW, () => {
  it('validates against the Compose specification JSON schema', () => {
    expect(composeSchemaErrors(compose)).toEqual([]);
  });

  it('passes dclint with no error and no warning', () => {
    expect(dclintMessages(composePath)).toEqual([]);
  });

  it('is compose.yaml with its settings taken out: same project, services, network names and volume', () => {
    const plain = parseYaml(readExample('compose.yaml')) as ComposeFile;
    expect(compose.name).toBe(plain.name);
    expect(Object.keys(compose.services).sort()).toEqual(Object.keys(plain.services).sort());
    expect(compose.services.redis.image).toBe(plain.services.redis.image);
    expect(compose.services.redis.volumes).toEqual(plain.services.redis.volumes);
    expect(compose.volumes).toEqual(plain.volumes);
    expect(compose.services.web.build).toBe(plain.services.web.build);
    expect(compose.services.web.depends_on).toEqual(plain.services.web.depends_on);
    expect(compose.services.web.environment?.REDIS_HOST).toBe(plain.services.web.environment?.REDIS_HOST);
  });

  it('with env.example as .env, publishes the port compose.yaml publishes', () => {
    expect(resolved('web', envExample.values).ports).toEqual(
      (parseYaml(readExample('compose.yaml')) as ComposeFile).services.web.ports,
    );
  });

  it('gives web a file secret, mounted at /run/secrets/api_token, and no secret in its environment', () => {
    expect(compose.services.web.secrets).toEqual(['api_token']);
    expect(compose.secrets?.api_token).toEqual({file: './api_token.txt'});
    expect(Object.keys(compose.services.web.environment ?? {})).not.toContain('API_TOKEN');
  });
});

describe('Dockerfile.secret', () => {
  const dockerfile = readExample('Dockerfile.secret');
  const steps = instructions(dockerfile);
  const mountFlag = /^--mount=(\S+)\s+/;

  it('passes dockerfile-utils with every check an error', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });

  it('starts with the syntax directive that gives RUN --mount its secret env option', () => {
    expect(dockerfile.split('\n')[0]).toBe('# syntax=docker/dockerfile:1');
  });

  it('mounts the secret that the build command in its comment passes, on the pip install step only', () => {
    const secretSteps = steps.filter(([keyword, args]) => keyword === 'RUN' && mountFlag.test(args));
    expect(secretSteps).toHaveLength(1);
    const [, args] = secretSteps[0];
    const mount = Object.fromEntries(
      mountFlag
        .exec(args)![1]
        .split(',')
        .map((pair) => pair.split('=')),
    );
    expect(mount).toEqual({type: 'secret', id: 'pip_index_url', env: 'PIP_INDEX_URL'});
    expect(args.replace(mountFlag, '')).toBe('pip install --no-cache-dir -r requirements.txt');
    const build = /docker build --secret id=(\S+?),env=(\S+) -f Dockerfile\.secret /.exec(dockerfile);
    expect(build?.slice(1)).toEqual([mount.id, mount.env]);
  });

  it('is the course Dockerfile plus the secret mount, and has no ARG or ENV at all', () => {
    const withoutMount = steps.map(([keyword, args]) => [keyword, args.replace(mountFlag, '')]);
    expect(withoutMount).toEqual(instructions(readExample('Dockerfile')));
    expect(steps.filter(([keyword]) => keyword === 'ARG' || keyword === 'ENV')).toEqual([]);
  });
});

// ---- The app really uses the values ----

describe('app.py configured from env.example, as compose.env.yaml runs it', SLOW, () => {
  beforeAll(requireSystemPackages);

  it('counts the visits in the Redis server on the port .env names', async () => {
    // The student's .env: env.example, with a Redis port that is free on this machine.
    const dotEnv = new Map(envExample.values);
    dotEnv.set('REDIS_PORT', String(await freePort()));

    const command = resolved('redis', dotEnv).command ?? [];
    expect(command[0]).toBe('redis-server');
    const {port: redisPort} = await startRedis(command.slice(1));
    expect(redisPort).toBe(Number(dotEnv.get('REDIS_PORT')));

    const environment = resolved('web', dotEnv).environment ?? {};
    expect(environment.REDIS_PORT).toBe(dotEnv.get('REDIS_PORT'));
    // "redis" is a name only the Compose network resolves; here Redis is on this machine.
    const {port} = await startApp({...environment, REDIS_HOST: '127.0.0.1'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 1\n'});
    expect(await get(port)).toEqual({status: 200, body: 'Hello from Flask! Visits so far: 2\n'});
    expect(await redisCommand(redisPort, 'GET visits')).toBe('$1\r\n2\r\n');
  });

  it('stops at start-up when REDIS_PORT keeps the quotes `docker run --env-file` leaves in', async () => {
    // The failure the lesson shows for REDIS_PORT="6380" in a file given to docker run --env-file.
    const app = start(PYTHON, ['app.py'], {PORT: String(await freePort()), REDIS_PORT: '"6380"'});
    expect(await exited(app.child, 10_000)).toBe(1);
    expect(app.output()).toContain(`ValueError: invalid literal for int() with base 10: '"6380"'`);
  });
});
