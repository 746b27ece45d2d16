import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {checkCommands, checkPageSource, findPages} from '../../../scripts/check-commands';

const fixtures = path.join(__dirname, '../../fixtures/commands');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('checkPageSource', () => {
  it('accepts a page whose snippets the catalog explains', () => {
    expect(checkPageSource('docs/good.mdx', read('good/page.mdx'))).toEqual([]);
  });

  it('names the file, the line and the fix of every bad snippet and docker code line', () => {
    const problems = checkPageSource('docs/bad.mdx', read('bad/page.mdx'));
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'docs/bad.mdx:8',
      'docs/bad.mdx:10',
      'docs/bad.mdx:12',
      'docs/bad.mdx:17',
      'docs/bad.mdx:18',
    ]);
    expect(problems[0].message).toMatch(/Unknown flag "--detatch" for "docker run"/);
    expect(problems[1].message).toMatch(/Unknown Docker command "docker lgos"/);
    expect(problems[2].message).toMatch(/plain string/);
    expect(problems[3].fix).toBe('write it as <Command cmd="docker ps -a" /> outside the code block');
    expect(problems[4].fix).toBe('write it as <Command cmd="docker images" /> outside the code block');
    for (const problem of problems) expect(problem.fix).not.toBe('');
  });
});

describe('checkCommands', () => {
  it('scans English, translated and versioned pages', () => {
    const root = path.join(fixtures, 'site');
    expect(findPages(root).map((page) => path.relative(root, page))).toEqual([
      'docs/hands-on/first.mdx',
      'i18n/es/docusaurus-plugin-content-docs/current/hands-on/first.mdx',
      'versioned_docs/version-2025.1/first.mdx',
    ]);
    const problems = checkCommands(root);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'i18n/es/docusaurus-plugin-content-docs/current/hands-on/first.mdx:7',
      'versioned_docs/version-2025.1/first.mdx:5',
      'versioned_docs/version-2025.1/first.mdx:7',
    ]);
  });

  it("holds a released edition's pages to the catalog frozen with it, not to the live one", () => {
    const root = path.join(fixtures, 'site');
    // The live catalog explains `docker ps`; edition 2025.1's frozen catalog does not.
    const problem = checkCommands(root).find(
      (p) => p.file === 'versioned_docs/version-2025.1/first.mdx' && p.line === 7,
    );
    expect(problem?.message).toContain('Unknown Docker command "docker ps"');
    expect(problem?.fix).toContain('edition 2025.1 is released and renders from the catalog frozen with it');
  });

  // A process of its own that reads every page of every language and edition as MDX: seconds, not milliseconds.
  it('passes on the course as it is', {timeout: 60_000}, () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-commands.ts'], {
      cwd: path.join(__dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
