/**
 * The yardstick for the benchmark's targets: a vanilla Docusaurus site with the features this one has.
 *
 * It is the classic template as `create-docusaurus` (the same Docusaurus version, a dev dependency) writes
 * it, with two locales (English and Spanish), the same offline search plugin and one cut edition: what the
 * targets of the foundation issue call "a vanilla Docusaurus 3.10 site with the same features". It is built
 * with this project's node_modules and measured by the same code, on the same machine, in the same run, so
 * the two sets of figures can be compared directly.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ReferenceSite {
  /** The site's folder, in a temporary directory. */
  dir: string;
  /** Its production build. */
  outDir: string;
  /** Seconds a cold build of both locales took. */
  buildSeconds: number;
  /** A doc page of the cut edition, like the page measured on this site. */
  docPage: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, {cwd, env, encoding: 'utf8'});
  if (result.status !== 0) {
    throw new Error(
      `Reference site: \`${command} ${args.join(' ')}\` failed (exit ${result.status}):\n` +
        (result.stdout + result.stderr).slice(-3000),
    );
  }
}

/** Replaces one exact piece of the template's config, failing loudly if the template changed. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) {
    throw new Error(
      `Reference site: the classic template's docusaurus.config.js no longer contains ${JSON.stringify(from)}; ` +
        'update scripts/bench/reference-site.ts for the new template.',
    );
  }
  return source.replace(from, to);
}

export function buildReferenceSite(): ReferenceSite {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-reference-'));
  const dir = path.join(parent, 'site');
  const projectModules = path.resolve('node_modules');
  run(
    process.execPath,
    [
      require.resolve('create-docusaurus/bin/index.js'),
      'site',
      'classic',
      parent,
      '--skip-install',
      '--javascript',
    ],
    parent,
  );

  const configFile = path.join(dir, 'docusaurus.config.js');
  let config = fs.readFileSync(configFile, 'utf8');
  config = edit(config, "locales: ['en'],", "locales: ['en', 'es'],");
  config = edit(
    config,
    '  themeConfig:',
    "  themes: [['@easyops-cn/docusaurus-search-local', {hashed: true, language: ['en', 'es']}]],\n\n  themeConfig:",
  );
  fs.writeFileSync(configFile, config);
  fs.symlinkSync(projectModules, path.join(dir, 'node_modules'), 'dir');

  const docusaurus = path.join(projectModules, '.bin', 'docusaurus');
  run(docusaurus, ['docs:version', '1.0'], dir);
  const outDir = path.join(dir, 'build');
  const started = process.hrtime.bigint();
  run(docusaurus, ['build', '--out-dir', outDir], dir, {
    ...process.env,
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  });
  const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {dir: parent, outDir, buildSeconds, docPage: '/docs/intro'};
}
