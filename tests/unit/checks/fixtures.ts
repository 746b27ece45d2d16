/** Reads content-check fixtures and hands them to the checks under the path they would have in the site. */
import fs from 'node:fs';
import path from 'node:path';
import type {SourceFile} from '../../../scripts/checks/types';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/content');
export const FIXTURE_SITE = path.join(FIXTURES, 'site');
export const ES_CURRENT = 'i18n/es/docusaurus-plugin-content-docs/current';

export function readFixture(fixturePath: string): string {
  return fs.readFileSync(path.join(FIXTURES, fixturePath), 'utf8');
}

/** A fixture file presented to a check as if it lived at `sitePath`. */
export function fixtureAs(fixturePath: string, sitePath: string): SourceFile {
  return {path: sitePath, text: readFixture(fixturePath)};
}
