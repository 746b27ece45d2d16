// cspell:locale en,en-GB,es
import {compile} from '@mdx-js/mdx';
import {afterEach, describe, expect, it} from 'vitest';
import remarkCourseData from '../../../plugins/command-usages/remark';
import {clearUsages, recordVersionUsages} from '../../../plugins/command-usages/store';

async function compilePage(source: string): Promise<string> {
  const file = await compile({value: source, path: 'docs/page.mdx'}, {remarkPlugins: [remarkCourseData]});
  return String(file);
}

describe('remark plugin of the course components', () => {
  afterEach(() => {
    delete process.env.DOCUSAURUS_CURRENT_LOCALE;
    clearUsages();
  });

  it('explains each command at build time, in the language being built', async () => {
    const english = await compilePage('Run it:\n\n<Command cmd="docker ps -a" />\n');
    expect(english).toContain('explained: {');
    expect(english).toContain('Lists every container, including the stopped ones');
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'es';
    const es = await compilePage('<Command cmd={`docker ps -a`} />\n');
    expect(es).toContain('Muestra todos los contenedores');
    expect(es).not.toContain('Lists every container, including the stopped ones');
  });

  it('marks what an earlier command of the same page explained in the same words', async () => {
    const page = await compilePage(
      '<Command cmd="docker run --rm busybox ls" />\n\n<Command cmd="docker run -it --rm busybox sh" />\n',
    );
    const commands = page.split('explained: {').slice(1);
    expect(commands).toHaveLength(2);
    expect(commands[0]).not.toContain('explainedAbove');
    const folded = [...commands[1].matchAll(/"label": "([^"]+)",[^}]*"explainedAbove": true/g)].map(
      (m) => m[1],
    );
    expect(folded).toEqual(['docker run', '--rm', 'busybox']);
    // Each page starts afresh.
    expect(await compilePage('<Command cmd="docker run --rm busybox ls" />\n')).not.toContain(
      'explainedAbove',
    );
  });

  it('looks up each glossary term in the language being built', async () => {
    process.env.DOCUSAURUS_CURRENT_LOCALE = 'es';
    const page = await compilePage('Una <Term id="layer">capa</Term> más.\n');
    expect(page).toContain('tip: {');
    expect(page).toContain('"english": "layer"');
  });

  it('fails with the file and line of a command the catalog cannot explain', async () => {
    await expect(compilePage('Text\n\n<Command cmd="docker ps --nope" />\n')).rejects.toThrow(
      /docs\/page\.mdx:3: Unknown flag "--nope" for "docker ps"/,
    );
  });

  it('fails with the file and line of an unknown term', async () => {
    await expect(compilePage('A <Term id="contaner">box</Term>.\n')).rejects.toThrow(
      /docs\/page\.mdx:1: <Term id="contaner"> names no glossary entry/,
    );
  });

  it("gives the command reference where its edition teaches each command, and only that edition's", async () => {
    recordVersionUsages(['docs/page.mdx'], {
      'docker ps': [{permalink: '/docs/next/hands-on/first-container#list', title: 'Your first container'}],
    });
    recordVersionUsages(['versioned_docs/version-1.0/page.mdx'], {
      'docker ps': [{permalink: '/docs/1.0/hands-on/first-container#list', title: 'Your first container'}],
    });
    const page = await compilePage('<CommandReference />\n');
    expect(page).toContain('usages: {');
    expect(page).toContain('/docs/next/hands-on/first-container#list');
    expect(page).not.toContain('/docs/1.0/');
  });

  it('fails with the file and line of a command reference outside the docs the plugin collected', async () => {
    await expect(compilePage('Intro\n\n<CommandReference />\n')).rejects.toThrow(
      /docs\/page\.mdx:3: No command usages were collected for this page/,
    );
  });
});
