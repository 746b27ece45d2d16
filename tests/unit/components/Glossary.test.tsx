import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import Glossary from '../../../src/components/Glossary';
import {glossary} from '../../../src/data/glossary';
import {setTestLocale} from './mocks/locale';

describe('<Glossary>', () => {
  it('lists every term with an anchor, its definition and its Spanish name', () => {
    render(<Glossary entries={glossary} />);
    expect(screen.getByRole('region', {name: 'Glossary of Docker terms'})).toBeTruthy();
    for (const entry of glossary) {
      const heading = document.getElementById(entry.id)!;
      expect(heading.textContent).toBe(entry.term.en);
      const item = heading.parentElement!.parentElement!;
      expect(item.textContent).toContain(`Spanish: ${entry.term.es}`);
      expect(item.textContent).toContain(entry.definition.en.replaceAll('`', ''));
    }
  });

  it('sorts by the reader’s language and shows the English term on the Spanish site', () => {
    setTestLocale('es');
    render(<Glossary entries={glossary} />);
    const terms = [...document.querySelectorAll('h2')].map((h) => h.textContent!);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'es')));
    expect(document.getElementById('image')!.parentElement!.parentElement!.textContent).toContain(
      'Inglés: image',
    );
  });

  it('shows the commands and names a definition marks with backticks as code', () => {
    render(<Glossary entries={glossary} />);
    const definition = document.getElementById('registry')!.parentElement!.parentElement!;
    const code = [...definition.querySelectorAll('p code')].map((element) => element.textContent);
    expect(code).toEqual(['docker push', 'docker pull']);
    expect(definition.textContent).not.toContain('`');
  });

  it('links related terms to their anchors', () => {
    render(<Glossary entries={glossary} />);
    const link = screen.getAllByRole('link', {name: 'layer'})[0];
    expect(link.getAttribute('href')).toBe('#layer');
  });
});
