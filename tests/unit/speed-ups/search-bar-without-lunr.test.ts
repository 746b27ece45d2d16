import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSearchComponentCopies} from '../../../plugins/search-bar-without-lunr/copies';

describe('copies of the search plugin components', () => {
  it('gives both search inputs the translated label, the search page a main landmark, and keeps lunr out of the navbar', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-theme-'));
    try {
      const copies = writeSearchComponentCopies(dir, '/site/plugins/search-bar-without-lunr/constants.ts');
      expect(copies.map((copy) => copy.request)).toEqual(['./SearchBar', './SearchPage']);
      for (const copy of copies) {
        const source = fs.readFileSync(copy.file, 'utf8');
        expect(source).not.toContain('aria-label="Search"');
        expect(source).toContain('aria-label={translate({id: "theme.SearchBar.label"');
        expect(source).not.toMatch(/from "\.{1,2}\//);
        expect(fs.existsSync(copy.issuer), copy.issuer).toBe(true);
      }
      const searchBar = fs.readFileSync(copies[0].file, 'utf8');
      expect(searchBar).toContain('from "/site/plugins/search-bar-without-lunr/constants.ts"');
      expect(searchBar).not.toContain('proxiedGeneratedConstants');
      const searchPage = fs.readFileSync(copies[1].file, 'utf8');
      expect(searchPage).toContain('<main className="container margin-vert--lg">');
      expect(searchPage.match(/<main\b/g)).toHaveLength(1);
      expect(searchPage.match(/<\/main>/g)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
