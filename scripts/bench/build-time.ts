/** Cold build of the whole site (every locale), timed. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildOptions {
  /** Where the site goes (`docusaurus build --out-dir`). */
  outDir: string;
  /** Docusaurus's generated-files folder (DOCUSAURUS_GENERATED_FILES_DIR_NAME), emptied first. */
  generatedDir: string;
  /**
   * Also delete node_modules/.cache, as on a fresh clone. Off by default: that cache is shared by
   * everyone building in this checkout, so instead the build runs with the persistent cache turned off
   * (DOCUSAURUS_NO_PERSISTENT_CACHE), which is just as cold.
   */
  clearSharedCache: boolean;
  /** More environment for the build, such as SITE_ABLATE. */
  env?: Record<string, string>;
}

export interface BuildResult {
  seconds: number;
  locales: string[];
}

export function coldBuild({
  outDir,
  generatedDir,
  clearSharedCache,
  env: extraEnv = {},
}: BuildOptions): BuildResult {
  fs.rmSync(generatedDir, {recursive: true, force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  if (clearSharedCache) fs.rmSync(path.join('node_modules', '.cache'), {recursive: true, force: true});
  const env = {
    ...process.env,
    DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedDir,
    ...(clearSharedCache ? {} : {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}),
    ...extraEnv,
  };
  const started = process.hrtime.bigint();
  const run = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {env, encoding: 'utf8'});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    throw new Error(
      `The build failed (exit ${run.status}); fix it before benchmarking:\n${(run.stdout + run.stderr).slice(-4000)}`,
    );
  }
  const locales = [
    ...(run.stdout + run.stderr).matchAll(/\[INFO\] \[(\w+)\] Creating an optimized production build/g),
  ].map((match) => match[1]);
  return {seconds, locales};
}
