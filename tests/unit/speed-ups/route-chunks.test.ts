import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {registryChunks, withRouteModules, type ClientManifest} from '../../../plugins/route-chunks';

/** The lookup Docusaurus does for each page (a dependency of @docusaurus/core), which reads the manifest. */
const coreRequire = createRequire(createRequire(import.meta.url).resolve('@docusaurus/core/package.json'));
const {getBundles} = coreRequire('react-loadable-ssr-addon-v5-slorber') as {
  getBundles: (manifest: ClientManifest, modules: string[]) => {js: {file: string}[]};
};

/** Entries as Docusaurus writes `@generated/registry`. */
const REGISTRY = `export default {
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "0e384e19": [() => import(/* webpackChunkName: "0e384e19" */ "@site/docs/intro.mdx"), "@site/docs/intro.mdx", require.resolveWeak("@site/docs/intro.mdx")],
  "merged01": [() => import(/* webpackChunkName: "merged01" */ "@site/docs/tiny.json"), "@site/docs/tiny.json", require.resolveWeak("@site/docs/tiny.json")],};
`;

/** A manifest as the client build writes it: chunks by name, each with the chunk ids it needs. */
const MANIFEST: ClientManifest = {
  entrypoints: ['main'],
  origins: {
    main: [1, 2],
    '17896441': [8622, 17896441],
    '0e384e19': [3003],
  },
  assets: {
    1: {js: [{file: 'assets/js/runtime~main.11.js'}]},
    2: {js: [{file: 'assets/js/main.22.js'}]},
    8622: {js: [{file: 'assets/js/8622.33.js'}]},
    17896441: {js: [{file: 'assets/js/17896441.44.js'}]},
    3003: {js: [{file: 'assets/js/0e384e19.55.js'}]},
  },
};

describe('route chunks in the client manifest', () => {
  it('reads which chunk each registry module is in', () => {
    expect([...registryChunks(REGISTRY)]).toEqual([
      ['@theme/DocItem', '17896441'],
      ['@site/docs/intro.mdx', '0e384e19'],
      ['@site/docs/tiny.json', 'merged01'],
    ]);
  });

  it("lets Docusaurus find a page's route chunks from the modules it rendered", () => {
    const rendered = ['@theme/DocItem', '@site/docs/intro.mdx', '@site/docs/tiny.json'];
    // Without the registry's modules, a page lists the entry scripts alone.
    expect(getBundles(MANIFEST, ['main', ...rendered]).js.map(({file}) => file)).toEqual([
      'assets/js/runtime~main.11.js',
      'assets/js/main.22.js',
    ]);
    const manifest = withRouteModules(MANIFEST, REGISTRY);
    expect(getBundles(manifest, ['main', ...rendered]).js.map(({file}) => file)).toEqual([
      'assets/js/runtime~main.11.js',
      'assets/js/main.22.js',
      'assets/js/8622.33.js',
      'assets/js/17896441.44.js',
      'assets/js/0e384e19.55.js',
    ]);
    // The chunk the bundler merged away adds nothing; the original manifest is left as it was.
    expect(manifest.origins['@site/docs/tiny.json']).toBeUndefined();
    expect(MANIFEST.origins['@theme/DocItem']).toBeUndefined();
  });

  it("fails, naming the file to update, when the registry's layout changed", () => {
    expect(() =>
      withRouteModules(MANIFEST, 'export default {"a": [() => import(/* webpackChunkName: "a" */ "x")]};'),
    ).toThrow(/registry\.js no longer has the layout plugins\/route-chunks reads/);
  });
});
