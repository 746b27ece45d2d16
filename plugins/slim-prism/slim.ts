/**
 * A copy of `prism-react-renderer` without the grammars and colour themes it bundles.
 *
 * The package ships one module with Prism, twenty-odd languages and twenty colour themes in it: about 66 kB
 * of grammars (20 kB gzip) and 34 kB of themes (4 kB gzip) that every page with a code block downloads and
 * evaluates before it can hydrate. The course highlights five languages, and the site config passes both
 * colour themes to the code blocks itself. This copy keeps Prism's core and the `Highlight` component
 * byte for byte; the classic theme then registers the languages listed in `prism.additionalLanguages` from
 * `prismjs`, one small module each.
 */

const LANGUAGES_START = '// src/prism-langs.ts\n';
const PRISM_INSTANCE = 'var Prism = __toESM(require_prism());\n';
const THEMES_START = '// src/themes/index.ts\n';
const COMPONENTS_START = '// src/index.ts\nimport { createElement } from "react";\n';
/** `Highlight` falls back to this theme when given none; the classic theme always gives one. */
const NO_THEMES = 'var themes_exports = {};\nvar vsDark_default = { plain: {}, styles: [] };\n';

/** Removes the bundled languages and themes from the package's ES module; fails if its layout changed. */
export function slimPrismReactRenderer(source: string): string {
  const languages = source.indexOf(LANGUAGES_START);
  const themes = source.indexOf(THEMES_START, languages);
  const components = source.indexOf(COMPONENTS_START, themes);
  if (
    languages < 0 ||
    themes < 0 ||
    components < 0 ||
    !source.startsWith(PRISM_INSTANCE, languages + LANGUAGES_START.length)
  ) {
    throw new Error(
      'prism-react-renderer/dist/index.mjs no longer has the layout plugins/slim-prism/slim.ts expects ' +
        '(Prism core, then "// src/prism-langs.ts", "// src/themes/index.ts" and "// src/index.ts"). ' +
        'Check how the new version bundles its languages and themes, and update slimPrismReactRenderer() (README.md, "Upgrading Docusaurus").',
    );
  }
  return source.slice(0, languages) + PRISM_INSTANCE + NO_THEMES + source.slice(components);
}
