import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  checkContent,
  formatProblem,
  formatSummary,
  readContentFiles,
  runContentChecks,
} from '../../../scripts/checks';
import {FIXTURE_SITE, fixtureAs} from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');

describe('runContentChecks', () => {
  it('passes a site that follows every rule', () => {
    const result = runContentChecks(FIXTURE_SITE, 'test');
    expect(result.problems).toEqual([]);
    expect(result.filesChecked).toBe(7);
    expect(formatSummary(result)).toBe('Content checks passed: 7 files checked, no problems.');
  });

  it('checks components, UI translations and the README too', () => {
    const files = readContentFiles(FIXTURE_SITE);
    files.others.push(
      fixtureAs('bad/mojibake.json', 'i18n/es/code.json'),
      fixtureAs('bad/missing-alt.tsx.txt', 'src/components/Bad/index.tsx'),
      fixtureAs('bad/remote-assets.css.txt', 'src/css/custom.css'),
      {path: 'README.md', text: `# Title\n\n${'<'.repeat(7)} HEAD\n`},
    );
    const problems = checkContent(files, 'test', ['es']);
    expect(new Set(problems.map((p) => p.file))).toEqual(
      new Set(['README.md', 'i18n/es/code.json', 'src/components/Bad/index.tsx', 'src/css/custom.css']),
    );
  });

  it('prints each problem as path:line:col  message  → fix, and counts them', () => {
    const problem = {
      file: 'docs/a.mdx',
      line: 3,
      col: 5,
      severity: 'error' as const,
      message: 'what',
      fix: 'how',
    };
    expect(formatProblem(problem)).toBe('docs/a.mdx:3:5  what  → how');
    expect(formatProblem({...problem, severity: 'warning'})).toBe('docs/a.mdx:3:5  warning: what  → how');
    expect(formatSummary({problems: [problem, {...problem, severity: 'warning'}], filesChecked: 9})).toBe(
      '1 error, 1 warning in 1 file (9 files checked).',
    );
  });

  it('refuses an unknown mode on the command line', () => {
    const run = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/check-content.ts', '--mode=strict'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: tsx scripts/check-content.ts [--mode=build|test]');
  });
});
