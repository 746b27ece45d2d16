import path from 'node:path';

/**
 * Applies exact edits to a copy of a dependency's module, then points its relative imports at the folder it
 * came from, so the copy can live in Docusaurus's generated files. An edit whose text is no longer in the
 * module throws, naming the module and the file of ours that makes the edit: an upgrade that changed the
 * module fails the build instead of shipping a copy of the old code.
 */
export function patchModule(
  source: string,
  originalFile: string,
  edits: [string, string][],
  editedBy: string,
): string {
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
