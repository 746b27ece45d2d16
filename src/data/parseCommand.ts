// cspell:locale en,en-GB,es
/**
 * Reads a Docker command the way a shell and the Docker CLI would, and matches every word against the
 * command catalog. The `<Command>` snippet renders the result; `npm run check:commands` uses the same
 * function, so what passes the check is exactly what renders.
 */
import {
  findCommand as findIn,
  findFlag,
  type ArgumentSpec,
  type Catalog,
  type CommandSpec,
  type FlagSpec,
} from './catalog';
import {liveCatalog} from './editions';
import {PLACEHOLDER, type PartRole} from './explained';

/** A word of the command line, as the shell splits it. */
export interface ShellWord {
  /** Exactly as typed, quotes included. */
  raw: string;
  /** After the shell removes quotes and escapes. */
  value: string;
  start: number;
  end: number;
}

export type {PartRole};

export interface CommandPart extends ShellWord {
  role: PartRole;
  /** Indexes into `ParsedCommand.explanations` that describe this word. */
  explanations: number[];
}

export type Explanation =
  | {kind: 'command'; label: string; command: CommandSpec}
  | {kind: 'flag'; label: string; command: CommandSpec; flag: FlagSpec; value?: string}
  | {kind: 'argument'; label: string; command: CommandSpec; argument: ArgumentSpec}
  | {kind: 'end-of-flags'; label: string; command: CommandSpec};

export interface ParsedCommand {
  input: string;
  /** The catalog entry of the command that runs (`docker compose up`, not `docker compose`). */
  command: CommandSpec;
  parts: CommandPart[];
  explanations: Explanation[];
  /** Every placeholder written in angle brackets, such as `<container>`. */
  placeholders: string[];
}

/** Raised for a command the snippet cannot show: the message says what is wrong and how to fix it. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

export {PLACEHOLDER};

const CATALOG_FILE = 'src/data/commands.ts';

/** Splits a one-line command into words like a POSIX shell, refusing pipes, redirections and `&&`. */
export function splitShellWords(input: string): ShellWord[] {
  const words: ShellWord[] = [];
  let i = 0;
  const fail = (what: string, fix: string): never => {
    throw new CommandError(`Cannot show \`${input}\` as a command: ${what} at column ${i + 1}. ${fix}`);
  };
  while (i < input.length) {
    if (/\s/.test(input[i])) {
      if (input[i] === '\n' || input[i] === '\r') {
        fail('it spans several lines', 'Write one command per <Command>, on one line.');
      }
      i++;
      continue;
    }
    const start = i;
    let value = '';
    while (i < input.length && !/\s/.test(input[i])) {
      const char = input[i];
      if (char === "'") {
        const close = input.indexOf("'", i + 1);
        if (close === -1) fail('a single quote is never closed', 'Close the quote.');
        value += input.slice(i + 1, close);
        i = close + 1;
      } else if (char === '"') {
        i++;
        while (i < input.length && input[i] !== '"') {
          if (input[i] === '\\' && i + 1 < input.length) i++;
          value += input[i];
          i++;
        }
        if (i >= input.length) fail('a double quote is never closed', 'Close the quote.');
        i++;
      } else if (char === '\\') {
        if (i + 1 >= input.length) fail('a line ends with a backslash', 'Write the command on one line.');
        value += input[i + 1];
        i += 2;
      } else if (char === '$' && input[i + 1] === '(') {
        // Command substitution such as "$(pwd)" stays one word, as the shell would keep it.
        let depth = 0;
        const from = i;
        do {
          if (input[i] === '(') depth++;
          else if (input[i] === ')') depth--;
          i++;
        } while (i < input.length && depth > 0);
        if (depth > 0) fail('a "$(" is never closed', 'Close the parenthesis.');
        value += input.slice(from, i);
      } else if (char === '<') {
        PLACEHOLDER.lastIndex = 0;
        const match = /^<[A-Za-z][\w.-]*>/.exec(input.slice(i));
        if (!match) {
          fail(
            'a "<" that is not a placeholder',
            'Write placeholders as <name> (letters, digits, dots and dashes); redirections are not allowed.',
          );
        }
        value += match![0];
        i += match![0].length;
      } else if ('|&;>()`'.includes(char)) {
        fail(
          `the shell operator "${char}"`,
          'Show one Docker command per <Command>, without pipes, redirections or "&&"; put other shell code in a ```bash block.',
        );
      } else {
        value += char;
        i++;
      }
    }
    words.push({raw: input.slice(start, i), value, start, end: i});
  }
  return words;
}

function flagLabel(flag: FlagSpec): string {
  return flag.long ?? flag.short ?? '';
}

