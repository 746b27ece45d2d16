/**
 * `npm test -- --only=budget`: the production build keeps what each speed-up plugin promises.
 * Each check reads the real build (both languages) and, when it fails, names the piece that stopped working,
 * so an upgrade that quietly undoes a piece fails here even where the build itself passed.
 *
 * Usage: tsx scripts/check-budget.ts [--build-dir build]
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import zlib from 'node:zlib';
import {
  ENTRY_SCRIPT,
  ENTRY_SCRIPTS_ATTRIBUTE,
  entryScripts,
} from '../plugins/first-paint-first/entry-scripts';

/**
 * `main.js`, gzip at level 9, as built on 2026-12-05 (Docusaurus 3.10.2). It may grow by 3% before this fails:
 * past that, find what grew (a dependency, a piece that stopped working) before raising the figure.
 */
export const MAIN_JS_GZIP_BYTES: Record<string, number> = {'': 124_830, '/es': 127_727};
export const MAIN_JS_GROWTH = 0.03;

const LOCALE_PREFIXES = ['', '/es'];
const UPGRADING = 'See README.md, "Upgrading Docusaurus".';

export interface BudgetProblem {
  /** The speed-up plugin (or the budget) that the check guards. */
  piece: string;
  message: string;
}

const read = (file: string): string => fs.readFileSync(file, 'utf8');

