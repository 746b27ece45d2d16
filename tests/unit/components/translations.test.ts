import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.join(__dirname, '../../..');
const componentsDir = path.join(root, 'src/components');
const spanish = JSON.parse(fs.readFileSync(path.join(root, 'i18n/es/code.json'), 'utf8')) as Record<
  string,
  {message: string}
>;

/** Every translation id the components use, read from their source like `write-translations` does. */
function componentIds(): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        for (const match of source.matchAll(/\bid:\s*'([\w.]+)',\s*message:\s*'((?:[^'\\]|\\.)*)'/g))
          ids.set(match[1], match[2]);
        for (const match of source.matchAll(/<Translate\s+id="([\w.]+)"/g)) ids.set(match[1], '');
      }
    }
  };
  walk(componentsDir);
  return ids;
}

describe('UI strings of the components', () => {
  const ids = componentIds();

  it('are found in the components', () => {
    expect(ids.size).toBeGreaterThan(100);
    expect(ids.has('commandSnippet.copyButton.label')).toBe(true);
  });

  it('all have a Spanish translation in i18n/es/code.json', () => {
    const missing = [...ids.keys()].filter((id) => !spanish[id]?.message?.trim());
    expect(missing).toEqual([]);
  });

  it('are really translated, apart from names that read the same in both languages', () => {
    const same = [...ids].filter(([id, english]) => english !== '' && spanish[id]?.message === english);
    expect(same.map(([id]) => id)).toEqual(['commandReference.section.compose']);
  });
});
