/**
 * One preview card: a 1200×630 PNG that shows the course's name, a page's title, its part of the course and the
 * edition, in the site's colours. Satori lays the text out (with Inter, shipped by @fontsource/inter, so a card
 * looks the same on every machine) and writes an SVG whose text is already drawn as paths; resvg turns that into
 * the PNG on libuv's thread pool, so the next card is laid out while the last one is drawn. No browser, no network.
 *
 * The title wraps at word boundaries. When it does not fit at the largest type size, the type shrinks step by step
 * down to a minimum; a title that does not fit even then, or that holds a character the font lacks, is refused
 * with an error naming the page, never cut off or drawn as a missing glyph.
 */
import fs from 'node:fs';
import path from 'node:path';
import {renderAsync} from '@resvg/resvg-js';
import type {ReactNode} from 'react';
import satori, {type Font} from 'satori';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Title type sizes tried, largest first, in px: a title takes the first that fits. */
export const TITLE_SIZES = [72, 66, 60, 54, 48] as const;
const TITLE_LINE_HEIGHT = 1.15;

/** The site's colours (src/css/custom.css, logo.svg): the primary blues, its lightest tint for the small text. */
export const CARD_COLOURS = {
  background: '#154396', // --ifm-color-primary-darkest
  accent: '#1d5fd6', // --ifm-color-primary
  title: '#ffffff',
  muted: '#d1e4ff', // --ifm-color-primary-lightest (dark mode)
  logoTile: '#ffffff',
} as const;

const PADDING_X = 72;
const PADDING_Y = 56;
const HEADER_HEIGHT = 72;
const FOOTER_HEIGHT = 56;
const GAP = 28;
/** The box the title must fit in. */
export const TITLE_BOX = {
  width: CARD_WIDTH - 2 * PADDING_X,
  height: CARD_HEIGHT - 2 * PADDING_Y - HEADER_HEIGHT - FOOTER_HEIGHT - 2 * GAP,
} as const;

/** What a card shows, already in the page's language. */
export interface CardText {
  /** The course's name, at the top beside the logo. */
  course: string;
  /** The page's title, large. */
  title: string;
  /** Its part of the course (Concepts, Hands-on, Reference), when it belongs to one. */
  part?: string;
  /** The edition, as the card words it ("Edition 1.1"). */
  edition: string;
  /** The site's host, bottom right, so a card says where the link goes. */
  host: string;
}

export class CardDoesNotFitError extends Error {}

const FONT_WEIGHTS = [600, 700] as const;
/** The logo the navbar shows, drawn on a white tile at the top left. */
export const LOGO_FILE = 'static/img/logo.svg';

/** What every card draws with: the fonts and the logo, read once per build. */
export interface CardAssets {
  fonts: Font[];
  logo: string;
}

