import {fireEvent, render, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import Term, {tooltipShift} from '../../../src/components/Term';
import {glossaryTip} from '../../../src/data/explain';
import {getTestLocale, setTestLocale} from './mocks/locale';

/** The glossary entry a docs page gets at build time, in the page's language. */
const tip = (id: string) => glossaryTip(id, getTestLocale());

describe('<Term>', () => {
  it('links to the glossary entry and is described by its definition', () => {
    render(
      <p>
        An{' '}
        <Term id="image" tip={tip('image')}>
          image
        </Term>{' '}
        is read-only.
      </p>,
    );
    const link = screen.getByRole('link', {name: 'image'});
    expect(link.getAttribute('href')).toBe('/docs/reference/glossary#image');
    const tooltip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toContain('A read-only package with everything an application needs to run');
  });

  it('shows the Spanish definition with the English word on the Spanish site', () => {
    setTestLocale('es');
    render(
      <Term id="layer" showEnglish tip={tip('layer')}>
        capas
      </Term>,
    );
    const link = screen.getByRole('link', {name: 'capas'});
    const tooltip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tooltip.textContent).toContain('capa · en inglés: layer');
    expect(tooltip.textContent).toContain('Una porción de solo lectura de una imagen');
    expect(screen.getByText('(layer)').getAttribute('lang')).toBe('en');
  });

  it('uses the term itself when there is no text, and Escape hides the definition', () => {
    render(<Term id="volume" tip={tip('volume')} />);
    const link = screen.getByRole('link', {name: 'volume'});
    fireEvent.keyDown(link, {key: 'Escape'});
    expect(link.parentElement!.hasAttribute('data-dismissed')).toBe(true);
  });

  it('refuses an id the glossary does not have', () => {
    expect(() => tip('contaner')).toThrow(/<Term id="contaner"> names no glossary entry/);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Term id="image">x</Term>)).toThrow(/was not looked up at build time/);
  });

  it('moves a tooltip that would cross the right edge of the window back inside it', () => {
    render(<Term id="registry" tip={tip('registry')} />);
    const link = screen.getByRole('link', {name: 'registry'});
    const tooltip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    vi.spyOn(tooltip, 'getBoundingClientRect').mockReturnValue({left: 200, right: 550} as DOMRect);
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(390);
    fireEvent.mouseEnter(link.parentElement!);
    expect(tooltip.style.translate).toBe('-168px 0');
  });
});

describe('tooltipShift', () => {
  it('leaves a tooltip that fits where it is', () => {
    expect(tooltipShift({left: 16, right: 300}, 0, 390)).toBe(0);
  });

  it('moves it left by what crosses the right edge, keeping a margin', () => {
    expect(tooltipShift({left: 200, right: 550}, 0, 390)).toBe(168);
  });

  it('never moves it past the left edge of the window', () => {
    expect(tooltipShift({left: 40, right: 500}, 0, 390)).toBe(32);
  });

  it('measures from where the tooltip would be unmoved', () => {
    expect(tooltipShift({left: 32, right: 382}, 168, 390)).toBe(168);
    expect(tooltipShift({left: 200, right: 300}, 100, 1280)).toBe(0);
  });
});
