/**
 * Copies of two components of `@easyops-cn/docusaurus-search-local`, each with a few exact edits.
 *
 * - Both search inputs, in the navbar and on the search page, carry a hard-coded English `aria-label`
 *   ("Search"), so a screen reader reads English on the Spanish site. The copies use the label the navbar
 *   placeholder already translates (`theme.SearchBar.label`: "Buscar").
 * - The search page has no `main` landmark, so screen-reader users cannot jump to its results; the copy
 *   makes its content container the page's `<main>`.
 * - The navbar search bar imports the plugin's generated constants only for `searchResultLimits`, and that
 *   module also loads lunr and its stemmers, which only the search worker uses: about 47 kB of code (13 kB
 *   gzip) in every page's `main.js`. The copy reads the limit from `search-bar-constants.ts` instead.
 *
 * Each copy imports everything else from the plugin's own folder, so the rest of the plugin is untouched. An
 * edit whose text is no longer in the plugin fails the build, naming the file, instead of shipping silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import {writeGeneratedFile} from '../shared/generated-file';
import {patchModule} from '../shared/patch-module';

/** The plugin's theme folder, which holds `SearchBar/` and `SearchPage/`. */
const THEME_DIR = path.resolve(
  path.dirname(
    require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.jsx'),
  ),
  '..',
);

const TRANSLATED_LABEL =
  'aria-label={translate({id: "theme.SearchBar.label", message: "Search", ' +
  'description: "The ARIA label and placeholder for search button"})}';

export interface SearchComponentCopy {
  /** How the plugin's `index` module imports the component: `./SearchBar`. */
  request: string;
  /** The plugin's `index` module that makes that import. */
  issuer: string;
  /** The copy, in Docusaurus's generated files. */
  file: string;
}

function writeCopy(generatedDir: string, name: string, original: string, edits: [string, string][]): string {
  return writeGeneratedFile(
    generatedDir,
    'search-bar-without-lunr',
    name,
    patchModule(
      fs.readFileSync(original, 'utf8'),
      original,
      edits,
      'plugins/search-bar-without-lunr/copies.ts',
    ),
  );
}

/** Writes the two copies and says which imports they replace. */
export function writeSearchComponentCopies(
  generatedDir: string,
  constantsFile: string,
): SearchComponentCopy[] {
  const themeDir = THEME_DIR;
  const searchBar = path.join(themeDir, 'SearchBar', 'SearchBar.jsx');
  const searchPage = path.join(themeDir, 'SearchPage', 'SearchPage.jsx');
  return [
    {
      request: './SearchBar',
      issuer: path.join(themeDir, 'SearchBar', 'index.jsx'),
      file: writeCopy(generatedDir, 'SearchBar.jsx', searchBar, [
        ['from "../../utils/proxiedGeneratedConstants"', `from ${JSON.stringify(constantsFile)}`],
        ['aria-label="Search"', TRANSLATED_LABEL],
      ]),
    },
    {
      request: './SearchPage',
      issuer: path.join(themeDir, 'SearchPage', 'index.js'),
      file: writeCopy(generatedDir, 'SearchPage.jsx', searchPage, [
        ['aria-label="Search"', TRANSLATED_LABEL],
        [
          '<div className="container margin-vert--lg">\n        <h1>',
          '<main className="container margin-vert--lg">\n        <h1>',
        ],
        [
          '        </section>\n      </div>\n    </React.Fragment>);',
          '        </section>\n      </main>\n    </React.Fragment>);',
        ],
      ]),
    },
  ];
}
