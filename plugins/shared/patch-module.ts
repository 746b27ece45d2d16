import path from 'node:path';

/**
 * Applies exact edits to a copy of a dependency's module, then points its relative imports at the folder it
 * came from, so the copy can live in Docusaurus's generated files. An edit whose text is no longer in the
 * module throws, naming the module and the file of ours that makes the edit: an upgrade that changed the
 * module fails the build instead of shipping a copy of the old code. So does a name that the added code calls
 * (`uses`) and the module no longer has: the copy would build, then fail in the reader's browser.
 */
export function patchModule(
  source: string,
  originalFile: string,
  edits: [string, string][],
  editedBy: string,
  uses: readonly string[] = [],
): string {
  for (const name of uses) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(source)) {
      throw new Error(
        `${originalFile} no longer has ${name}, which the code ${editedBy} adds to it calls: the dependency ` +
          `changed. Check how the new version does this, and update ${editedBy} (README.md, "Upgrading Docusaurus").`,
      );
    }
  }
  let patched = source;
  for (const [from, to] of edits) {
    if (!patched.includes(from)) {
      throw new Error(
        `${originalFile} no longer contains ${JSON.stringify(from)}: the dependency changed. ` +
          `Check whether ${editedBy} still needs this edit, and update it (README.md, "Upgrading Docusaurus").`,
      );
    }
    patched = patched.replace(from, to);
  }
  return patched.replace(
    /((?:from|import)\s+)(["'])(\.{1,2}\/.+?)\2/g,
    (_match, keyword: string, _quote: string, relative: string) =>
      `${keyword}${JSON.stringify(path.resolve(path.dirname(originalFile), relative))}`,
  );
}
