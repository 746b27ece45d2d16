/**
 * Remark plugin for the docs: prepares every `<Command cmd="...">` and `<Term id="...">` of a page at build
 * time, so the browser needs neither the command parser nor the bilingual catalog and glossary. A page of a
 * released edition is explained from the catalog frozen with that edition (src/data/editions.ts), so later
 * changes to the live catalog never rewrite it.
 *
 * It explains the command (src/data/explain.ts) in the language being built and passes the result to the
 * component as the `explained` prop, marking what an earlier command of the page already explained in the same
 * words (the snippet folds those away); a term gets its entry as the `tip` prop. A command the catalog cannot
 * explain, or an unknown term, fails the build with the file and line. `<CommandReference />` gets, as the
 * `usages` prop, where its edition of the course teaches each command (collected by ./index.ts), and its
 * edition's catalog as the `commands` prop; `<Glossary />` gets its edition's glossary as the `entries` prop.
 */
import path from 'node:path';
import type {Locale} from '../../src/data/catalog';
import {catalogForPage, liveCatalog} from '../../src/data/editions';
import type {ExplainedCommand} from '../../src/data/explained';
import {explainCommand, glossaryTip} from '../../src/data/explain';
import {usagesForSource} from './store';
import {
  stringAttribute,
  visitCourseElements,
  type EstreeNode,
  type MdxNode as Node,
} from '../../src/data/commandUsages';

/** Builds the estree of a JSON value, so MDX passes it to the component as a plain object. */
function toEstree(value: unknown): EstreeNode {
  if (Array.isArray(value)) return {type: 'ArrayExpression', elements: value.map(toEstree)};
  if (value !== null && typeof value === 'object') {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => ({
          type: 'Property',
          kind: 'init',
          method: false,
          shorthand: false,
          computed: false,
          key: {type: 'Literal', value: key},
          value: toEstree(item),
        })),
    };
  }
  return {type: 'Literal', value};
}

function setAttribute(node: Node, name: string, value: unknown): void {
  const attributes = (node.attributes ??= []).filter(
    (a) => !(a.type === 'mdxJsxAttribute' && a.name === name),
  );
  attributes.push({
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [{type: 'ExpressionStatement', expression: toEstree(value)}],
        },
      },
    },
  });
  node.attributes = attributes;
}

/** The language of the build: Docusaurus sets it for each locale it builds. */
function currentLocale(): Locale {
  return process.env.DOCUSAURUS_CURRENT_LOCALE === 'es' ? 'es' : 'en';
}

/** Marks the explanations that an earlier command of the page gave in the same words (`seen` spans the page). */
function markExplainedAbove(explained: ExplainedCommand, seen: Set<string>): ExplainedCommand {
  return {
    ...explained,
    explanations: explained.explanations.map((item) => {
      const key = `${item.label}\n${item.text ?? ''}`;
      if (seen.has(key)) return {...item, explainedAbove: true};
      seen.add(key);
      return item;
    }),
  };
}

export default function remarkCourseData() {
  return (tree: Node, file: {path?: string}): void => {
    const locale = currentLocale();
    const catalog = file.path ? catalogForPage(file.path) : liveCatalog;
    const explainedOnPage = new Set<string>();
    const where = (node: Node) =>
      `${file.path ? path.relative(process.cwd(), file.path) : '<mdx>'}:${node.position?.start.line ?? '?'}`;
    visitCourseElements(tree, (node) => {
      try {
        if (node.name === 'Command') {
          const explained = explainCommand(stringAttribute(node, 'cmd'), locale, catalog);
          setAttribute(node, 'explained', markExplainedAbove(explained, explainedOnPage));
        }
        if (node.name === 'Term')
          setAttribute(node, 'tip', glossaryTip(stringAttribute(node, 'id'), locale, catalog));
        if (node.name === 'Glossary') setAttribute(node, 'entries', catalog.glossary);
        if (node.name === 'CommandReference') {
          const usages = file.path ? usagesForSource(file.path) : undefined;
          if (!usages) {
            throw new Error(
              'No command usages were collected for this page. <CommandReference /> belongs in a doc of ' +
                'the docs plugin, with the command-usages plugin (plugins/command-usages) in the site config.',
            );
          }
          setAttribute(node, 'usages', usages);
          setAttribute(node, 'commands', catalog.commands);
        }
      } catch (error) {
        throw new Error(`${where(node)}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    });
  };
}
