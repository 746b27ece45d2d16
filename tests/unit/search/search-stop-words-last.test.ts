import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  QUERY_PLANNER,
  queryPlannerSwaps,
  writeQueryPlannerCopy,
} from '../../../plugins/search-stop-words-last';

describe("the search worker's query planner, edited (against the installed search plugin)", () => {
  it('plans the queries without stop words before the query as typed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-planner-'));
    try {
      const copy = fs.readFileSync(writeQueryPlannerCopy(dir), 'utf8');
      expect(copy).toContain('terms.unshift(...newTerms);');
      expect(copy).not.toContain('terms.push(...newTerms);');
      // Its own imports point back at the plugin's folder, so the copy can live in the generated files.
      expect(copy).not.toMatch(/from "\.{1,2}\//);
      for (const [, imported] of copy.matchAll(/from "([^"]+)"/g)) {
        if (imported.startsWith('/')) expect(fs.existsSync(`${imported}.js`), imported).toBe(true);
      }
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('swaps the module the worker imports, found where the plugin installs it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-planner-'));
    try {
      const [swap] = queryPlannerSwaps(dir);
      expect(swap.pattern.test(QUERY_PLANNER)).toBe(true);
      const worker = path.join(path.dirname(QUERY_PLANNER), '../theme/worker.js');
      expect(fs.readFileSync(worker, 'utf8')).toContain('from "../utils/smartQueries"');
      expect(swap.sides).toEqual(['client']);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
