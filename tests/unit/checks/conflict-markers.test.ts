import {describe, expect, it} from 'vitest';
import {checkConflictMarkers} from '../../../scripts/checks/conflict-markers';
import {fixtureAs} from './fixtures';

describe('checkConflictMarkers', () => {
  it('reports every marker line of a half-resolved merge in a page', () => {
    const problems = checkConflictMarkers(fixtureAs('bad/conflict-markers.mdx', 'docs/page.mdx'));
    expect(problems.map((p) => p.line)).toEqual([8, 10, 12]);
    expect(problems[0].message).toBe(`leftover merge-conflict marker "${'<'.repeat(7)}"`);
    expect(problems[0].fix).toMatch(/delete every marker line/);
  });

  it('reports markers, diff3 base included, in UI translation files', () => {
    const problems = checkConflictMarkers(fixtureAs('bad/conflict-markers.json', 'i18n/es/code.json'));
    expect(problems.map((p) => p.line)).toEqual([2, 4, 6, 8]);
  });

  it('leaves a line of equals signs in a code block alone', () => {
    expect(checkConflictMarkers(fixtureAs('good/conflict-lookalikes.mdx', 'docs/page.mdx'))).toEqual([]);
  });
});
