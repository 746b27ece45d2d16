import {describe, expect, it} from 'vitest';
import {medianRun, type LighthouseRun} from '../../../scripts/bench/lighthouse';
import {renderReport} from '../../../scripts/bench/report';

function run(performance: number, slowHost = false): LighthouseRun {
  return {
    url: 'http://127.0.0.1:3000/docs/1.0/hands-on/volumes',
    preset: 'mobile',
    scores: {performance, accessibility: 100, 'best-practices': 100, seo: 100},
    metrics: {fcp: 900, lcp: 1200, tbt: 40, cls: 0, si: 1000},
    failing: [],
    performanceHints: [],
    benchmarkIndex: slowHost ? 640 : 1500,
    slowHost,
    runs: 1,
    setAside: 0,
  };
}

describe('medianRun', () => {
  it('keeps the run with the median performance score', () => {
    const kept = medianRun([run(97), run(100), run(91)]);
    expect(kept.scores.performance).toBe(97);
    expect(kept).toMatchObject({runs: 3, setAside: 0, slowHost: false});
  });

  it('leaves out runs made on a slow host when runs at normal speed replaced them', () => {
    const kept = medianRun([run(82, true), run(99), run(98), run(100)]);
    expect(kept.scores.performance).toBe(99);
    expect(kept).toMatchObject({runs: 3, setAside: 1, slowHost: false});
  });

  it('takes the lower of two middle runs', () => {
    expect(medianRun([run(100), run(90), run(70, true)]).scores.performance).toBe(90);
  });

  it('falls back to the slow-host runs, marked, when there is nothing else', () => {
    const kept = medianRun([run(80, true), run(90, true), run(85, true)]);
    expect(kept).toMatchObject({runs: 3, setAside: 0, slowHost: true});
    expect(kept.scores.performance).toBe(85);
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow(/at least one run/);
  });
});

describe('the report', () => {
  it('counts the runs set aside and marks a score that only slow-host runs gave', () => {
    const report = renderReport({
      date: '2026-12-01',
      commit: 'abc1234',
      machine: 'test',
      firstVisits: [],
      lighthouse: [],
      everyPage: [medianRun([run(80, true), run(98), run(99), run(97)]), medianRun([run(88, true)])],
    });
    expect(report).toContain('| 98 ✅ | 900 ms | 1200 ms | 40 ms | 0.000 | 1500 | 3 (+1 set aside) |');
    expect(report).toContain('| 88 ❌ | 900 ms | 1200 ms | 40 ms | 0.000 | 640 ⚠ | 1 |');
    expect(report).toContain('1 of 2 pages reach 95');
  });
});
