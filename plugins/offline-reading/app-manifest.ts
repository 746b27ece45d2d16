/**
 * What makes the course installable: each language's web app manifest and the icons it names.
 *
 * Both locale builds copy the same static/ folder, so a manifest there would be English in both. Instead each
 * locale's build writes its own `manifest.json` (`/manifest.json`, `/es/manifest.json`) in its language, and the
 * icons, drawn from static/img/logo.svg with resvg, go once to the site's root, where both manifests point.
 */
import fs from 'node:fs';
import path from 'node:path';
import {Resvg} from '@resvg/resvg-js';

/** The words of the manifest a reader sees when installing, translated like the theme's strings. */
export const DEFAULT_MESSAGES = {
  shortName: {
    message: 'Docker Course',
    description: 'Name of the installed course under its icon on a phone (at most 12 to 15 characters)',
  },
  description: {
    message: 'A free beginner course on Docker, readable offline once opened.',
    description: 'Description of the course shown when a reader installs it as an app',
  },
};

export type ManifestMessages = typeof DEFAULT_MESSAGES;

/** The course's blue (static/img/logo.svg), for the browser's title bar. */
export const THEME_COLOR = '#1d63ed';
const BACKGROUND_COLOR = '#ffffff';

/** The icons, under the site's root: `purpose: any` keeps the logo as drawn, `maskable` gives it a safe margin. */
export const ICONS = [
  {file: 'img/app-icon-192.png', size: 192, purpose: 'any'},
  {file: 'img/app-icon-512.png', size: 512, purpose: 'any'},
  {file: 'img/app-icon-maskable-512.png', size: 512, purpose: 'maskable'},
] as const;

export interface AppManifestFacts {
  /** The course's name in this language (the navbar's translated title). */
  name: string;
  messages: {shortName: string; description: string};
  /** The locale's `htmlLang`. */
  lang: string;
  /** The locale's base URL (`/`, `/es/`): where the installed app opens. */
  baseUrl: string;
  /** The site's base URL: the app's scope covers both languages, so the language switch stays in the app. */
  siteBaseUrl: string;
}

/** The locale's `manifest.json`. */
export function appManifest({name, messages, lang, baseUrl, siteBaseUrl}: AppManifestFacts): object {
  return {
    id: baseUrl,
    name,
    short_name: messages.shortName,
    description: messages.description,
    lang,
    dir: 'ltr',
    start_url: baseUrl,
    scope: siteBaseUrl,
    display: 'standalone',
    background_color: BACKGROUND_COLOR,
    theme_color: THEME_COLOR,
    icons: ICONS.map(({file, size, purpose}) => ({
      src: `${siteBaseUrl}${file}`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  };
}

/**
 * The logo as an icon of `size` pixels. A maskable icon fills its square with white and keeps the logo inside
 * the central 80% circle that every launcher's mask leaves visible.
 */
export function iconPng(logoSvg: string, size: number, purpose: 'any' | 'maskable'): Buffer {
  let svg = logoSvg;
  if (purpose === 'maskable') {
    const inner = logoSvg.replace(/^<svg\b/, '<svg x="20" y="20" width="60" height="60"');
    svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
      `<rect width="100" height="100" fill="${BACKGROUND_COLOR}"/>${inner}</svg>`;
  }
  return new Resvg(svg, {fitTo: {mode: 'width', value: size}, font: {loadSystemFonts: false}})
    .render()
    .asPng();
}

/** Draws the icons into the site's build folder. */
export async function writeIcons(siteDir: string, siteOutDir: string): Promise<void> {
  const logo = await fs.promises.readFile(path.join(siteDir, 'static/img/logo.svg'), 'utf8');
  for (const {file, size, purpose} of ICONS) {
    const target = path.join(siteOutDir, file);
    await fs.promises.mkdir(path.dirname(target), {recursive: true});
    await fs.promises.writeFile(target, iconPng(logo, size, purpose));
  }
}
