import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {slimPrismReactRenderer} from '../../../plugins/slim-prism/slim';

const original = fs.readFileSync(require.resolve('prism-react-renderer/dist/index.mjs'), 'utf8');

/** Loads the slim module from a temporary file beside node_modules, as the bundler does. */
async function importSlim(): Promise<typeof import('prism-react-renderer')> {
  const dir = fs.mkdtempSync(path.join(process.cwd(), 'node_modules', '.slim-prism-'));
  const file = path.join(dir, 'index.mjs');
  fs.writeFileSync(file, slimPrismReactRenderer(original));
  try {
    return (await import(pathToFileURL(file).href)) as typeof import('prism-react-renderer');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

describe('the slim copy of prism-react-renderer', () => {
  it('drops the bundled grammars and colour themes', () => {
    const slim = slimPrismReactRenderer(original);
    expect(slim.length).toBeLessThan(original.length * 0.4);
    expect(slim).not.toContain('Prism.languages.swift =');
    expect(slim).not.toContain('// src/themes/dracula.ts');
    expect(slim).toContain('var Prism = __toESM(require_prism());');
  });

  it('keeps a working Prism core and Highlight, to which the languages of the course can be added', async () => {
    const {Prism, Highlight, normalizeTokens} = await importSlim();
    expect(typeof Highlight).toBe('function');
    expect(Prism.languages.python).toBeUndefined();
    // What the classic theme does with `prism.additionalLanguages`.
    const globals = globalThis as {Prism?: unknown};
    globals.Prism = Prism;
    // @ts-expect-error -- Prism's language modules ship no types; this one only registers a grammar.
    await import('prismjs/components/prism-bash');
    delete globals.Prism;
    const tokens = normalizeTokens(Prism.tokenize('docker ps -a # list', Prism.languages.bash));
    expect(tokens[0].map((token) => token.types.at(-1))).toContain('comment');
  });

  it('refuses a version whose layout it does not know, saying what to check', () => {
    expect(() =>
      slimPrismReactRenderer(original.replace('// src/prism-langs.ts', '// src/languages.ts')),
    ).toThrow(/no longer has the layout plugins\/slim-prism\/slim\.ts expects/);
  });
});
