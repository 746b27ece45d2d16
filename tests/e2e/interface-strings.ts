/**
 * A Spanish reader sees no English interface: the strings of a page's interface (navigation, sidebar, footer,
 * buttons, captions, tooltips, diagram labels, and the aria-label, title, placeholder and alt attributes a screen
 * reader speaks) must differ from those of its English twin. A string the two pages share is an untranslated
 * theme or component string, unless it is a name that reads the same in both languages. Code, commands and
 * anything marked translate="no" are left out.
 */
import type {Page} from 'playwright-core';

/** Names and notation that are the same in English and Spanish. */
const SAME_IN_BOTH_LANGUAGES = [
  /^(Docker( Hub| Compose| Desktop| Engine)?|Dockerfile|Flask|Redis|PostgreSQL|Python|Linux|macOS|Windows|WSL 2|GitHub( Actions| Codespaces)?|AWS|ECR|Amazon ECR|CI\/CD|nginx|Kubernetes)$/,
  /^(English|Español)$/,
  // Image names, file names, tags, ports and other code-like tokens: a plain word ("Search") is not one.
  /^(?=.*[\d.:/@<>_-])[\w.:/@<>-]+$/,
  /^app [A-Z]$/,
  // Commands and Dockerfile instructions, as diagrams label them.
  /^docker [a-z]+(, docker [a-z]+)*$/,
  /^(FROM|RUN|COPY|WORKDIR|EXPOSE|ENTRYPOINT|CMD|USER|STOPSIGNAL) [\w .:/-]+$/,
];

const UI_STRINGS = `() => {
  const chrome = 'nav, footer, .theme-doc-sidebar-container, .pagination-nav, .theme-doc-breadcrumbs,' +
    ' .table-of-contents, button, figcaption, figure svg text, [role=tooltip], .theme-admonition > div:first-child,' +
    ' [class*=tocCollapsible], .theme-doc-version-badge, .theme-doc-version-banner';
  const skip = 'code, pre, kbd, samp, [translate=no], .markdown p, .markdown li, .markdown td';
  const strings = new Set();
  const add = (value) => {
    const text = (value || '').replace(/\\s+/g, ' ').trim();
    if (/[A-Za-z]{3}/.test(text)) strings.add(text);
  };
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
    if (element.closest('[translate=no]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) add(element.getAttribute(name));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(chrome) && !parent.closest(skip)) add(node.textContent);
  }
  return [...strings];
}`;

/** The interface strings of a hydrated page, in a desktop window (where the sidebar and table of contents show). */
export async function interfaceStrings(page: Page): Promise<string[]> {
  return (await page.evaluate(`(${UI_STRINGS})()`)) as string[];
}

/** The path of a Spanish page's English twin: `/es/docs/x` → `/docs/x`, `/es/` → `/`. */
export function englishTwin(spanishPath: string): string {
  return spanishPath.slice('/es'.length) || '/';
}

/** The Spanish page's interface strings that its English twin shows too, less names that read the same. */
export function stringsLeftInEnglish(english: readonly string[], spanish: readonly string[]): string[] {
  const englishStrings = new Set(english);
  return spanish.filter(
    (text) => englishStrings.has(text) && !SAME_IN_BOTH_LANGUAGES.some((pattern) => pattern.test(text)),
  );
}
