/**
 * Serves the course's example project as downloads, one set per edition, in every language's folder:
 *
 *   /examples/next/<file>   the unreleased edition's, from examples/ (the live project the tests run)
 *   /examples/<ed>/<file>   each released edition's, from versioned_data/version-<ed>/examples/ (frozen at the cut)
 *   /examples/<file>        edition 1.0's, for the links written before downloads were versioned
 *
 * Pages link them with `pathname:///examples/next/...`, which `npm run edition:cut` rewrites to the edition's
 * folder in the pages it freezes. The files are copied into the build once it is written: the frozen ones live
 * beside their edition's data, outside static/, and one folder is served under two URLs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {UNVERSIONED_EXAMPLES_EDITION, editionDataDir, releasedEditions} from '../../src/data/editions';

export const LIVE_EXAMPLES_DIR = 'examples';

/** Source folder → folder of the build, relative to the site and to the build's locale folder. */
export function downloadFolders(siteDir: string, editions: string[]): {from: string; to: string}[] {
  const folders = [{from: LIVE_EXAMPLES_DIR, to: 'examples/next'}];
  for (const edition of editions) {
    const from = `${editionDataDir(edition)}/examples`;
    if (!fs.existsSync(path.join(siteDir, from))) {
      throw new Error(
        `[example-downloads] ${from} is missing: released edition ${edition} serves the example files frozen ` +
          `when it was cut. Restore them from git (git checkout -- ${from}).`,
      );
    }
    folders.push({from, to: `examples/${edition}`});
    if (edition === UNVERSIONED_EXAMPLES_EDITION) folders.push({from, to: 'examples'});
  }
  return folders;
}

export default function exampleDownloadsPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  const editions = releasedEditions(siteDir);
  return {
    name: 'example-downloads',
    async postBuild({outDir}) {
      for (const {from, to} of downloadFolders(siteDir, editions)) {
        fs.cpSync(path.join(siteDir, from), path.join(outDir, to), {recursive: true});
      }
    },
  };
}
