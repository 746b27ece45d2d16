import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lazyTranslationGroups} from '../../../plugins/translations-with-components';
import {
  PREFIX_MODULE_REQUEST,
  findLazyTranslationProblems,
  importedPrefixes,
  lazyTranslationModules,
  mainMessages,
  mainModule,
  prefixModule,
} from '../../../plugins/translations-with-components/lazy-translations';

const ALL = {
  'theme.navbar.title': 'Barra',
  'diagram.common.app': 'aplicación',
  'diagram.workflow.image': 'imagen',
  'diagram.workflow.build': 'construir',
  'diagramming.note': 'no es un diagrama',
  'homepage.title': 'Inicio',
};
const GROUPS = ['diagram', 'homepage'];

/** Evaluates the generated modules as the bundler links them: the prefix module imports the main one. */
async function loadModules(modules: {main: string; prefix: string}): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(process.cwd(), 'node_modules', '.lazy-translations-'));
  try {
    const main = path.join(dir, 'main.mjs');
    fs.writeFileSync(main, modules.main);
    fs.writeFileSync(
      path.join(dir, 'prefix.mjs'),
      modules.prefix.replace("'@generated/codeTranslations'", JSON.stringify(pathToFileURL(main).href)),
    );
    const {default: translations} = (await import(pathToFileURL(main).href)) as {
      default: Record<string, string>;
    };
    const before = {...translations};
    await import(pathToFileURL(path.join(dir, 'prefix.mjs')).href);
    expect(before).toEqual(mainMessages(ALL, GROUPS));
    return translations;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

describe('translated strings split out of main.js', () => {
  it('keeps in main.js only the strings outside every lazy group, by whole id segments', () => {
    expect(mainMessages(ALL, GROUPS)).toEqual({
      'theme.navbar.title': 'Barra',
      'diagramming.note': 'no es un diagrama',
    });
  });

  it('adds the strings under a prefix to the object translate() reads, when its module is evaluated', async () => {
    const translations = await loadModules({
      main: mainModule(mainMessages(ALL, GROUPS)),
      prefix: prefixModule(ALL, 'diagram.workflow'),
    });
    expect(translations).toEqual({
      'theme.navbar.title': 'Barra',
      'diagramming.note': 'no es un diagrama',
      'diagram.workflow.image': 'imagen',
      'diagram.workflow.build': 'construir',
    });
  });

  it('writes an empty module for a prefix without strings, as in development or the default language', () => {
    expect(prefixModule({}, 'diagram.workflow')).toBe('export {};\n');
    expect(prefixModule(ALL, 'diagram.none')).toBe('export {};\n');
  });

  it('reads the strings Docusaurus generated for the locale, and writes its modules apart from other locales', () => {
    const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-translations-'));
    try {
      fs.writeFileSync(path.join(generated, 'codeTranslations.json'), JSON.stringify(ALL));
      const modules = lazyTranslationModules(generated, {groups: GROUPS, split: true, locale: 'es'});
      expect(modules.main).toBe(
        path.join(generated, 'translations-with-components', 'code-translations', 'es', 'main.js'),
      );
      expect(fs.readFileSync(modules.main!, 'utf8')).toBe(mainModule(mainMessages(ALL, GROUPS)));
      const homepage = modules.prefixModule('homepage');
      expect(homepage).toBe(
        path.join(generated, 'translations-with-components', 'code-translations', 'es', 'homepage.js'),
      );
      expect(fs.readFileSync(homepage, 'utf8')).toContain('"homepage.title":"Inicio"');

      const development = lazyTranslationModules(generated, {groups: GROUPS, split: false, locale: 'es'});
      expect(development.main).toBeUndefined();
      expect(fs.readFileSync(development.prefixModule('homepage'), 'utf8')).toBe('export {};\n');

      fs.rmSync(path.join(generated, 'codeTranslations.json'));
      expect(() => lazyTranslationModules(generated, {groups: GROUPS, split: true, locale: 'es'})).toThrow(
        /codeTranslations\.json does not exist: .*plugins\/translations-with-components\/lazy-translations\.ts/,
      );
    } finally {
      fs.rmSync(generated, {recursive: true, force: true});
    }
  });

  it('writes the module of every prefix the components import before the bundler starts', () => {
    const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-translations-'));
    try {
      fs.writeFileSync(path.join(generated, 'codeTranslations.json'), JSON.stringify(ALL));
      const files = [
        {path: 'src/a.tsx', text: "import '@code-translations/diagram.workflow';\nimport x from 'y';\n"},
        {
          path: 'src/b.tsx',
          text: "  import '@code-translations/homepage';\nimport '@code-translations/homepage';\n",
        },
      ];
      expect(importedPrefixes(files)).toEqual(['diagram.workflow', 'homepage']);
      const dir = path.join(generated, 'translations-with-components', 'code-translations', 'es');
      // A module left by an earlier build, with strings that have changed since.
      fs.mkdirSync(dir, {recursive: true});
      fs.writeFileSync(path.join(dir, 'homepage.js'), prefixModule({'homepage.title': 'Viejo'}, 'homepage'));
      lazyTranslationModules(generated, {
        groups: GROUPS,
        split: true,
        locale: 'es',
        prefixes: importedPrefixes(files),
      });
      expect(fs.readFileSync(path.join(dir, 'diagram.workflow.js'), 'utf8')).toContain(
        '"diagram.workflow.image":"imagen"',
      );
      expect(fs.readFileSync(path.join(dir, 'homepage.js'), 'utf8')).toContain('"homepage.title":"Inicio"');
    } finally {
      fs.rmSync(generated, {recursive: true, force: true});
    }
  });

  it('recognizes the module requests components make', () => {
    expect(PREFIX_MODULE_REQUEST.exec('@code-translations/diagram.workflow')?.[1]).toBe('diagram.workflow');
    expect(PREFIX_MODULE_REQUEST.test('@code-translations/../secrets')).toBe(false);
  });
});

describe('the check that a component imports the strings it uses', () => {
  const good = {
    path: 'src/components/Workflow/index.tsx',
    text: [
      "import {translate} from '@docusaurus/Translate';",
      "import '@code-translations/diagram.workflow';",
      "const a = translate({id: 'diagram.workflow.image', message: 'image'});",
      'const b = <Translate id="diagram.workflow.build">build</Translate>;',
      "const c = translate({id: 'theme.navbar.title', message: 'Bar'});",
    ].join('\n'),
  };

  it('passes a file that imports a prefix of every lazy id it uses', () => {
    expect(findLazyTranslationProblems([good], GROUPS)).toEqual([]);
    const wholeGroup = {...good, text: good.text.replace("diagram.workflow';", "diagram';")};
    expect(findLazyTranslationProblems([wholeGroup], GROUPS)).toEqual([]);
  });

  it('reports, with file, line and the import to add, a lazy string used without its import', () => {
    const text = good.text + "\nconst d = translate({id: 'diagram.common.app', message: 'app'});";
    expect(findLazyTranslationProblems([{...good, text}], GROUPS)).toEqual([
      'src/components/Workflow/index.tsx:6: the string "diagram.common.app" does not load with main.js. ' +
        "Add `import '@code-translations/diagram.common';` to this file, so its chunk carries it.",
    ]);
    const jsx = {path: 'src/pages/index.tsx', text: '\n<Translate\n  id="homepage.title">Home</Translate>'};
    expect(findLazyTranslationProblems([jsx], GROUPS)).toEqual([
      expect.stringMatching(
        /^src\/pages\/index\.tsx:3: the string "homepage\.title" .*'@code-translations\/homepage\.title'/,
      ),
    ]);
  });

  it('reports an import of strings that main.js carries anyway', () => {
    const text = "import '@code-translations/theme.navbar';";
    expect(findLazyTranslationProblems([{path: 'src/x.tsx', text}], GROUPS)).toEqual([
      expect.stringMatching(
        /^src\/x\.tsx:1: imports @code-translations\/theme\.navbar, but "theme\.navbar" is in no group/,
      ),
    ]);
  });

  it('accepts only a list of id segments as the plugin option', () => {
    expect(lazyTranslationGroups({lazyTranslations: ['diagram', 'homepage']})).toEqual([
      'diagram',
      'homepage',
    ]);
    expect(lazyTranslationGroups({id: 'default'})).toEqual([]);
    expect(() => lazyTranslationGroups({lazyTranslations: 'diagram'})).toThrow(
      /must list the first segments/,
    );
    expect(() => lazyTranslationGroups({lazyTranslations: ['diagram.']})).toThrow(
      /must list the first segments/,
    );
  });
});
