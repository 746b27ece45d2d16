/**
 * The words a page shows, without its presentation: the text of the article of a built doc page, one block
 * per line, and the ids of its headings. A released edition's record holds both (./record.ts), so a change of
 * words trips the check while a change of markup, class names or CSS does not.
 *
 * Kept: prose, headings, lists, tables, code blocks, command snippets and their explanations, glossary
 * definitions (in brackets, on a line of their own after the line that uses the term). Left out: the diagrams (drawings whose labels are interface strings, shared by every edition
 * and improved for all of them), controls such as the copy button, and what is hidden from everyone
 * (`aria-hidden`, the heading anchors' `#`).
 */
import {JSDOM} from 'jsdom';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

/** What is not text of the course: drawings, controls and what no reader is shown. */
const LEFT_OUT = [
  'script',
  'style',
  'template',
  'svg',
  '[role="img"]',
  '[aria-hidden="true"]',
  '.hash-link',
  // The copy button and other controls; the words of a command are buttons too, but inside its <pre>.
  'button:not(pre button)',
].join(', ');

export interface PageText {
  /** The article's text, one block per line, whitespace collapsed outside code. */
  lines: string[];
  /** The ids of the article's headings, in page order: the anchors a link can point at. */
  anchors: string[];
}

/** The article of a built doc page; throws when the page has none (not a doc page). */
export function pageText(html: string, where: string): PageText {
  const {document} = new JSDOM(html).window;
  const article = document.querySelector('.theme-doc-markdown');
  if (!article) throw new Error(`${where}: no doc article (.theme-doc-markdown) in this page.`);
  const anchors = [...article.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')].map(
    (heading) => heading.id,
  );
  for (const element of article.querySelectorAll(LEFT_OUT)) element.remove();

  const lines: string[] = [];
  let line = '';
  // Code keeps its own line breaks and indentation; prose has its whitespace collapsed.
  let lineIsCode = false;
  // A glossary term's definition is shown on hover: it follows, on a line of its own, the line that uses it.
  let notes: string[] = [];
  const endLine = () => {
    const text = lineIsCode ? line.trimEnd() : line.replace(/\s+/g, ' ').trim();
    if (text.trim()) lines.push(text);
    lines.push(...notes);
    line = '';
    lineIsCode = false;
    notes = [];
  };
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!inPre) {
        line += text;
        return;
      }
      const [first, ...rest] = text.split('\n');
      line += first;
      lineIsCode = true;
      for (const next of rest) {
        endLine();
        line = next;
        lineIsCode = true;
      }
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.getAttribute('role') === 'tooltip') {
      const parts = [...element.children].map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim());
      notes.push(`(${parts.join(': ')})`);
      return;
    }
    const block = BLOCK.has(element.tagName);
    if (block) endLine();
    if (element.tagName === 'TD' || element.tagName === 'TH') line += ' | ';
    for (const child of element.childNodes) walk(child, inPre || element.tagName === 'PRE');
    if (block) endLine();
  };
  walk(article, false);
  endLine();
  return {lines, anchors};
}
