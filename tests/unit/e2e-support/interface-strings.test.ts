// @vitest-environment jsdom
// cspell:locale en,en-GB,es
/**
 * The browser tests' check that Spanish pages show no English interface string: what it collects from a page
 * and what it reports, on small pages built here.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {englishTwin, interfaceStrings, stringsLeftInEnglish} from '../../e2e/interface-strings';

/** Stands in for a Playwright page: runs the expression in this test's simulated document. */
const thisDocument = {evaluate: async (expression: string) => (0, eval)(expression)} as unknown as Page;

async function stringsOf(body: string): Promise<string[]> {
  document.body.innerHTML = body;
  return interfaceStrings(thisDocument);
}

const englishPage = `
  <nav aria-label="Main"><a href="/docs">Course</a><button title="Switch between dark and light mode">◐</button></nav>
  <article class="markdown"><h1>Volumes</h1><p>Prose is the page's own text, not interface.</p></article>
  <nav class="pagination-nav"><a>Next</a><code>docker ps -a</code></nav>
  <footer><span translate="no">Docker Course Notes</span><span>Docker Compose</span></footer>`;

/** The same page in Spanish, but for the colour-mode button's tooltip. */
const inSpanishButTheToggle = englishPage
  .replace('"Main"', '"Principal"')
  .replace('>Course<', '>Curso<')
  .replace('>Next<', '>Siguiente<');

describe('interface strings', () => {
  it('are the navigation, buttons and labels, not the prose, code or names marked translate="no"', async () => {
    const strings = await stringsOf(englishPage);
    expect(strings).toEqual(
      expect.arrayContaining([
        'Main',
        'Course',
        'Switch between dark and light mode',
        'Next',
        'Docker Compose',
      ]),
    );
    expect(strings).not.toContain("Prose is the page's own text, not interface.");
    expect(strings).not.toContain('docker ps -a');
    expect(strings).not.toContain('Docker Course Notes');
  });

  it('left in English on a Spanish page are reported, names that read the same in both languages are not', async () => {
    const english = await stringsOf(englishPage);
    const translated = await stringsOf(inSpanishButTheToggle);
    expect(stringsLeftInEnglish(english, translated)).toEqual(['Switch between dark and light mode']);
  });

  it('of a fully translated page leave nothing to report', async () => {
    const english = await stringsOf(englishPage);
    const translated = await stringsOf(
      inSpanishButTheToggle.replace(
        'Switch between dark and light mode',
        'Cambiar entre modo oscuro y claro',
      ),
    );
    expect(stringsLeftInEnglish(english, translated)).toEqual([]);
  });
});

describe('the English twin of a Spanish page', () => {
  it('drops the /es prefix, and the Spanish home page pairs with the English one', () => {
    expect(englishTwin('/es/docs/1.0/hands-on/volumes')).toBe('/docs/1.0/hands-on/volumes');
    expect(englishTwin('/es/')).toBe('/');
  });
});
