import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  findCommandSnippets,
  findDockerInCodeBlocks,
  headingPlace,
  parsePage,
  visitCourseElements,
  type Place,
} from '../../../src/data/commandUsages';

const fixture = (name: string) =>
  parsePage(fs.readFileSync(path.join(__dirname, '../../fixtures/commands', name), 'utf8'));

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
    expect(findCommandSnippets(parsePage(source)).map((s) => s.cmd)).toEqual([
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

describe('headingPlace', () => {
  it('reads the plain text and the id, in both id forms, without code ticks, emphasis or links', () => {
    const headings: Place[] = [];
    const source = [
      '## Run `docker ps` with **care** and [links](./a.mdx) {/* #run-ps */}',
      '### Look at the logs {#logs}',
      '## No id here',
    ].join('\n\n');
    const tree = parsePage(source);
    for (const node of tree.children ?? []) headings.push(headingPlace(node));
    expect(headings).toEqual([
      {heading: 'Run docker ps with care and links', headingId: 'run-ps'},
      {heading: 'Look at the logs', headingId: 'logs'},
      {heading: 'No id here', headingId: undefined},
    ]);
  });
});

describe('visitCourseElements', () => {
  it('visits JSX inside admonitions, lists and tables, and never the JSX shown in code', () => {
    const source = [
      ':::tip',
      '<Command cmd="docker ps" />',
      ':::',
      '',
      '- a list item with <Term id="image" />',
      '',
      '| a | b |',
      '|---|---|',
      '| <Command cmd="docker images" /> | x |',
      '',
      '```mdx',
      '<Command cmd="docker frobnicate" />',
      '```',
    ].join('\n');
    const names: string[] = [];
    visitCourseElements(parsePage(source), (node) => names.push(`${node.name}:${node.position?.start.line}`));
    expect(names).toEqual(['Command:2', 'Term:5', 'Command:9']);
  });

  it('reads a page the way Docusaurus does: an invalid page throws with its line', () => {
    expect(() => parsePage('Intro\n\n<Command cmd="docker ps" \n\n## Next')).toThrow(/./);
  });
});