export function loadCardAssets(siteDir: string): CardAssets {
  const fonts = FONT_WEIGHTS.map((weight): Font => {
    const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`, {
      paths: [siteDir],
    });
    return {name: 'Inter', data: fs.readFileSync(file), weight, style: 'normal'};
  });
  const logo = fs.readFileSync(path.join(siteDir, LOGO_FILE)).toString('base64');
  return {fonts, logo: `data:image/svg+xml;base64,${logo}`};
}

interface Element {
  type: string;
  key?: string;
  props: {style?: Record<string, string | number>; children?: Child | Child[]; [prop: string]: unknown};
}
type Child = Element | string;

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: Child | Child[],
  key?: string,
): Element => ({type, key, props: {style, children}});

function cardElement(text: CardText, titleSize: number, logo: string): Element {
  const words = text.title.split(/\s+/).filter(Boolean);
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      boxSizing: 'border-box',
      gap: GAP,
      background: CARD_COLOURS.background,
      fontFamily: 'Inter',
      fontWeight: 600,
    },
    [
      el('div', {display: 'flex', alignItems: 'center', height: HEADER_HEIGHT, gap: 22}, [
        el(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: HEADER_HEIGHT,
            height: HEADER_HEIGHT,
            borderRadius: 16,
            background: CARD_COLOURS.logoTile,
          },
          {type: 'img', props: {src: logo, width: 56, height: 56}},
        ),
        el(
          'div',
          {display: 'flex', flexShrink: 0, fontSize: 36, color: CARD_COLOURS.muted, whiteSpace: 'nowrap'},
          text.course,
          'course',
        ),
        el(
          'div',
          {
            display: 'flex',
            flexShrink: 0,
            marginLeft: 'auto',
            fontSize: 24,
            color: CARD_COLOURS.muted,
            whiteSpace: 'nowrap',
          },
          text.host,
          'host',
        ),
      ]),
      el(
        'div',
        {display: 'flex', flexDirection: 'column', justifyContent: 'center', height: TITLE_BOX.height},
        el(
          'div',
          {
            display: 'flex',
            flexWrap: 'wrap',
            alignContent: 'flex-start',
            flexShrink: 0,
            width: TITLE_BOX.width,
            columnGap: Math.round(titleSize * 0.25),
            fontSize: titleSize,
            fontWeight: 700,
            lineHeight: TITLE_LINE_HEIGHT,
            color: CARD_COLOURS.title,
          },
          // One item per word: the layout then reports where each word went, so a line too many or a word wider
          // than the card is seen, not drawn past the edge.
          words.map((word, index) => el('div', {display: 'flex'}, word, `word-${index}`)),
          'title',
        ),
      ),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          alignSelf: 'flex-start',
          flexShrink: 0,
          gap: 24,
          height: FOOTER_HEIGHT,
          fontSize: 30,
          color: CARD_COLOURS.muted,
        },
        [
          ...(text.part
            ? [
                el(
                  'div',
                  {
                    display: 'flex',
                    padding: '8px 26px',
                    borderRadius: 999,
                    background: CARD_COLOURS.accent,
                    color: CARD_COLOURS.title,
                    whiteSpace: 'nowrap',
                  },
                  text.part,
                ),
              ]
            : []),
          el('div', {display: 'flex', whiteSpace: 'nowrap'}, text.edition),
        ],
        'footer',
      ),
    ],
  );
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Why a card cannot be drawn at one title size, or undefined when everything fits. */
type Misfit = 'title' | 'line';

/** Lays the card out at one title size: its SVG, or what does not fit. */
async function layOut(
  text: CardText,
  titleSize: number,
  assets: CardAssets,
): Promise<{svg: string; misfit?: Misfit}> {
  const words: Box[] = [];
  const boxes = new Map<string, Box>();
  const missing = new Set<string>();
  const svg = await satori(cardElement(text, titleSize, assets.logo) as unknown as ReactNode, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: assets.fonts,
    onNodeDetected: (node) => {
      if (typeof node.key !== 'string') return;
      if (node.key.startsWith('word-')) words.push(node);
      else boxes.set(node.key, node);
    },
    // Satori asks for another font only for characters Inter's Latin set lacks.
    loadAdditionalAsset: async (_language, segment) => {
      missing.add(segment);
      return [];
    },
  });
  if (missing.size > 0) {
    throw new CardDoesNotFitError(
      `it holds characters the card font (Inter, Latin) cannot draw: ${[...missing].map((s) => JSON.stringify(s)).join(', ')}. ` +
        "Write the title (or the translation of the card's words) without them.",
    );
  }
  const box = (key: string): Box => {
    const found = boxes.get(key);
    if (!found) throw new Error(`link previews: the card layout lost its "${key}" box.`);
    return found;
  };
  const right = CARD_WIDTH - PADDING_X + 0.5;
  const course = box('course');
  const host = box('host');
  const footer = box('footer');
  if (course.left + course.width + 24 > host.left || footer.left + footer.width > right) {
    return {svg, misfit: 'line'};
  }
  const lines = new Set(words.map((word) => Math.round(word.top))).size;
  const fits =
    lines * titleSize * TITLE_LINE_HEIGHT <= TITLE_BOX.height + 0.5 &&
    words.every((word) => word.left + word.width <= right);
  return {svg, misfit: fits ? undefined : 'title'};
}

/** The title size a card uses and its SVG; throws CardDoesNotFitError when no size fits. */
export async function cardSvg(text: CardText, assets: CardAssets): Promise<{svg: string; titleSize: number}> {
  for (const titleSize of TITLE_SIZES) {
    const {svg, misfit} = await layOut(text, titleSize, assets);
    if (!misfit) return {svg, titleSize};
    if (misfit === 'line') {
      throw new CardDoesNotFitError(
        `the line above the title ("${text.course}", "${text.host}") or the one under it ` +
          `("${[text.part, text.edition].filter(Boolean).join('", "')}") is wider than the card. ` +
          'Shorten the translation that makes it so.',
      );
    }
  }
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1];
  throw new CardDoesNotFitError(
    `its title does not fit in the card even at ${smallest} px (${TITLE_BOX.width}×${TITLE_BOX.height} px for the ` +
      `title): "${text.title}". Shorten the title, or break a word longer than the card's width.`,
  );
}

/** Draws a card's SVG as PNG, off the main thread. */
export async function cardPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: {mode: 'width', value: CARD_WIDTH},
    // Satori drew the text as paths: resvg needs no font, and skipping the system's is faster.
    font: {loadSystemFonts: false},
  });
  return image.asPng();
}

/** The width and height a PNG declares in its header; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): {width: number; height: number} | undefined {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return undefined;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}
