import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import CommandReference, {commandAnchor} from '../../../src/components/CommandReference';
import {commands} from '../../../src/data/commands';
import {setTestLocale} from './mocks/locale';

describe('<CommandReference>', () => {
  it('renders every runnable command of the catalog with an anchor, summary, example and flags', () => {
    render(<CommandReference commands={commands} />);
    expect(screen.getByRole('region', {name: 'Docker command reference'})).toBeTruthy();
    // The catalog's backticks become code elements: the text reads without them.
    const shown = (text: string): string => text.replaceAll('`', '');
    for (const command of commands.filter((c) => !c.group || c.flags.length > 0)) {
      const heading = document.getElementById(commandAnchor(command.name))!;
      expect(heading, command.name).not.toBeNull();
      const article = heading.closest('article')!;
      expect(article.textContent).toContain(shown(command.summary.en));
      if (command.example) expect(article.textContent).toContain(command.example);
      for (const flag of command.flags) expect(article.textContent).toContain(shown(flag.summary.en));
    }
  });

  it('shows the commands a summary names in backticks as code', () => {
    render(<CommandReference commands={commands} />);
    const summary = document
      .getElementById(commandAnchor('docker image ls'))!
      .closest('article')!
      .querySelector('p')!;
    expect(summary.textContent).toBe('Lists the images stored on your machine; the same as docker images.');
    expect(summary.querySelector('code')?.textContent).toBe('docker images');
  });

  it('links each command to the course sections that teach it', () => {
    const usages = {
      'docker ps': [
        {
          permalink: '/docs/hands-on/first-container#list-containers',
          title: 'Your first container › List containers',
        },
      ],
    };
    render(<CommandReference commands={commands} usages={usages} />);
    const article = document.getElementById('docker-ps')!.closest('article')!;
    const link = within(article).getByRole('link', {name: 'Your first container › List containers'});
    expect(link.getAttribute('href')).toBe('/docs/hands-on/first-container#list-containers');
  });

  it('says which commands no lesson teaches, only where the page asks', () => {
    const usages = {
      'docker ps': [{permalink: '/docs/hands-on/first-container#list-containers', title: 'List'}],
    };
    const untaught = (name: string) =>
      document
        .getElementById(commandAnchor(name))!
        .closest('article')!
        .textContent!.includes('Reference only');
    const {unmount} = render(<CommandReference commands={commands} usages={usages} markUntaught />);
    expect(untaught('docker ps')).toBe(false);
    // An alias is taught when the command it stands for is.
    expect(untaught('docker container ls')).toBe(false);
    expect(untaught('docker system df')).toBe(true);
    unmount();
    render(<CommandReference commands={commands} usages={usages} />);
    expect(untaught('docker system df')).toBe(false);
  });

  it('is in Spanish on the Spanish site', () => {
    setTestLocale('es');
    render(<CommandReference commands={commands} />);
    expect(screen.getByRole('region', {name: 'Referencia de comandos de Docker'})).toBeTruthy();
    expect(screen.getByRole('heading', {name: 'Contenedores'})).toBeTruthy();
    expect(document.getElementById('docker-rm')!.closest('article')!.textContent).toContain(
      'docker rm [opciones] contenedor…',
    );
  });
});
