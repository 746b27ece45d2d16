import {describe, expect, it} from 'vitest';
import {patchModule} from '../../../plugins/shared/patch-module';

describe('patched copies of dependency modules', () => {
  it('applies each edit and points relative imports, in either quotes, at the original folder', () => {
    const source =
      'import a from "./a";\nimport "../b.css";\nimport c from "c";\n' +
      'import {d} from \'./d.js\';\nconst label = "Search";\n';
    const patched = patchModule(source, '/plugin/theme/Bar/Bar.jsx', [['"Search"', 'translated']], 'x.ts');
    expect(patched).toContain('import a from "/plugin/theme/Bar/a";');
    expect(patched).toContain('import "/plugin/theme/b.css";');
    expect(patched).toContain('import c from "c";');
    expect(patched).toContain('import {d} from "/plugin/theme/Bar/d.js";');
    expect(patched).toContain('const label = translated;');
  });

  it('fails, naming the module and the file that edits it, when an edit no longer applies', () => {
    expect(() =>
      patchModule('const x = 1;', '/plugin/Bar.jsx', [['aria-label="Search"', 'y']], 'plugins/edit.ts'),
    ).toThrow(
      /\/plugin\/Bar\.jsx no longer contains "aria-label=\\"Search\\"": the dependency changed\. Check whether plugins\/edit\.ts still needs this edit/,
    );
  });
});