function fixHint(what: string): string {
  return `Fix the typo, or add ${what} in ${CATALOG_FILE} with an English and a Spanish explanation.`;
}

/**
 * Parses a Docker command and explains each word from the catalog: the live one unless another edition's is given.
 * Throws a `CommandError` when the input is not one `docker ...` command whose sub-command and flags the
 * catalog knows.
 */
export function parseCommand(input: unknown, catalog: Catalog = liveCatalog): ParsedCommand {
  const {helpFlag} = catalog;
  const findCommand = (name: string) => findIn(catalog.commands, name);
  if (typeof input !== 'string') {
    throw new CommandError(
      `Expected the command as a plain string, but got ${input === null ? 'null' : typeof input}. ` +
        'Write it as an attribute: <Command cmd="docker ps -a" />.',
    );
  }
  const text = input.trim();
  if (text === '')
    throw new CommandError('The command is empty. Write it as <Command cmd="docker ps -a" />.');
  if (/^\$\s/.test(text)) {
    throw new CommandError(`Remove the "$ " prompt from \`${text}\`: the snippet draws the prompt itself.`);
  }
  const words = splitShellWords(text);
  if (words[0].value !== 'docker') {
    throw new CommandError(
      `\`${text}\` is not a Docker command: it must start with "docker". Show other shell commands in a \`\`\`bash block.`,
    );
  }

  const parts: CommandPart[] = [];
  // Index 0 is kept for the command itself, which is known only once the sub-commands are read.
  const explanations: Explanation[] = [{kind: 'command', label: 'docker', command: findCommand('docker')!}];
  const explain = (explanation: Explanation): number => explanations.push(explanation) - 1;

  let command = findCommand('docker')!;
  const commandWords: CommandPart[] = [{...words[0], role: 'program', explanations: []}];
  parts.push(commandWords[0]);

  /** Reads the flag at `words[index]` for `spec`; returns how many words it used. */
  const readFlag = (index: number, spec: CommandSpec): number => {
    const word = words[index];
    const known = (spelling: string) => (spelling === helpFlag.long ? helpFlag : findFlag(spec, spelling));
    const unknown = (spelling: string, cluster?: string): never => {
      const where = cluster ? `"${spelling}" (in "${cluster}")` : `"${spelling}"`;
      throw new CommandError(
        `Unknown flag ${where} for "${spec.name}" in \`${text}\`. ${fixHint(`"${spelling}" to the flags of "${spec.name}"`)}`,
      );
    };
    const missingValue = (flag: FlagSpec): never => {
      throw new CommandError(
        `The flag "${flagLabel(flag)}" of "${spec.name}" needs a value (${flag.value?.en}) in \`${text}\`.`,
      );
    };
    if (word.value.startsWith('--')) {
      const [spelling, ...rest] = word.value.split('=');
      const flag = known(spelling) ?? unknown(spelling);
      const part: CommandPart = {...word, role: 'flag', explanations: []};
      parts.push(part);
      if (rest.length > 0) {
        part.explanations.push(
          explain({kind: 'flag', label: word.raw, command: spec, flag, value: rest.join('=')}),
        );
        return 1;
      }
      if (flag.value) {
        const valueWord = words[index + 1] ?? missingValue(flag);
        const index_ = explain({
          kind: 'flag',
          label: `${word.raw} ${valueWord.raw}`,
          command: spec,
          flag,
          value: valueWord.value,
        });
        part.explanations.push(index_);
        parts.push({...valueWord, role: 'flag-value', explanations: [index_]});
        return 2;
      }
      part.explanations.push(explain({kind: 'flag', label: word.raw, command: spec, flag}));
      return 1;
    }
    // Short flags can be grouped (-it) and the last one may take a value (-p 80:80 or -p80:80).
    const part: CommandPart = {...word, role: 'flag', explanations: []};
    parts.push(part);
    const letters = word.value.slice(1);
    for (let at = 0; at < letters.length; at++) {
      const spelling = `-${letters[at]}`;
      const flag = known(spelling) ?? unknown(spelling, letters.length > 1 ? word.value : undefined);
      if (!flag.value) {
        part.explanations.push(explain({kind: 'flag', label: spelling, command: spec, flag}));
        continue;
      }
      const attached = letters.slice(at + 1);
      if (attached !== '') {
        const label = at === 0 ? word.raw : `${spelling}${attached}`;
        part.explanations.push(explain({kind: 'flag', label, command: spec, flag, value: attached}));
        return 1;
      }
      const valueWord = words[index + 1] ?? missingValue(flag);
      const label = letters.length > 1 ? `${spelling} ${valueWord.raw}` : `${word.raw} ${valueWord.raw}`;
      const index_ = explain({kind: 'flag', label, command: spec, flag, value: valueWord.value});
      part.explanations.push(index_);
      parts.push({...valueWord, role: 'flag-value', explanations: [index_]});
      return 2;
    }
    return 1;
  };

  const isFlag = (word: ShellWord) =>
    word.value.startsWith('-') && word.value !== '-' && !/^-\d/.test(word.value);

  // Walk down the command tree (docker → compose → up), reading the flags that belong to each level.
  let index = 1;
  while (index < words.length) {
    const word = words[index];
    if (isFlag(word)) {
      index += readFlag(index, command);
      continue;
    }
    const next = findCommand(`${command.name} ${word.value}`);
    if (!next) break;
    command = next;
    const part: CommandPart = {...word, role: 'subcommand', explanations: []};
    commandWords.push(part);
    parts.push(part);
    index++;
  }

  const hasHelp = explanations.some((e) => e.kind === 'flag' && e.flag === helpFlag);
  if (command.name === 'docker' && index < words.length) {
    throw new CommandError(
      `Unknown Docker command "docker ${words[index].value}" in \`${text}\`. ${fixHint(`"docker ${words[index].value}"`)}`,
    );
  }
  if (command.group && !hasHelp) {
    const examples = catalog.commands
      .filter((c) => c.name.startsWith(`${command.name} `) && !c.group)
      .map((c) => c.name.slice(command.name.length + 1))
      .slice(0, 6)
      .join(', ');
    const what = index < words.length ? `the unknown sub-command "${words[index].value}"` : 'no sub-command';
    throw new CommandError(
      `"${command.name}" is followed by ${what} in \`${text}\`; the catalog knows: ${examples}. ${fixHint(`"${command.name} ${words[index]?.value ?? '…'}"`)}`,
    );
  }
  if (command.name === 'docker' && explanations.length === 1) {
    throw new CommandError(`\`${text}\` is only "docker": add a sub-command such as "docker ps".`);
  }

  // The words naming the command share one explanation: the summary of the command that runs.
  explanations[0] = {kind: 'command', label: commandWords.map((w) => w.raw).join(' '), command};
  for (const part of commandWords) part.explanations.unshift(0);

  // Then flags and positional arguments, in any order, until an argument that takes the rest of the line.
  let argIndex = 0;
  let repeatCount = 0;
  let flagsEnded = false;
  while (index < words.length) {
    const word = words[index];
    if (!flagsEnded && word.value === '--') {
      const i = explain({kind: 'end-of-flags', label: '--', command});
      parts.push({...word, role: 'end-of-flags', explanations: [i]});
      flagsEnded = true;
      index++;
      continue;
    }
    const argument = command.args[argIndex];
    // Like the Docker CLI, once `docker run` has its image every later word belongs to the container's
    // command, flags included: `docker run app:1 -c "..."` passes -c to the program, not to Docker.
    const restStarted = argument?.rest && argIndex > 0;
    if (!flagsEnded && !restStarted && isFlag(word)) {
      index += readFlag(index, command);
      continue;
    }
    if (!argument) {
      throw new CommandError(
        `Too many arguments for "${command.name}" in \`${text}\`: "${word.value}" is not expected. ` +
          `"${command.name}" takes ${command.args.length === 0 ? 'no arguments' : command.args.map((a) => a.name.en).join(', ')}; ` +
          `check the command, or update its arguments in ${CATALOG_FILE}.`,
      );
    }
    if (argument.rest) {
      const restWords = words.slice(index);
      const i = explain({
        kind: 'argument',
        label: text.slice(restWords[0].start, restWords[restWords.length - 1].end),
        command,
        argument,
      });
      for (const restWord of restWords) parts.push({...restWord, role: 'argument', explanations: [i]});
      index = words.length;
      argIndex++;
      break;
    }
    const i = explain({kind: 'argument', label: word.raw, command, argument});
    parts.push({...word, role: 'argument', explanations: [i]});
    index++;
    if (argument.repeatable) {
      repeatCount++;
    } else {
      argIndex++;
    }
  }
  if (!hasHelp) {
    const required = command.args.filter(
      (a, i) => !a.optional && (i > argIndex || (i === argIndex && repeatCount === 0)),
    );
    if (required.length > 0) {
      throw new CommandError(
        `"${command.name}" needs ${required.map((a) => `<${a.name.en}>`).join(' ')} in \`${text}\`. ` +
          `Add it, as a placeholder such as <${required[0].name.en}> if the reader chooses it.`,
      );
    }
  }

  return {
    input: text,
    command,
    parts,
    explanations,
    placeholders: [...text.matchAll(PLACEHOLDER)].map((m) => m[0]),
  };
}
