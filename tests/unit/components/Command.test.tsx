import {act, fireEvent, render, screen, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import Command from '../../../src/components/Command';
import {explainCommand} from '../../../src/data/explain';
import {getTestLocale, setTestLocale} from './mocks/locale';

/** Renders a snippet as a docs page does: explained at build time, in the page's language. */
function renderCommand(cmd: string, output?: string) {
  return render(<Command cmd={cmd} output={output} explained={explainCommand(cmd, getTestLocale())} />);
}

describe('<Command>', () => {
  let writeText: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the command in a pre that translators and right-to-left layouts leave alone', () => {
    renderCommand('docker ps -a');
    const group = screen.getByRole('group', {name: 'Command: docker ps -a'});
    const pre = group.querySelector('pre')!;
    expect(pre.getAttribute('translate')).toBe('no');
    expect(pre.getAttribute('dir')).toBe('ltr');
    expect(pre.textContent).toBe('$ docker ps -a');
    expect(pre.querySelector('[aria-hidden="true"]')!.textContent).toBe('$ ');
  });

  it('marks up each word with its role', () => {
    renderCommand('docker run -d -p 8080:5000 --name web flask_app:0.1');
    const roles = [...document.querySelectorAll('pre [data-role]')].map((el) => [
      el.textContent,
      el.getAttribute('data-role'),
    ]);
    expect(roles).toEqual([
      ['docker', 'program'],
      ['run', 'subcommand'],
      ['-d', 'flag'],
      ['-p', 'flag'],
      ['8080:5000', 'flag-value'],
      ['--name', 'flag'],
      ['web', 'flag-value'],
      ['flask_app:0.1', 'argument'],
    ]);
  });

  it('explains every part in sentences from the catalog, in English', () => {
    renderCommand('docker run -it --rm busybox sh');
    const list = screen.getByRole('list', {name: 'What each part of the command does'});
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'docker run — Creates a new container from an image and starts it, pulling the image first if it is not on your machine.',
      '-i — Keeps the standard input open so you can type into the program running in the container.',
      '-t — Gives the program a terminal, so a shell shows its prompt and colours; combined with -i as -it.',
      '--rm — Removes the container automatically when it stops, so it does not pile up in docker ps -a.',
      'busybox — The image to create the container from, as name or name:tag.',
      'sh — The program to run inside the container, with its own arguments, instead of the image’s default command.',
    ]);
    // The catalog's code spans show as code, after the label.
    const rm = within(list).getAllByRole('listitem')[3];
    expect([...rm.querySelectorAll('code')].map((code) => code.textContent)).toEqual([
      '--rm',
      'docker ps -a',
    ]);
  });

  it('explains in Spanish on the Spanish site, UI strings included', () => {
    setTestLocale('es');
    renderCommand('docker ps -a');
    expect(screen.getByRole('group', {name: 'Comando: docker ps -a'})).toBeTruthy();
    const list = screen.getByRole('list', {name: 'Qué hace cada parte del comando'});
    expect(list.textContent).toContain('Muestra todos los contenedores, también los detenidos');
    expect(screen.getByRole('button', {name: 'Copiar el comando'})).toBeTruthy();
  });

  it('links each word to its explanation for assistive technology', () => {
    renderCommand('docker logs -f web');
    const flag = screen.getByRole('button', {name: '-f'});
    const ids = flag.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.textContent)).toEqual([
      '-f — Keeps printing new log lines as they are written, until you press Ctrl+C.',
    ]);
  });

  it('opens the explanation of a word on focus and hover, keeps it on tap, and closes it with Escape', () => {
    renderCommand('docker run -it --rm busybox sh');
    const rm = screen.getByRole('button', {name: '--rm'});
    act(() => rm.focus());
    expect(document.body.textContent).toContain('option--rm — Removes the container automatically');
    fireEvent.keyDown(rm, {key: 'Escape'});
    expect(rm.hasAttribute('data-active')).toBe(false);

    const it = screen.getByRole('button', {name: '-it'});
    fireEvent.mouseEnter(it);
    expect(it.hasAttribute('data-active')).toBe(true);
    fireEvent.mouseLeave(it);
    expect(it.hasAttribute('data-active')).toBe(false);

    fireEvent.click(it);
    fireEvent.mouseLeave(it);
    expect(it.hasAttribute('data-active')).toBe(true);
  });

  it('shows placeholders as placeholders and says to replace them', () => {
    renderCommand('docker logs <container>');
    const placeholder = document.querySelector('pre var')!;
    expect(placeholder.textContent).toBe('<container>');
    expect(screen.getByRole('list').textContent).toContain('Replace <container> with your own value');
  });

  it('copies exactly the command: no prompt, no output', async () => {
    vi.useFakeTimers();
    renderCommand('docker ps -a', `CONTAINER ID   IMAGE\n3f2a1b0c9d8e   busybox`);
    const button = screen.getByRole('button', {name: 'Copy command'});
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('docker ps -a');
    expect(button.textContent).toBe('Copied');
    act(() => vi.advanceTimersByTime(2500));
    expect(button.textContent).toBe('Copy');
  });

  it('shows sample output apart from the command, untranslated', () => {
    renderCommand('docker ps', `CONTAINER ID   IMAGE`);
    const output = document.querySelector('samp')!;
    expect(output.textContent).toBe('CONTAINER ID   IMAGE');
    expect(output.closest('pre')!.getAttribute('translate')).toBe('no');
    expect(screen.getByText('Output')).toBeTruthy();
    expect(document.querySelectorAll('pre').length).toBe(2);
  });

  it('tells the reader to copy by hand when the clipboard is refused', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    renderCommand('docker images');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy command'}));
    });
    expect(screen.getByRole('button', {name: 'Copy command'}).textContent).toBe('Select and copy by hand');
  });

  it.each([
    [42, /Expected the command as a plain string, but got number/],
    [['docker', 'ps'], /plain string, but got object/],
    ['docker lgos', /Unknown Docker command "docker lgos"/],
    ['docker ps --nope', /Unknown flag "--nope" for "docker ps"/],
  ])('refuses %j with a clear error', (cmd, message) => {
    expect(() => explainCommand(cmd, 'en')).toThrow(message);
  });

  it('folds away what an earlier command of the page explained, keeping it for assistive technology', () => {
    const explained = explainCommand('docker run --rm -v notes:/notes busybox ls /notes', 'en');
    const seen = new Set(['docker run', '--rm', 'busybox']);
    explained.explanations = explained.explanations.map((item) =>
      seen.has(item.label) ? {...item, explainedAbove: true} : item,
    );
    render(<Command cmd={explained.input} explained={explained} />);

    const [fresh, folded] = screen.getAllByRole('list', {name: 'What each part of the command does'});
    expect(
      within(fresh)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' — ')[0]),
    ).toEqual(['-v notes:/notes', 'ls /notes']);
    const details = folded.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(
      'Already explained above: docker run, --rm, busybox',
    );
    expect(within(folded).getAllByRole('listitem', {hidden: true}).length).toBe(3);

    const rm = screen.getByRole('button', {name: '--rm'});
    const [id] = rm.getAttribute('aria-describedby')!.split(' ');
    expect(details.contains(document.getElementById(id))).toBe(true);
  });

  it('shows only the folded list when an earlier command explained every part', () => {
    setTestLocale('es');
    const explained = explainCommand('docker rm -f db', 'es');
    explained.explanations = explained.explanations.map((item) => ({...item, explainedAbove: true}));
    render(<Command cmd={explained.input} explained={explained} />);
    const lists = screen.getAllByRole('list', {hidden: true});
    expect(lists.length).toBe(1);
    expect(lists[0].closest('details')!.querySelector('summary')!.textContent).toBe(
      'Ya explicado más arriba: docker rm, -f, db',
    );
  });

  it('refuses to render a command that was not explained at build time', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Command cmd="docker ps" />)).toThrow(/was not explained at build time/);
  });
});
