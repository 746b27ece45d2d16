/**
 * Hands the command usages from the build plugin (./index.ts) to the remark plugin (./remark.ts).
 *
 * The plugin collects them once every doc is loaded, before any page is compiled; the remark plugin then
 * gives each `<CommandReference />` the usages of its own edition as a prop. Only the reference page carries
 * them, instead of every page's `main.js` through global data.
 */
import path from 'node:path';
import type {CommandUsage} from '../../src/data/commandUsages';

/** Per command name (`docker run`), where a version of the course teaches it. */
export type VersionUsages = Record<string, CommandUsage[]>;

const usagesBySource = new Map<string, VersionUsages>();

/** Records, for every doc source file of a version, the usages of that version. */
export function recordVersionUsages(sourceFiles: string[], usages: VersionUsages): void {
  for (const file of sourceFiles) usagesBySource.set(path.resolve(file), usages);
}

export function clearUsages(): void {
  usagesBySource.clear();
}

/** The usages of the version a doc file belongs to; undefined when the plugin has not seen that file. */
export function usagesForSource(file: string): VersionUsages | undefined {
  return usagesBySource.get(path.resolve(file));
}
