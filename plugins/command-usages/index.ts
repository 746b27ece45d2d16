/**
 * Collects, at build time, where the course teaches each Docker command, for the "Taught in" links of the
 * command reference.
 *
 * For every doc of every version (in the locale being built) it reads the page source, finds each
 * `<Command cmd="...">` with the heading it sits under (src/data/commandUsages.ts, the parser shared with the
 * remark plugin and the command check), and records per version and per command the links
 * to those sections (./store.ts). The remark plugin passes them to `<CommandReference />` as a prop.
 * Snippets the catalog cannot explain are skipped here: `npm run check:commands` reports them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import {
  COMMAND_USAGES_PLUGIN,
  findCommandSnippets,
  parsePage,
  type CommandUsage,
  type CommandUsages,
} from '../../src/data/commandUsages';
import type {Catalog} from '../../src/data/catalog';
import {catalogForVersion} from '../../src/data/editions';
import {parseCommand} from '../../src/data/parseCommand';
import {clearUsages, recordVersionUsages} from './store';

type SidebarItem = {type: string; id?: string; items?: SidebarItem[]};

/** Doc ids in the order a reader meets them in the sidebar, so links follow the course order. */
function sidebarOrder(version: LoadedVersion): string[] {
  const ids: string[] = [];
  const walk = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.type === 'doc' && item.id) ids.push(item.id);
      if (item.items) walk(item.items);
    }
  };
  for (const sidebar of Object.values(version.sidebars ?? {})) walk(sidebar as SidebarItem[]);
  return ids;
}

export function collectCommandUsages(
  versions: LoadedVersion[],
  readSource: (source: string) => string | undefined,
  catalogOf: (version: string) => Catalog | undefined = () => undefined,
): CommandUsages {
  const result: CommandUsages = {};
  for (const version of versions) {
    const catalog = catalogOf(version.versionName);
    const order = sidebarOrder(version);
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    const docs = version.docs
      .filter((doc) => !doc.id.startsWith('reference/'))
      .sort((a, b) => rank(a.id) - rank(b.id));
    const byCommand: Record<string, CommandUsage[]> = {};
    for (const doc of docs) {
      const source = readSource(doc.source);
      if (source === undefined) continue;
      for (const snippet of findCommandSnippets(parsePage(source, doc.source))) {
        let name: string;
        try {
          name = parseCommand(snippet.cmd, catalog).command.name;
        } catch {
          continue;
        }
        const permalink = snippet.headingId ? `${doc.permalink}#${snippet.headingId}` : doc.permalink;
        const usages = (byCommand[name] ??= []);
        if (usages.some((usage) => usage.permalink === permalink)) continue;
        usages.push({
          permalink,
          title: snippet.heading ? `${doc.title} › ${snippet.heading}` : doc.title,
          heading: snippet.heading,
        });
      }
    }
    result[version.versionName] = byCommand;
  }
  return result;
}

export default function commandUsagesPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  return {
    name: COMMAND_USAGES_PLUGIN,

    getPathsToWatch() {
      return [
        path.join(siteDir, 'docs/**/*.mdx'),
        path.join(siteDir, 'versioned_docs/**/*.mdx'),
        path.join(siteDir, 'i18n/*/docusaurus-plugin-content-docs/**/*.mdx'),
      ];
    },

    async allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const versions = docs?.loadedVersions ?? [];
      const sourceFile = (source: string) => path.join(siteDir, source.replace(/^@site\//, ''));
      const usages = collectCommandUsages(
        versions,
        (source) => {
          const file = sourceFile(source);
          return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
        },
        (version) => catalogForVersion(siteDir, version),
      );
      clearUsages();
      for (const version of versions) {
        recordVersionUsages(
          version.docs.map((doc) => sourceFile(doc.source)),
          usages[version.versionName] ?? {},
        );
      }
    },
  };
}
