import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a module a plugin generates into Docusaurus's generated files (`.docusaurus/<plugin>/<name>`) and
 * returns its path. An unchanged file is left alone, so the bundler's watcher and cache see no change.
 */
export function writeGeneratedFile(
  generatedFilesDir: string,
  plugin: string,
  name: string,
  content: string,
): string {
  const file = path.join(generatedFilesDir, plugin, name);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) fs.writeFileSync(file, content);
  return file;
}
