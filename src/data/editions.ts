/**
 * Which catalog a page renders from. The unreleased edition (docs/ and its translations) renders from the live
 * data in ./commands.ts and ./glossary.ts; a released edition renders from the copy frozen when it was cut,
 * versioned_data/version-<edition>/catalog.json, so later changes to the live data never rewrite it.
 * Build-time only (it reads files): browser code never imports it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Catalog} from './catalog';
import {commands, helpFlag} from './commands';
import {glossary} from './glossary';

/** Where released editions keep what they render from, beside versioned_docs/. */
export const EDITION_DATA_DIR = 'versioned_data';
export const CATALOG_FILE = 'catalog.json';

/**
 * The edition whose example files the unversioned download URLs (`/examples/flask-app/...`) serve: the only one
 * released before downloads were versioned, whose pages linked them.
 */
export const UNVERSIONED_EXAMPLES_EDITION = '1.0';

/** Released editions, newest first, as versions.json lists them (written by `npm run edition:cut`). */
export function releasedEditions(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

/** The folder of an edition's frozen data, relative to the site. */
export function editionDataDir(edition: string): string {
  return `${EDITION_DATA_DIR}/version-${edition}`;
}

export const liveCatalog: Catalog = {commands, helpFlag, glossary};

const frozen = new Map<string, Catalog>();

/** The catalog edition `edition` was released with. */
export function editionCatalog(siteDir: string, edition: string): Catalog {
  const file = path.resolve(siteDir, editionDataDir(edition), CATALOG_FILE);
  let catalog = frozen.get(file);
  if (!catalog) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `${path.relative(process.cwd(), file)} is missing: every released edition renders from the catalog frozen ` +
          `when it was cut. Restore it from git (git checkout -- ${editionDataDir(edition)}).`,
      );
    }
    catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog;
    frozen.set(file, catalog);
  }
  return catalog;
}

// A page of a released edition: versioned_docs/version-1.0/... or i18n/es/docusaurus-plugin-content-docs/version-1.0/...
const EDITION_PAGE =
  /^(?:(.*)[\\/])?(?:versioned_docs|i18n[\\/][^\\/]+[\\/]docusaurus-plugin-content-docs)[\\/]version-([^\\/]+)[\\/]/;

/** The released edition a page file belongs to, and the site it is in; undefined for the unreleased docs. */
export function editionOfPage(file: string): {siteDir: string; edition: string} | undefined {
  const match = EDITION_PAGE.exec(file);
  return match ? {siteDir: path.resolve(match[1] ?? '.'), edition: match[2]} : undefined;
}

/** The catalog a page file renders from: its edition's frozen one, or the live one. */
export function catalogForPage(file: string): Catalog {
  const edition = editionOfPage(file);
  return edition ? editionCatalog(edition.siteDir, edition.edition) : liveCatalog;
}

/** The catalog of a docs version by name: `current` is the live one. */
export function catalogForVersion(siteDir: string, version: string): Catalog {
  return version === 'current' ? liveCatalog : editionCatalog(siteDir, version);
}
