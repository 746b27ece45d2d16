import fs from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import type {TestProject} from 'vitest/node';
import {startServer} from '../../scripts/serve-build';
import {startNginx} from '../../scripts/serve-nginx';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the site is served, without a trailing slash. */
    baseUrl: string;
    /** The shared browser: test files connect to it instead of each starting its own. */
    browserWsEndpoint: string;
  }
}

/**
 * Serves the build on 127.0.0.1 and starts one Chromium that every test file shares. The build is served
 * by the Node static server, or with `E2E_SERVER=nginx` by Debian's nginx running the configuration the
 * image ships (deploy/nginx.conf, with its Content-Security-Policy: a violation is a console error, which
 * the tests refuse); `E2E_BASE_URL` points the tests at a host that already serves it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const stops: (() => Promise<void>)[] = [];
  let baseUrl = process.env.E2E_BASE_URL?.replace(/\/+$/, '');
  if (!baseUrl) {
    const dir = path.resolve(process.env.E2E_BUILD_DIR ?? 'build');
    const server =
      process.env.E2E_SERVER === 'nginx'
        ? await startNginx({dir, port: 0, host: '127.0.0.1'})
        : await startServer({dir, port: 0, host: '127.0.0.1'});
    stops.push(server.stop);
    baseUrl = server.url;
  }
  const browserServer = await chromium.launchServer({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  stops.push(() => browserServer.close());
  project.provide('baseUrl', baseUrl);
  project.provide('browserWsEndpoint', browserServer.wsEndpoint());
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
