/**
 * Translated strings where they are used. Docusaurus puts every string of `i18n/<locale>/code.json` in
 * `main.js` (the module `@generated/codeTranslations`, which `translate()` reads), so every page downloads
 * the labels of all six diagrams and the text of the home page, although only the chunks of those components
 * read them.
 *
 * For a production build, the strings whose id starts with a lazy group's name (`diagram.…`) leave
 * `@generated/codeTranslations`. A component that uses them imports the module of their prefix, which adds
 * the strings under that prefix to the same object when it is evaluated; so the component's chunk carries
 * them, and they are in place before it renders, on the server as in the browser:
 *
 *     import '@code-translations/diagram.dockerWorkflow'; // the strings `diagram.dockerWorkflow.…`
 *
 * A prefix as narrow as one component keeps a page with one diagram from loading the labels of all six.
 * `findLazyTranslationProblems` fails the build when a file uses a lazy string without importing a prefix of
 * its id (its readers would silently see English). In development every string stays in `main.js`, as
 * Docusaurus has it, so a changed `code.json` shows at once, and the prefix modules are empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import {readSourceFiles, type SourceFile} from '../../src/data/sourceFiles';
import {writeGeneratedFile} from '../shared/generated-file';

/** The module a component imports for the strings under one prefix: `@code-translations/<prefix>`. */
export const PREFIX_MODULE = '@code-translations/';
export const PREFIX_MODULE_REQUEST = /^@code-translations\/([\w-]+(?:\.[\w-]+)*)$/;
/** What Docusaurus's client imports for the strings of the current locale. */
export const CODE_TRANSLATIONS_REQUEST = /^@generated\/codeTranslations$/;

type Messages = Record<string, string>;

/** Whether a translation id lies under a prefix of id segments (`diagram` holds `diagram.title`). */
export function isUnder(id: string, prefix: string): boolean {
  return id === prefix || id.startsWith(`${prefix}.`);
}

/** The strings that stay in `main.js`: those outside every lazy group. */
export function mainMessages(all: Messages, groups: readonly string[]): Messages {
  return Object.fromEntries(
    Object.entries(all).filter(([id]) => !groups.some((group) => isUnder(id, group))),
  );
}

/** Replaces `@generated/codeTranslations`: the strings every page may need. */
export function mainModule(main: Messages): string {
  return `export default ${JSON.stringify(main)};\n`;
}

/** `@code-translations/<prefix>`: adds the strings under `prefix` to the object `translate()` reads. */
export function prefixModule(all: Messages, prefix: string): string {
  const messages = Object.fromEntries(Object.entries(all).filter(([id]) => isUnder(id, prefix)));
  if (Object.keys(messages).length === 0) return 'export {};\n';
  return [
    "import codeTranslations from '@generated/codeTranslations';",
    '',
    `Object.assign(codeTranslations, ${JSON.stringify(messages)});`,
    '',
  ].join('\n');
}

const IMPORT = new RegExp(`^\\s*import\\s+['"]${PREFIX_MODULE}([^'"]+)['"]`, 'gm');
/** A literal translation id: `id: 'x.y'` in translate(), `id="x.y"` on <Translate>. */
const TRANSLATION_ID = /\bid\s*[:=]\s*\{?\s*['"`]([\w-]+(?:\.[\w-]+)+)['"`]/g;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/**
 * One `file:line` message, with the fix, per lazy string a file uses without importing a prefix of its id,
 * and per import of a prefix outside every lazy group (its strings are in `main.js` already).
 */
export function findLazyTranslationProblems(
  files: readonly SourceFile[],
  groups: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const {path: file, text: source} of files) {
    const imports = [...source.matchAll(IMPORT)];
    for (const match of imports) {
      if (!groups.some((group) => isUnder(match[1], group))) {
        problems.push(
          `${file}:${lineOf(source, match.index)}: imports ${PREFIX_MODULE}${match[1]}, but "${match[1]}" is in ` +
            `no group of lazyTranslations (${groups.join(', ')}). Remove the import, or add the group to the ` +
            'translations-with-components plugin options in docusaurus.config.ts.',
        );
      }
    }
    for (const match of source.matchAll(TRANSLATION_ID)) {
      const id = match[1];
      if (!groups.some((group) => isUnder(id, group))) continue;
      if (imports.some(([, prefix]) => isUnder(id, prefix))) continue;
      const prefix = id.split('.').slice(0, 2).join('.');
      problems.push(
        `${file}:${lineOf(source, match.index)}: the string "${id}" does not load with main.js. ` +
          `Add \`import '${PREFIX_MODULE}${prefix}';\` to this file, so its chunk carries it.`,
      );
    }
  }
  return problems;
}

/** Every script and component of the site's `src/`, for `findLazyTranslationProblems`. */
export function readSiteSources(siteDir: string): SourceFile[] {
  return readSourceFiles(siteDir, 'src', (file) => /\.(tsx?|jsx?)$/.test(file) && !file.endsWith('.d.ts'));
}

/** The prefixes the files import (`import '@code-translations/<prefix>'`), each once. */
export function importedPrefixes(files: readonly SourceFile[]): string[] {
  return [...new Set(files.flatMap(({text}) => [...text.matchAll(IMPORT)].map(([, prefix]) => prefix)))];
}

export interface LazyTranslationModules {
  /** Replacement for `@generated/codeTranslations`, when the strings are split. */
  main?: string;
  /** Writes the module `@code-translations/<prefix>` and returns its file. */
  prefixModule: (prefix: string) => string;
}

/**
 * The modules of one locale's build, from the strings Docusaurus generated for it
 * (`<generatedFilesDir>/codeTranslations.json`); with `split: false`, only empty prefix modules.
 * The modules of `prefixes` (those the components import) are written at once, before the bundler starts: the
 * bundler's persistent cache checks its files as it starts, so a module written later, while it resolves imports,
 * would be built from the cache's copy of the previous build's strings.
 */
export function lazyTranslationModules(
  generatedFilesDir: string,
  {
    groups,
    split,
    locale,
    prefixes = [],
  }: {groups: readonly string[]; split: boolean; locale: string; prefixes?: readonly string[]},
): LazyTranslationModules {
  let all: Messages = {};
  if (split) {
    const generated = path.join(generatedFilesDir, 'codeTranslations.json');
    if (!fs.existsSync(generated)) {
      throw new Error(
        `${generated} does not exist: Docusaurus no longer writes the translated strings before it configures ` +
          'the bundler. Check whether plugins/translations-with-components/lazy-translations.ts still applies, and update it (README.md, "Upgrading Docusaurus").',
      );
    }
    all = JSON.parse(fs.readFileSync(generated, 'utf8')) as Messages;
  }
  const dir = `code-translations/${locale}`;
  const writePrefixModule = (prefix: string): string =>
    writeGeneratedFile(
      generatedFilesDir,
      'translations-with-components',
      `${dir}/${prefix}.js`,
      prefixModule(all, prefix),
    );
  for (const prefix of prefixes) writePrefixModule(prefix);
  return {
    main: split
      ? writeGeneratedFile(
          generatedFilesDir,
          'translations-with-components',
          `${dir}/main.js`,
          mainModule(mainMessages(all, groups)),
        )
      : undefined,
    prefixModule: writePrefixModule,
  };
}
