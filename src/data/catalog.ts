/**
 * What a command catalog and a glossary are made of, and the helpers that read them. The live data of the
 * unreleased edition is in ./commands.ts and ./glossary.ts; each released edition renders from its own frozen
 * copy (versioned_data/version-<edition>/catalog.json, read by ./editions.ts). Browser code imports this file
 * only: the data reaches the components as props, in the edition of the page.
 */

export type Locale = 'en' | 'es';

/** A text in each language of the site. */
export interface Localized {
  readonly en: string;
  readonly es: string;
}

export interface FlagSpec {
  /** Short form, one dash and one letter: `-d`. */
  readonly short?: `-${string}`;
  /** Long form, two dashes: `--detach`. */
  readonly long?: `--${string}`;
  /** Name of the value the flag takes (`host-port:container-port`); absent for on/off switches. */
  readonly value?: Localized;
  /** What the flag does: one full sentence per language. */
  readonly summary: Localized;
}

export interface ArgumentSpec {
  /** How the reference shows the argument: `image`, `container`. */
  readonly name: Localized;
  /** What the argument is: one full sentence per language. */
  readonly summary: Localized;
  readonly optional?: boolean;
  /** Can be given several times: `docker rm web db`. */
  readonly repeatable?: boolean;
  /** Takes every remaining word, flags included: the command run inside a container. */
  readonly rest?: boolean;
}

/** Where a command appears on the reference page. */
export type CommandSection =
  | 'basics'
  | 'images'
  | 'containers'
  | 'debugging'
  | 'volumes'
  | 'networks'
  | 'compose'
  | 'registries'
  | 'cleanup';

export interface CommandSpec {
  /** The command as typed, with `docker`: `docker run`, `docker compose up`. */
  readonly name: string;
  /** A group only prefixes sub-commands (`docker compose`): it is never run on its own. */
  readonly group?: boolean;
  readonly section: CommandSection;
  /** What the command does: one full sentence per language. */
  readonly summary: Localized;
  readonly args: readonly ArgumentSpec[];
  readonly flags: readonly FlagSpec[];
  /** A typical use, shown on the reference page; the catalog test parses it. */
  readonly example?: string;
  /** Another name for the same command (`docker image ls` is `docker images`). */
  readonly sameAs?: string;
}

export const commandSections: readonly CommandSection[] = [
  'basics',
  'images',
  'containers',
  'debugging',
  'volumes',
  'networks',
  'compose',
  'registries',
  'cleanup',
];

export interface GlossaryEntry {
  /** Lowercase English kebab-case; also the anchor on the glossary page. */
  readonly id: string;
  /** The term as each language writes it. */
  readonly term: Localized;
  /** One or two plain sentences per language; commands and names between backticks show as code. */
  readonly definition: Localized;
  /** Related entries, by id. */
  readonly related?: readonly string[];
}

/** Everything the pages of one edition explain commands and terms with. */
export interface Catalog {
  readonly commands: readonly CommandSpec[];
  /** `--help`, accepted by every command. */
  readonly helpFlag: FlagSpec;
  readonly glossary: readonly GlossaryEntry[];
}

const commandIndexes = new WeakMap<readonly CommandSpec[], Map<string, CommandSpec>>();

/** The catalog entry for a command name such as `docker run`, or undefined. */
export function findCommand(commands: readonly CommandSpec[], name: string): CommandSpec | undefined {
  let index = commandIndexes.get(commands);
  if (!index)
    commandIndexes.set(commands, (index = new Map(commands.map((command) => [command.name, command]))));
  return index.get(name);
}

/** The catalog flag spelled `-d`, `--detach` (or undefined). */
export function findFlag(command: CommandSpec, spelling: string): FlagSpec | undefined {
  return command.flags.find((flag) => flag.short === spelling || flag.long === spelling);
}

/** The glossary entry with this id, or undefined. */
export function findGlossaryEntry(glossary: readonly GlossaryEntry[], id: string): GlossaryEntry | undefined {
  return glossary.find((entry) => entry.id === id);
}
/** The usage line of a command, in one language: `docker run [options] image [command…]`. */
export function synopsis(command: CommandSpec, locale: Locale, optionsWord: string): string {
  const parts = [command.name];
  if (command.flags.length > 0) parts.push(`[${optionsWord}]`);
  if (command.group) parts.push('…');
  for (const arg of command.args) {
    const name = arg.name[locale] + (arg.repeatable || arg.rest ? '…' : '');
    parts.push(arg.optional ? `[${name}]` : name);
  }
  return parts.join(' ');
}