/** The sitemap's pages in one language, as URL paths. */
function sitemapPages(buildDir: string, prefix: string): string[] {
  return [...read(path.join(buildDir, prefix, 'sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc).pathname,
  );
}

function pageHtml(buildDir: string, page: string): string {
  const file = [path.join(buildDir, `${page}.html`), path.join(buildDir, page, 'index.html')].find((f) =>
    fs.existsSync(f),
  );
  if (!file) throw new Error(`${page} is in the sitemap but not in ${buildDir}.`);
  return read(file);
}

function mainScript(buildDir: string, prefix: string): {file: string; code: string} {
  const dir = path.join(buildDir, prefix, 'assets/js');
  const name = fs.readdirSync(dir).find((file) => /^main\.[0-9a-f]+\.js$/.test(file));
  if (!name) throw new Error(`${dir} holds no main.<hash>.js: is ${buildDir} a production build?`);
  return {file: path.join(prefix, 'assets/js', name), code: read(path.join(dir, name))};
}

/** What Prism looks like in a bundle: its tokenizer and its grammar registry. */
const PRISM = /matchGrammar|Prism\.languages/;
/** What lunr looks like in a bundle: its pipeline's messages, which survive minification. */
const LUNR = /Cannot load unregistered function|Overwriting existing registered function/;
/** Grammars and colour themes prism-react-renderer bundles, which the slim copy leaves out. */
const BUNDLED_PRISM_EXTRAS = /languages\.swift\s*=|#282a36|"Dracula"/i;

export function checkBudget(buildDir: string): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const add = (piece: string, message: string) => problems.push({piece, message: `${message} ${UPGRADING}`});

  for (const prefix of LOCALE_PREFIXES) {
    const main = mainScript(buildDir, prefix);
    const gzip = zlib.gzipSync(main.code, {level: 9}).length;
    const limit = Math.floor(MAIN_JS_GZIP_BYTES[prefix] * (1 + MAIN_JS_GROWTH));
    if (gzip > limit) {
      add(
        'main.js budget',
        `${main.file} is ${gzip} bytes gzip, over its budget of ${limit} (${MAIN_JS_GZIP_BYTES[prefix]} + 3%). ` +
          'A speed-up may have stopped working; the checks below say which, if any.',
      );
    }
    if (LUNR.test(main.code))
      add('search bar without lunr (plugins/search-bar-without-lunr)', `${main.file} contains lunr.`);
    if (PRISM.test(main.code))
      add('Prism with code blocks (plugins/prism-with-code-blocks)', `${main.file} contains Prism.`);
    // The diagrams' and the home page's strings load with their components.
    if (prefix !== '') {
      const codeJson = path.resolve(__dirname, '..', 'i18n', prefix.slice(1), 'code.json');
      if (fs.existsSync(codeJson)) {
        const messages = JSON.parse(read(codeJson)) as Record<string, {message: string}>;
        const leaked = Object.entries(messages).find(
          ([id, {message}]) =>
            /^(diagram|homepage)\./.test(id) &&
            message.length > 24 &&
            main.code.includes(JSON.stringify(message).slice(1, -1)),
        );
        if (leaked) {
          add(
            'translations with components (plugins/translations-with-components)',
            `${main.file} contains the string ${leaked[0]} ("${leaked[1].message}"), which should load with its component.`,
          );
        }
      }
    }
    const extras = fs
      .readdirSync(path.join(buildDir, prefix, 'assets/js'))
      .find((file) => BUNDLED_PRISM_EXTRAS.test(read(path.join(buildDir, prefix, 'assets/js', file))));
    if (extras) {
      add(
        'slim Prism (plugins/slim-prism)',
        `${prefix}/assets/js/${extras} holds the grammars or colour themes bundled in prism-react-renderer.`,
      );
    }

    for (const page of sitemapPages(buildDir, prefix)) {
      const html = pageHtml(buildDir, page);
      const scripts = entryScripts(html);
      if (scripts.length === 0) {
        add(
          'first paint first (plugins/first-paint-first)',
          `${page} has no ${ENTRY_SCRIPTS_ATTRIBUTE} list of scripts to run after the first paint.`,
        );
        continue;
      }
      if (/<script[^>]*\bsrc=[^>]*\bdefer\b/.test(html)) {
        add(
          'first paint first (plugins/first-paint-first)',
          `${page} still loads scripts with defer, before its first paint.`,
        );
      }
      if (!/\/docs(\/|$)/.test(page)) continue;
      const articleEnd = html.indexOf('</article>');
      const firstScript = html.search(/<script\b[^>]*\bsrc=/);
      if (
        articleEnd < 0 ||
        !/<h1[^>]*>[^<]+/.test(html.slice(0, articleEnd)) ||
        /<div hidden id="?S:\d/.test(html) ||
        html.includes('<!--$?-->') ||
        (firstScript >= 0 && firstScript < articleEnd)
      ) {
        add(
          'complete HTML (plugins/complete-html)',
          `${page}'s HTML does not hold its whole article before any script runs.`,
        );
      }
      const routeChunks = scripts.filter(
        (src) => !ENTRY_SCRIPT.test(src.replace(/^.*?(assets\/js\/)/, '$1')),
      );
      if (routeChunks.length === 0) {
        add('route chunks (plugins/route-chunks)', `${page} lists none of its route's chunks.`);
      }
      if (!/<pre\b/.test(html.slice(0, articleEnd))) {
        const prism = scripts.find((src) => {
          const file = path.join(buildDir, new URL(src, 'http://site').pathname);
          return fs.existsSync(file) && PRISM.test(read(file));
        });
        if (prism) {
          add(
            'Prism with code blocks (plugins/prism-with-code-blocks)',
            `${page} shows no code block but loads Prism (${prism}).`,
          );
        }
      }
    }
  }
  return problems;
}

function main(): void {
  const {values} = parseArgs({options: {'build-dir': {type: 'string', default: 'build'}}});
  const buildDir = path.resolve(values['build-dir']);
  const problems = checkBudget(buildDir);
  const byPiece = new Map<string, string[]>();
  for (const {piece, message} of problems) byPiece.set(piece, [...(byPiece.get(piece) ?? []), message]);
  for (const [piece, messages] of byPiece) {
    console.error(`✘ ${piece}`);
    for (const message of messages.slice(0, 5)) console.error(`    ${message}`);
    if (messages.length > 5) console.error(`    … and ${messages.length - 5} more`);
  }
  if (problems.length > 0) {
    console.error(`\nThe build breaks the promises of ${byPiece.size} speed-up(s).`);
    process.exit(1);
  }
  console.log('Budget: main.js within budget, and every speed-up does what it promises.');
}

if (require.main === module) main();
