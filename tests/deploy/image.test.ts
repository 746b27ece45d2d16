/**
 * The project's own Dockerfile, .dockerignore and compose.yaml: linted with the linters the course's example
 * project is held to (dockerfile-utils with every check an error, the Compose JSON schema, dclint), and
 * checked for what the image promises: pinned bases, the spell-checked build, an unprivileged nginx serving
 * the build output alone with deploy/nginx.conf, a health check, and one port everywhere. No Docker engine is
 * needed; the image's own nginx files are loaded by `nginx -t` as the image lays them out.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {composeSchemaErrors, dclintMessages, dockerfileProblems, instructions} from '../support/docker-files';
import {collectInlineCode, cspHashesConf} from '../../scripts/csp';
import {buildDir} from './support';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (name: string): string => fs.readFileSync(path.join(ROOT, name), 'utf8');

/** The instructions of each build stage, in order. */
function stages(steps: [string, string][]): [string, string][][] {
  const result: [string, string][][] = [];
  for (const step of steps) {
    if (step[0] === 'FROM') result.push([]);
    result.at(-1)?.push(step);
  }
  return result;
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const steps = instructions(dockerfile);
  const [build, serve] = stages(steps);

  it('passes dockerfile-utils with every check an error', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });

  it('has two stages, each from a base image pinned to an exact version', () => {
    expect(stages(steps)).toHaveLength(2);
    expect(build[0][1]).toMatch(/^node:20\.\d+\.\d+-bookworm-slim AS build$/);
    expect(serve[0][1]).toMatch(/^nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine(?:\d+\.\d+)?$/);
  });

  it('builds with npm ci and the spell-checked build, then hashes its inline scripts and precompresses it', () => {
    const runs = build.filter(([keyword]) => keyword === 'RUN').map(([, args]) => args);
    expect(runs[0]).toMatch(/^npm ci\b/);
    expect(runs.join('\n')).toMatch(
      /npm run build && npx tsx scripts\/csp\.ts --dir build --out csp-hashes\.conf && npx tsx scripts\/precompress\.ts --dir build/,
    );
    // package.json's prebuild runs the spelling and content checks: `npm run build`, not `docusaurus build`.
    expect(read('package.json')).toMatch(/"prebuild": "npm run --silent spell/);
  });

  it('serves only the build output and the nginx files, as the unprivileged user', () => {
    const copies = serve.filter(([keyword]) => keyword === 'COPY').map(([, args]) => args);
    expect(copies).toEqual([
      'deploy/nginx.conf deploy/listen-and-root.conf /etc/nginx/',
      '--from=build /site/csp-hashes.conf /etc/nginx/',
      '--from=build /site/build /usr/share/nginx/html',
    ]);
    expect(
      serve.some(([keyword, args]) => keyword === 'RUN' && /rm -rf \/usr\/share\/nginx\/html\/\*/.test(args)),
    ).toBe(true);
    const users = serve.filter(([keyword]) => keyword === 'USER').map(([, args]) => args);
    expect(users.at(-1), 'the last USER of the image').toBe('101');
    expect(steps.at(-1)).toEqual(['CMD', '["nginx", "-p", "/tmp/", "-g", "daemon off;"]']);
  });

  it('has a health check on the port nginx listens on, and exposes that port', () => {
    const port = /^listen (\d+);$/m.exec(read('deploy/listen-and-root.conf'))?.[1];
    expect(port).toBe('8080');
    const healthcheck = serve.find(([keyword]) => keyword === 'HEALTHCHECK')?.[1] ?? '';
    expect(healthcheck).toMatch(
      new RegExp(`CMD wget --quiet --spider http://127\\.0\\.0\\.1:${port}/ \\|\\| exit 1$`),
    );
    expect(serve).toContainEqual(['EXPOSE', port]);
    expect(read('deploy/listen-and-root.conf')).toMatch(/^root \/usr\/share\/nginx\/html;$/m);
  });
});

describe('.dockerignore', () => {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('keeps dependencies, builds and history out of the build context', () => {
    for (const pattern of ['node_modules', 'build', '.docusaurus*', '.git', '.env*'])
      expect(patterns).toContain(pattern);
  });

  it('keeps in everything the Dockerfile copies from the context and the build reads', () => {
    const ignored = (file: string): boolean =>
      patterns.some((pattern) => {
        const regex = new RegExp(
          `^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/|$)`,
        );
        return regex.test(file);
      });
    const needed = ['package.json', 'package-lock.json', 'deploy/nginx.conf', 'deploy/listen-and-root.conf'];
    needed.push('docusaurus.config.ts', 'sidebars.ts', 'cspell.json', 'project-words.txt', 'scripts/csp.ts');
    needed.push('docs', 'i18n', 'src', 'static', 'scripts');
    for (const file of needed) {
      expect(fs.existsSync(path.join(ROOT, file)), `${file} exists`).toBe(true);
      expect(ignored(file), `${file} is in the build context`).toBe(false);
    }
  });
});

describe('compose.yaml', () => {
  const composePath = path.join(ROOT, 'compose.yaml');
  const compose = parseYaml(fs.readFileSync(composePath, 'utf8')) as {
    services: Record<
      string,
      {build?: {context?: string}; ports?: string[]; read_only?: boolean; tmpfs?: string[]}
    >;
  };

  it('validates against the Compose specification JSON schema', () => {
    expect(composeSchemaErrors(compose)).toEqual([]);
  });

  it('passes dclint with no error and no warning', () => {
    expect(dclintMessages(composePath)).toEqual([]);
  });

  it('builds this Dockerfile and publishes its port on the local interface only, read-only', () => {
    const {site} = compose.services;
    expect(site.build?.context).toBe('.');
    expect(site.ports).toEqual(['127.0.0.1:8080:8080']);
    // nginx writes its pid and temporary files under -p /tmp/: a tmpfs lets the rest stay read-only.
    expect(site.read_only).toBe(true);
    expect(site.tmpfs).toEqual(['/tmp']);
  });
});

describe("the image's nginx files", () => {
  it('load in nginx -t laid out as in the image (deploy/listen-and-root.conf as shipped)', () => {
    const etc = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-image-layout-'));
    try {
      for (const file of ['nginx.conf', 'listen-and-root.conf']) {
        fs.copyFileSync(path.join(ROOT, 'deploy', file), path.join(etc, file));
      }
      fs.copyFileSync(process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types', path.join(etc, 'mime.types'));
      fs.writeFileSync(path.join(etc, 'csp-hashes.conf'), cspHashesConf(collectInlineCode(buildDir)));
      const nginx = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
      // stdout is not a pipe here but /dev/null: nginx opens /dev/stdout for its access log, which fails
      // on the socket Node would hand it (a container's stdout is a pipe).
      const run = spawnSync(
        nginx,
        ['-p', `${etc}/`, '-c', path.join(etc, 'nginx.conf'), '-e', 'stderr', '-t'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/test is successful/);
    } finally {
      fs.rmSync(etc, {recursive: true, force: true});
    }
  });
});
