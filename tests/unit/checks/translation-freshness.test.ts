import {describe, expect, it} from 'vitest';
import {readContentFiles} from '../../../scripts/checks';
import {checkTranslationFreshness} from '../../../scripts/checks/translation-freshness';
import {readSourceHash, sourceHash, writeSourceHash} from '../../../plugins/translation-status/source-hash';
import type {SourceFile} from '../../../scripts/checks/types';
import {ES_CURRENT, FIXTURE_SITE} from './fixtures';

const siteDocs = (): SourceFile[] => readContentFiles(FIXTURE_SITE).docs;
const SPANISH = `${ES_CURRENT}/basics/first-steps.mdx`;

function editEnglish(docs: SourceFile[]): SourceFile[] {
  return docs.map((doc) =>
    doc.path === 'docs/basics/first-steps.mdx'
      ? {...doc, text: `${doc.text}\nA new English paragraph.\n`}
      : doc,
  );
}

describe('sourceHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the text, whatever its line endings', () => {
    expect(sourceHash('hello\n')).toBe('5891b5b522d5');
    expect(sourceHash('a\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
  });

  it('is read back from the front matter as written, quoted or not, leading zeros kept', () => {
    expect(readSourceHash("---\ntitle: x\nsource_hash: '0123456789ab'\n---\nbody")).toBe('0123456789ab');
    expect(readSourceHash('---\r\nsource_hash: 000000123456\r\n---\r\n')).toBe('000000123456');
    expect(readSourceHash('---\ntitle: x\n---\nsource_hash: abc')).toBeUndefined();
    expect(readSourceHash('no front matter')).toBeUndefined();
  });

  it('is written into the front matter, replacing an old one and keeping everything else', () => {
    const text = '---\ntitle: Hola\n---\n\nCuerpo\n';
    const once = writeSourceHash(text, '111111111111');
    expect(once).toBe("---\ntitle: Hola\nsource_hash: '111111111111'\n---\n\nCuerpo\n");
    expect(writeSourceHash(once, '222222222222')).toBe(
      "---\ntitle: Hola\nsource_hash: '222222222222'\n---\n\nCuerpo\n",
    );
    expect(writeSourceHash('---\r\ntitle: Hola\r\n---\r\nCuerpo', 'abc')).toBe(
      "---\r\ntitle: Hola\r\nsource_hash: 'abc'\r\n---\r\nCuerpo",
    );
    expect(writeSourceHash('Cuerpo\n', 'abc')).toBe("---\nsource_hash: 'abc'\n---\n\nCuerpo\n");
  });
});

describe('checkTranslationFreshness', () => {
  it('passes translations stamped with their English twin’s current hash', () => {
    expect(checkTranslationFreshness(siteDocs(), 'test')).toEqual([]);
  });

  it('reports a stale hash: an error in test mode, a warning in build mode', () => {
    const docs = editEnglish(siteDocs());
    const [error] = checkTranslationFreshness(docs, 'test');
    expect(error).toMatchObject({file: SPANISH, line: 7, col: 1, severity: 'error'});
    expect(error.message).toMatch(
      /^stale translation: docs\/basics\/first-steps\.mdx changed since this was translated/,
    );
    expect(error.fix).toBe(
      `bring over the English changes (git log -p -- docs/basics/first-steps.mdx), then run npm run translations:stamp -- ${SPANISH}`,
    );
    const [warning] = checkTranslationFreshness(docs, 'build');
    expect(warning.severity).toBe('warning');
  });

  it('reports a translation with no hash at all', () => {
    const docs = siteDocs().map((doc) =>
      doc.path === SPANISH ? {...doc, text: doc.text.replace(/^source_hash:.*\n/m, '')} : doc,
    );
    const problems = checkTranslationFreshness(docs, 'test');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^no `source_hash` in the front matter/);
  });
});
