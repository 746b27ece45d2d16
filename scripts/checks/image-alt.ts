/**
 * Every image says what it shows: a reader on a screen reader, or with images blocked, gets the alt
 * text instead. (Our diagrams are SVG drawn by React with `role="img"` and their own accessible name.)
 */
import {findTags, getAttribute} from './html-tags';
import {isMarkdownPath, maskNonContent, positionAt} from './markdown';
import {markdownImages} from './remote-assets';
import type {Problem, SourceFile} from './types';

const FIX = "describe what the image shows, in the page's language, in a few words";

export function checkImageAlt(file: SourceFile): Problem[] {
  const markdown = isMarkdownPath(file.path);
  if (!markdown && !/\.(?:tsx|jsx|html)$/.test(file.path)) return [];
  const text = markdown ? maskNonContent(file.text) : file.text;
  const problems: Problem[] = [];
  const report = (index: number, message: string, fix: string): void => {
    problems.push({file: file.path, ...positionAt(file.text, index), severity: 'error', message, fix});
  };
  if (markdown) {
    for (const image of markdownImages(text)) {
      if (image.alt.trim() === '') {
        report(
          image.index,
          `image ${image.url} has no alt text`,
          `${FIX}: ![A diagram of ...](${image.url})`,
        );
      }
    }
  }
  for (const tag of findTags(text, ['img'])) {
    const alt = getAttribute(tag, 'alt');
    const src = getAttribute(tag, 'src')?.value ?? '';
    const what = src ? `<img> ${src}` : '<img>';
    if (!alt) {
      if (!tag.hasSpread) report(tag.index, `${what} has no alt attribute`, `${FIX}: alt="..."`);
    } else if (!alt.computed && (alt.value ?? '').trim() === '') {
      report(alt.index, `${what} has an empty alt attribute`, `${FIX}: alt="..."`);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}
