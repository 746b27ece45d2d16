/**
 * Every module swap of the speed-up plugins, run by the real bundler (Rspack, as the site builds with) on the
 * real installed modules: each one happens when its module is imported the way Docusaurus imports it, and the
 * compilation fails, naming the piece and the README section on upgrading, when the module has moved (a
 * renamed file, an import the swap no longer matches).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {rspack} from '@rspack/core';
import type webpack from 'webpack';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {completeHtmlSwaps} from '../../../plugins/complete-html';
import {hydrationSwaps} from '../../../plugins/hydration-in-short-tasks';
import {prismClientModuleSwaps} from '../../../plugins/prism-with-code-blocks';
import {searchBarSwaps} from '../../../plugins/search-bar-without-lunr';
import {moduleSwapPlugins, type BuildSide, type ModuleSwap} from '../../../plugins/shared/module-swaps';
import {slimPrismSwaps} from '../../../plugins/slim-prism';
import {PIECE as TRANSLATIONS_PIECE} from '../../../plugins/translations-with-components';

let dir: string;
let swaps: ModuleSwap[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-swaps-'));
  const translations = path.join(dir, 'code-translations.js');
  fs.writeFileSync(translations, 'export default {};\n');
  const generated = path.join(dir, 'generated');
  swaps = [
    ...slimPrismSwaps(generated),
    ...prismClientModuleSwaps(),
    {
      piece: TRANSLATIONS_PIECE,
      pattern: /^@generated\/codeTranslations$/,
      file: translations,
      sides: ['client', 'server'],
    },
    ...searchBarSwaps(generated),
    ...hydrationSwaps(generated),
    ...completeHtmlSwaps(),
  ];
});

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

const coreClient = path.dirname(require.resolve('@docusaurus/core/lib/client/browserContext.js'));
const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic'));
const searchTheme = path.resolve(
  path.dirname(
    require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.jsx'),
  ),
  '..',
);

/** How Docusaurus and the themes reach each swapped module: an import from the real importer. */
const IMPORTS: Record<string, {side: BuildSide; source: string}> = {
  'slim Prism': {side: 'client', source: "import 'prism-react-renderer';"},
  'Prism with code blocks': {
    side: 'client',
    source: `import ${JSON.stringify(path.join(themeClassic, 'prism-include-languages.js'))};`,
  },
  'translations with components': {side: 'client', source: "import '@generated/codeTranslations';"},
  'search bar without lunr': {
    side: 'client',
    source: ['SearchBar/index.jsx', 'SearchPage/index.js']
      .map((file) => `import ${JSON.stringify(path.join(searchTheme, file))};`)
      .join('\n'),
  },
  'hydration in short tasks': {
    side: 'client',
    source: `import ${JSON.stringify(path.join(coreClient, 'browserContext.js'))};`,
  },
  'complete HTML': {
    side: 'server',
    source: `import ${JSON.stringify(path.join(coreClient, 'serverEntry.js'))};`,
  },
};

const pieceName = (swap: ModuleSwap): string => swap.piece.replace(/ \(.*$/, '');

/** Compiles `source` with the swaps of the pieces named, keeping other packages out; the errors it reports. */
async function compile(source: string, pieces: ModuleSwap[], side: BuildSide): Promise<string[]> {
  const work = fs.mkdtempSync(path.join(dir, 'compile-'));
  const entry = path.join(work, 'entry.js');
  fs.writeFileSync(entry, source);
  const swapped = (request: string) => pieces.some((swap) => swap.pattern.test(request));
  const compiler = rspack({
    mode: 'development',
    devtool: false,
    context: work,
    entry,
    target: side === 'server' ? 'node' : 'web',
    output: {path: path.join(work, 'out')},
    // Only the swapped modules and their own files matter: every other package stays out of the bundle.
    externals: [
      ({request}, callback) =>
        request && !/^[./]/.test(request) && !swapped(request)
          ? callback(undefined, `commonjs ${request}`)
          : callback(),
    ],
    resolve: {extensions: ['.js', '.jsx', '.ts', '.tsx', '.mjs']},
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {parser: {syntax: 'typescript', tsx: true}, transform: {react: {runtime: 'automatic'}}},
          },
          type: 'javascript/auto',
        },
        // Stylesheets are not what a swap is about.
        {test: /\.css$/, type: 'asset/source'},
      ],
    },
    plugins: moduleSwapPlugins(rspack as unknown as typeof webpack, pieces, side),
  });
  const stats = await new Promise<{errors: string[]}>((resolve, reject) =>
    compiler.run((error, result) => {
      if (error || !result) return reject(error ?? new Error('no stats'));
      compiler.close(() =>
        resolve({errors: result.toJson({all: false, errors: true}).errors?.map((e) => e.message) ?? []}),
      );
    }),
  );
  return stats.errors;
}

describe('the module swaps of the speed-up plugins', () => {
  it('cover every piece with a test', () => {
    expect(new Set(swaps.map(pieceName))).toEqual(new Set(Object.keys(IMPORTS)));
  });

  it.for(Object.entries(IMPORTS))(
    '%s: swaps the installed module, imported as Docusaurus imports it',
    {timeout: 60_000},
    async ([piece, {side, source}]) => {
      const pieces = swaps.filter((swap) => pieceName(swap) === piece);
      expect(await compile(source, pieces, side)).toEqual([]);
    },
  );

  it.for(Object.entries(IMPORTS))(
    '%s: fails the build, naming the piece, when the module is no longer where the swap looks',
    {timeout: 60_000},
    async ([piece, {side}]) => {
      const pieces = swaps.filter((swap) => pieceName(swap) === piece);
      // The module moved: nothing the build meets matches the swap any more.
      const errors = await compile("export const moved = 'elsewhere';\n", pieces, side);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error).toContain(`${piece} (plugins/`);
        expect(error).toContain('README.md, "Upgrading Docusaurus"');
      }
    },
  );

  it('fails when a renamed file no longer matches the path a swap expects', async () => {
    const [prism] = swaps.filter((swap) => pieceName(swap) === 'Prism with code blocks');
    const renamed = path.join(themeClassic, 'prism-include-languages.js');
    const copy = path.join(dir, 'theme-classic-lib', 'prism-languages.js');
    fs.mkdirSync(path.dirname(copy), {recursive: true});
    fs.copyFileSync(renamed, copy);
    const errors = await compile(`import ${JSON.stringify(copy)};`, [prism], 'client');
    expect(errors).toEqual([
      expect.stringContaining('Prism with code blocks (plugins/prism-with-code-blocks)'),
    ]);
  });
});
