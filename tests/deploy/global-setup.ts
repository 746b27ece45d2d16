import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {precompress} from '../../scripts/precompress';
import {startNginx} from '../../scripts/serve-nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where nginx serves the build, without a trailing slash. */
    deployBaseUrl: string;
    /** The build nginx serves: a copy of the production build, precompressed as in the image (absolute). */
    deployBuildDir: string;
    /** The production build as `npm run build` left it, without .gz files (absolute). */
    deploySourceDir: string;
  }
}

/**
 * Starts Debian's nginx with deploy/nginx.conf over the production build in DEPLOY_BUILD_DIR (default
 * build/), laid out as the image serves it: a copy with a .gz beside each text file (scripts/precompress.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const source = path.resolve(process.env.DEPLOY_BUILD_DIR ?? 'build');
  if (!fs.existsSync(path.join(source, 'index.html'))) {
    throw new Error(
      `No production build in ${source}: run npm run build, or set DEPLOY_BUILD_DIR to a build folder.`,
    );
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-build-'));
  fs.chmodSync(copy, 0o755);
  fs.cpSync(source, copy, {recursive: true});
  precompress(copy);
  const nginx = await startNginx({dir: copy});
  project.provide('deployBaseUrl', nginx.url);
  project.provide('deployBuildDir', nginx.root);
  project.provide('deploySourceDir', source);
  return async () => {
    await nginx.stop();
    fs.rmSync(copy, {recursive: true, force: true});
    const errors = nginx
      .errorLog()
      .split('\n')
      .filter((line) => /\[(?:emerg|alert|crit)\]/.test(line));
    if (errors.length > 0) console.warn(`nginx logged serious errors:\n${errors.join('\n')}`);
  };
}
