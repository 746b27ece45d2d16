/**
 * The browser tests (tests/e2e: every sitemap page of both languages, hydration, no console error, axe,
 * search, language switch) run again, this time against nginx with the shipped configuration, so they
 * prove the pages work under its Content-Security-Policy: Chromium reports each violation as a console
 * error, which those tests refuse. Set DEPLOY_SKIP_BROWSER_SUITE=1 to leave them out of a quick run.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {baseUrl} from './support';

const E2E_CONFIG = path.resolve(__dirname, '..', '..', 'vitest.e2e.config.ts');
const hasSuite = fs.existsSync(E2E_CONFIG) && fs.existsSync(path.resolve(__dirname, '..', 'e2e'));
const skip = process.env.DEPLOY_SKIP_BROWSER_SUITE === '1';

describe.skipIf(!hasSuite || skip)('browser tests against nginx', () => {
  it('pass, with no console error (so no CSP violation) on any page', {timeout: 15 * 60_000}, async () => {
    // Asynchronously, so this worker keeps answering vitest while the other run takes its minutes.
    const child = spawn('npx', ['vitest', 'run', '--config', E2E_CONFIG], {
      env: {...process.env, E2E_BASE_URL: baseUrl},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    // On failure, show vitest's own report of what failed (its tail), not the whole run.
    expect(status, `browser tests against ${baseUrl} failed:\n${output.slice(-12_000)}`).toBe(0);
    expect(output).not.toMatch(/violates the following Content Security Policy directive/);
  });
});
