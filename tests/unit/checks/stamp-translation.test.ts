import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runContentChecks} from '../../../scripts/checks';
import {stampTranslation} from '../../../scripts/stamp-translation';
import {ES_CURRENT, FIXTURE_SITE} from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const SPANISH = `${ES_CURRENT}/basics/first-steps.mdx`;
let site: string | undefined;

function copyFixtureSite(): string {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
  fs.cpSync(FIXTURE_SITE, site, {recursive: true});
  return site;
}

afterEach(() => {
  if (site) fs.rmSync(site, {recursive: true, force: true});
  site = undefined;
});

describe('stampTranslation', () => {
  it('records the English twin’s new hash, after which the translation is no longer stale', () => {
    const root = copyFixtureSite();
    fs.appendFileSync(path.join(root, 'docs/basics/first-steps.mdx'), '\nNew English text.\n');
    expect(runContentChecks(root, 'test').problems.map((p) => p.file)).toEqual([SPANISH]);

    const before = fs.readFileSync(path.join(root, SPANISH), 'utf8');
    const {hash, previous} = stampTranslation(root, SPANISH);
    expect(previous).toMatch(/^[0-9a-f]{12}$/);
    expect(hash).not.toBe(previous);
    const after = fs.readFileSync(path.join(root, SPANISH), 'utf8');
    expect(after).toBe(before.replace(previous!, hash));
    expect(runContentChecks(root, 'test').problems).toEqual([]);
  });

  it('refuses English pages and pages without an English twin, saying what to stamp instead', () => {
    const root = copyFixtureSite();
    expect(() => stampTranslation(root, 'docs/basics/first-steps.mdx')).toThrow(
      `docs/basics/first-steps.mdx is an English page; stamp its translation instead, e.g. ${SPANISH}`,
    );
    expect(() =>
      stampTranslation(root, 'i18n/es/docusaurus-plugin-content-docs/version-1.0/intro.mdx'),
    ).toThrow('has no English twin: versioned_docs/version-1.0/intro.mdx does not exist');
  });

  it('prints its usage when called without files', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/stamp-translation.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: npm run translations:stamp -- <translated page>...   (or --all)');
  });
});
