/**
 * Nothing the site shows is loaded from another origin: images, scripts, frames, stylesheets, fonts
 * and media come from the site itself, so the course works offline, leaks no reader's visit to a third
 * party and passes the browser tests that watch every request. Text links to other sites are fine.
 */
import {findTags, getAttribute} from './html-tags';
import {isMarkdownPath, maskNonContent, positionAt} from './markdown';
import type {Problem, SourceFile} from './types';

/** `https://…`, `http://…` and protocol-relative `//…` all point to another origin. */
export function isRemoteUrl(url: string): boolean {
  return /^\s*(?:https?:)?\/\/\S/i.test(url);
}

/** Which attributes make each element fetch something. */
const LOADING_ATTRIBUTES: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlinkhref', 'xlink:href'],
  use: ['href', 'xlinkhref', 'xlink:href'],
  link: ['href'],
};
// `<link rel="canonical" href="https://…">` names another URL without fetching it.
const NON_LOADING_LINK_RELS = /^(?:canonical|alternate|author|license|help|next|prev|me|bookmark|external)$/i;

function urlsOf(attributeName: string, value: string): string[] {
  // srcset: "a.png 1x, https://x/b.png 2x"
  return /srcset/i.test(attributeName)
    ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])
    : [value];
}

function fixFor(kind: string): string {
  return `save the ${kind} in the repository (static/ or next to the component) and load it by a site-relative path`;
}

export function checkRemoteAssets(file: SourceFile): Problem[] {
  const text = isMarkdownPath(file.path) ? maskNonContent(file.text) : file.text;
  const problems: Problem[] = [];
  const report = (index: number, message: string, fix: string): void => {
    problems.push({file: file.path, ...positionAt(file.text, index), severity: 'error', message, fix});
  };

  for (const tag of findTags(text, Object.keys(LOADING_ATTRIBUTES))) {
    if (tag.name === 'link') {
      const rel = getAttribute(tag, 'rel')?.value ?? '';
      if (rel.split(/\s+/).every((r) => NON_LOADING_LINK_RELS.test(r)) && rel !== '') continue;
    }
    for (const attribute of tag.attributes) {
      if (!LOADING_ATTRIBUTES[tag.name].includes(attribute.name.toLowerCase())) continue;
      for (const url of urlsOf(attribute.name, attribute.value ?? '')) {
        if (isRemoteUrl(url)) {
          report(
            attribute.index,
            `<${tag.name}> loads ${url.trim()} from another origin`,
            fixFor(tag.name === 'img' || tag.name === 'image' ? 'image' : 'file'),
          );
        }
      }
    }
  }

  // CSS, in stylesheets and in inline styles: url(https://…) and @import "https://…".
  for (const match of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi)) {
    const url = match[2] ?? match[4];
    if (isRemoteUrl(url)) {
      report(
        match.index,
        `CSS loads ${url.trim()} from another origin`,
        fixFor('file (font, image or stylesheet)'),
      );
    }
  }

  if (isMarkdownPath(file.path)) {
    for (const {index, url} of markdownImages(text)) {
      if (isRemoteUrl(url)) report(index, `image ${url} is loaded from another origin`, fixFor('image'));
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

export interface MarkdownImage {
  index: number;
  alt: string;
  url: string;
}

/** Markdown images: inline `![alt](url "title")`, and reference `![alt][ref]` / `![alt]` with `[ref]: url`. */
export function markdownImages(text: string): MarkdownImage[] {
  const definitions = new Map<string, string>();
  for (const match of text.matchAll(/^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/gm)) {
    definitions.set(match[1].trim().toLowerCase(), match[2]);
  }
  const images: MarkdownImage[] = [];
  for (const match of text.matchAll(/!\[((?:\\.|[^\]\\])*)\](?:\(\s*<?([^)\s>]*)>?[^)]*\)|\[([^\]]*)\])?/g)) {
    const [, alt, inlineUrl, reference] = match;
    const url = inlineUrl ?? definitions.get((reference || alt).trim().toLowerCase());
    if (url !== undefined) images.push({index: match.index, alt, url});
  }
  return images;
}
