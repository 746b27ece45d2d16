import {describe, expect, it} from 'vitest';
import {CommandError, parseCommand, splitShellWords} from '../../../src/data/parseCommand';

describe('splitShellWords', () => {
  it('splits like a shell, keeping quotes, placeholders and $(...) inside their word', () => {
    const words = splitShellWords(`docker run -v "$(pwd)":/app -e 'A=b c' <image> echo "hi there"`);
    expect(words.map((w) => w.raw)).toEqual([
      'docker',
      'run',
      '-v',
      '"$(pwd)":/app',
      '-e',
      "'A=b c'",
      '<image>',
      'echo',
      '"hi there"',
    ]);
    expect(words.map((w) => w.value)).toEqual([
      'docker',
      'run',
      '-v',
      '$(pwd):/app',
      '-e',
      'A=b c',
      '<image>',
      'echo',
      'hi there',
    ]);
    expect(words[3]).toMatchObject({start: 14, end: 27});
  });

  it.each([
    ['docker ps | grep web', /shell operator "\|"/],
    ['docker ps && docker images', /shell operator "&"/],
    ['docker ps > out.txt', /shell operator ">"/],
    ['docker logs < in', /not a placeholder/],
    ['docker run "busybox', /double quote is never closed/],
    ['docker ps\ndocker images', /several lines/],
  ])('refuses %j', (input, message) => {
    expect(() => splitShellWords(input)).toThrow(message);
  });
});

describe('parseCommand', () => {
  it('finds the command, its flags with their values and its arguments', () => {
    const parsed = parseCommand('docker run -d -p 8080:5000 --name web flask_app:0.1');
    expect(parsed.command.name).toBe('docker run');
    expect(parsed.parts.map((p) => [p.raw, p.role])).toEqual([
      ['docker', 'program'],
      ['run', 'subcommand'],
      ['-d', 'flag'],
      ['-p', 'flag'],
      ['8080:5000', 'flag-value'],
      ['--name', 'flag'],
      ['web', 'flag-value'],
      ['flask_app:0.1', 'argument'],
    ]);
    expect(parsed.explanations.map((e) => e.label)).toEqual([
      'docker run',
      '-d',
      '-p 8080:5000',
      '--name web',
      'flask_app:0.1',
    ]);
  });

  it('splits grouped short flags and explains each one', () => {
    const parsed = parseCommand('docker run -it --rm busybox sh');
    const it = parsed.parts.find((p) => p.raw === '-it')!;
    expect(it.explanations.map((i) => parsed.explanations[i].label)).toEqual(['-i', '-t']);
  });

  it('accepts --flag=value and a value glued to a short flag', () => {
    expect(parseCommand('docker ps --filter=status=exited').explanations[1]).toMatchObject({
      kind: 'flag',
      value: 'status=exited',
    });
    expect(parseCommand('docker run -dp8080:80 nginx').explanations.map((e) => e.label)).toEqual([
      'docker run',
      '-d',
      '-p8080:80',
      'nginx',
    ]);
  });

  it('gives the words after the image to the container, flags included', () => {
    const parsed = parseCommand('docker run --rm python:3.12 python -c "print(1)"');
    expect(parsed.explanations.at(-1)).toMatchObject({kind: 'argument', label: 'python -c "print(1)"'});
  });

  it('reads the flags of a command group before its sub-command', () => {
    const parsed = parseCommand('docker compose -f compose.prod.yaml up -d');
    expect(parsed.command.name).toBe('docker compose up');
    expect(parsed.explanations.map((e) => e.label)).toEqual([
      'docker compose up',
      '-f compose.prod.yaml',
      '-d',
    ]);
  });

  it('accepts --help on any command and lists the placeholders', () => {
    expect(parseCommand('docker run --help').command.name).toBe('docker run');
    expect(parseCommand('docker logs -f <container>').placeholders).toEqual(['<container>']);
  });

  it.each([
    [42, /plain string, but got number/],
    [undefined, /plain string, but got undefined/],
    ['', /empty/],
    ['$ docker ps', /Remove the "\$ " prompt/],
    ['ls -la', /not a Docker command/],
    ['docker', /add a sub-command/],
    ['docker lgos web', /Unknown Docker command "docker lgos"/],
    ['docker ps --all-the-things', /Unknown flag "--all-the-things" for "docker ps"/],
    ['docker run -itx busybox', /Unknown flag "-x" \(in "-itx"\)/],
    ['docker volume', /"docker volume" is followed by no sub-command/],
    ['docker compose upp', /unknown sub-command "upp"/],
    ['docker run', /"docker run" needs <image>/],
    ['docker run --name', /needs a value/],
    ['docker ps web', /Too many arguments for "docker ps"/],
  ])('refuses %j with a message that says how to fix it', (input, message) => {
    expect(() => parseCommand(input)).toThrow(CommandError);
    expect(() => parseCommand(input)).toThrow(message);
  });

  it('names the catalog file when a flag or command is missing', () => {
    expect(() => parseCommand('docker ps --nope')).toThrow(/src\/data\/commands\.ts/);
  });
});
