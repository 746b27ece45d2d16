/**
 * Spelling is cspell's job, not a content check: these tests prove the project's cspell.json catches a
 * Spanish typo in a Spanish page (checked against the Spanish dictionary) and passes correct Spanish.
 * The fixtures are piped in under the path of a Spanish page, so the config's overrides apply.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readFixture} from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');

function cspell(text: string, asPath: string): {status: number | null; output: string} {
  const run = spawnSync(
    path.join(ROOT, 'node_modules/.bin/cspell'),
    ['lint', '--no-progress', '--no-summary', '--no-cache', `stdin://${asPath}`],
    {cwd: ROOT, input: text, encoding: 'utf8'},
  );
  return {status: run.status, output: run.stdout + run.stderr};
}

const SPANISH_PAGE = 'i18n/es/docusaurus-plugin-content-docs/current/spelling-fixture.mdx';

describe('spelling (cspell with the project configuration)', () => {
  it('catches a typo in a Spanish page', () => {
    const {status, output} = cspell(readFixture('spelling/typo.es.mdx'), SPANISH_PAGE);
    expect(status).toBe(1);
    expect(output).toContain(`${SPANISH_PAGE}:8:68 - Unknown word (imágen)`);
  });

  it('passes correct Spanish in a Spanish page', () => {
    const {status, output} = cspell(readFixture('spelling/clean.es.mdx'), SPANISH_PAGE);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('checks English pages against English: the same Spanish text fails there', () => {
    const {status} = cspell(readFixture('spelling/clean.es.mdx'), 'docs/spelling-fixture.mdx');
    expect(status).toBe(1);
  });
}, 30_000);
