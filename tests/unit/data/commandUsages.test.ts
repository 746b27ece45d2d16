import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findCommandSnippets, findDockerInCodeBlocks, plainHeading} from '../../../src/data/commandUsages';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../fixtures/commands', name), 'utf8');

describe('findCommandSnippets', () => {
  it('finds each snippet with its line and the heading it sits under, skipping fenced code', () => {
    expect(findCommandSnippets(fixture('good/page.mdx'))).toEqual([
      {
        cmd: 'docker run -it --rm busybox sh',
        line: 10,
        heading: 'Run a first container',
        headingId: 'first-container',
      },
      {cmd: 'docker ps -a', line: 14, heading: 'Run a first container', headingId: 'first-container'},
      {cmd: 'docker logs -f <container>', line: 21, heading: 'Look at the logs', headingId: 'logs'},
    ]);
  });

  it('reads the string forms of the cmd attribute and reports an expression as missing', () => {
    const source = [
      '<Command cmd={"docker ps"} />',
      "<Command cmd={'docker images'} />",
      '<Command cmd={`docker version`} />',
      '<Command cmd={command} />',
    ].join('\n');
    expect(findCommandSnippets(source).map((s) => s.cmd)).toEqual([
      'docker ps',
      'docker images',
      'docker version',
      undefined,
    ]);
  });
});

describe('findDockerInCodeBlocks', () => {
  it('finds docker lines inside fenced blocks only', () => {
    expect(findDockerInCodeBlocks(fixture('bad/page.mdx'))).toEqual([
      {text: 'docker ps -a', line: 17},
      {text: '$ docker images', line: 18},
    ]);
    expect(findDockerInCodeBlocks(fixture('good/page.mdx'))).toEqual([]);
  });
});

describe('plainHeading', () => {
  it('strips code ticks, emphasis and links', () => {
    expect(plainHeading('Run `docker ps` with **care** and [links](./a.mdx)')).toBe(
      'Run docker ps with care and links',
    );
  });
});
