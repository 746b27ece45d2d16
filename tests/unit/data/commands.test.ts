import {describe, expect, it} from 'vitest';
import {commands, commandSections, findCommand, synopsis, type Localized} from '../../../src/data/commands';
import {parseCommand} from '../../../src/data/parseCommand';

/** A full sentence: starts with a capital letter (or a quoted word) and ends with a full stop. */
const SENTENCE = /^[\p{Lu}"«¿¡]|^[a-z]+ /u;

function expectBilingual(text: Localized, where: string): void {
  expect(text.en.trim(), `${where}: English text`).not.toBe('');
  expect(text.es.trim(), `${where}: Spanish text`).not.toBe('');
}

function expectSentences(text: Localized, where: string): void {
  expectBilingual(text, where);
  for (const locale of ['en', 'es'] as const) {
    expect(text[locale], `${where} (${locale}) starts like a sentence`).toMatch(SENTENCE);
    expect(text[locale], `${where} (${locale}) ends with a full stop`).toMatch(/\.$/);
    expect(
      (text[locale].match(/`/g) ?? []).length % 2,
      `${where} (${locale}) closes every code span it opens with a backtick`,
    ).toBe(0);
  }
  expect(text.es, `${where}: Spanish differs from English`).not.toBe(text.en);
}

describe('the command catalog', () => {
  it('names every command once, as typed, starting with docker', () => {
    const names = commands.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^docker( [a-z][a-z-]*)*$/);
  });

  it('has a parent group for every sub-command', () => {
    for (const command of commands) {
      const words = command.name.split(' ');
      for (let length = 2; length < words.length; length++) {
        const parent = findCommand(words.slice(0, length).join(' '));
        expect(parent, `parent of ${command.name}`).toBeDefined();
        expect(parent!.group, `${parent!.name} is a group`).toBe(true);
      }
    }
  });

  it('explains every command and flag in full sentences, in English and Spanish', () => {
    for (const command of commands) {
      expectSentences(command.summary, command.name);
      expect(commandSections).toContain(command.section);
      for (const arg of command.args) {
        expectBilingual(arg.name, `${command.name} argument`);
        expectSentences(arg.summary, `${command.name} <${arg.name.en}>`);
      }
      for (const flag of command.flags) {
        const where = `${command.name} ${flag.long ?? flag.short}`;
        expect(flag.short ?? flag.long, `${where} has a spelling`).toBeDefined();
        if (flag.short) expect(flag.short).toMatch(/^-[a-zA-Z]$/);
        if (flag.long) expect(flag.long).toMatch(/^--[a-z][a-zA-Z-]*[a-zA-Z]$/);
        if (flag.value) expectBilingual(flag.value, `${where} value`);
        expectSentences(flag.summary, where);
      }
    }
  });

  it('never gives one spelling to two flags of the same command', () => {
    for (const command of commands) {
      const spellings = command.flags.flatMap((flag) => [flag.short, flag.long].filter(Boolean));
      expect(new Set(spellings).size, command.name).toBe(spellings.length);
    }
  });

  it('puts a rest argument last and optional arguments after required ones', () => {
    for (const command of commands) {
      command.args.forEach((arg, index) => {
        if (arg.rest) expect(index, `${command.name}: rest argument is last`).toBe(command.args.length - 1);
        if (index > 0 && !arg.optional) expect(command.args[index - 1].optional, command.name).toBeFalsy();
      });
    }
  });

  it('gives every runnable command an example that parses to that very command', () => {
    for (const command of commands) {
      if (command.group) {
        expect(command.example, `${command.name} is a group and is never run alone`).toBeUndefined();
        continue;
      }
      expect(command.example, `${command.name} has an example`).toBeDefined();
      expect(parseCommand(command.example).command.name).toBe(command.name);
    }
  });

  it('points every alias at a command with the same flags', () => {
    for (const command of commands.filter((c) => c.sameAs)) {
      const target = findCommand(command.sameAs!);
      expect(target, `${command.name} → ${command.sameAs}`).toBeDefined();
      const spellings = (c: typeof command) => c.flags.map((f) => f.long ?? f.short);
      for (const spelling of spellings(command)) expect(spellings(target!)).toContain(spelling);
    }
  });

  it('covers the commands and flags the course teaches', () => {
    const taught = [
      'docker version',
      'docker --version',
      'docker run hello-world',
      'docker pull busybox',
      'docker run -it --rm busybox',
      'docker run --rm busybox echo "hello from busybox"',
      'docker images',
      'docker image ls',
      'docker ps',
      'docker ps -a',
      'docker rm <container>',
      'docker rm -f web',
      'docker rmi busybox',
      'docker run -it ubuntu bash',
      'docker commit <container> my-ubuntu:curl',
      'docker build -t flask_app:0.1 .',
      'docker build -f Dockerfile.dev -t flask_app:dev .',
      'docker run -d -p 5000:5000 --name flask flask_app:0.1',
      'docker logs -f flask',
      'docker stop flask',
      'docker start flask',
      'docker exec -it flask sh',
      'docker inspect flask',
      'docker volume create pgdata',
      'docker volume ls',
      'docker volume inspect pgdata',
      'docker volume rm pgdata',
      'docker run -d --name db -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres:16',
      'docker run --mount type=bind,source="$(pwd)",target=/app busybox ls /app',
      'docker compose up -d --build',
      'docker compose down -v',
      'docker compose ps',
      'docker compose logs -f web',
      'docker network ls',
      'docker login',
      'docker tag flask_app:0.1 <registry>/flask_app:0.1',
      'docker push <registry>/flask_app:0.1',
      'docker system prune -a',
      'docker history postgres:10.10',
    ];
    for (const cmd of taught) expect(() => parseCommand(cmd), cmd).not.toThrow();
  });

  it('writes the usage line from the arguments', () => {
    expect(synopsis(findCommand('docker run')!, 'en', 'options')).toBe(
      'docker run [options] image [command…]',
    );
    expect(synopsis(findCommand('docker rm')!, 'es', 'opciones')).toBe('docker rm [opciones] contenedor…');
    expect(synopsis(findCommand('docker compose')!, 'en', 'options')).toBe('docker compose [options] …');
  });
});
