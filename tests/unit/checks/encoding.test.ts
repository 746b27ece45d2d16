import {describe, expect, it} from 'vitest';
import {checkMisdecodedCharacters, repairMojibake} from '../../../scripts/checks/encoding';
import {fixtureAs} from './fixtures';

describe('checkMisdecodedCharacters', () => {
  it('reports mojibake with its position and the character that was meant', () => {
    const problems = checkMisdecodedCharacters(fixtureAs('bad/mojibake.mdx', 'docs/page.mdx'));
    expect(problems.map((p) => [p.line, p.col, p.message, p.fix.split(' and ')[0]])).toEqual([
      [6, 11, 'mis-decoded text "â€”" (UTF-8 read as Windows-1252)', 'replace it with "—"'],
      [8, 3, 'mis-decoded text "â€™" (UTF-8 read as Windows-1252)', 'replace it with "’"'],
      [8, 38, 'mis-decoded text "Ã¡" (UTF-8 read as Windows-1252)', 'replace it with "á"'],
      [8, 52, 'mis-decoded text "Ã±" (UTF-8 read as Windows-1252)', 'replace it with "ñ"'],
      [10, 21, 'mis-decoded text "Â " (a UTF-8 non-breaking space read as Windows-1252)', 'delete the "Â"'],
      [
        10,
        60,
        'replacement character "\uFFFD": a character was lost when this text was decoded',
        'retype the original character',
      ],
    ]);
  });

  it('reports mojibake in UI translation files', () => {
    const problems = checkMisdecodedCharacters(fixtureAs('bad/mojibake.json', 'i18n/es/code.json'));
    expect(problems.map((p) => [p.line, p.fix.split(' and ')[0]])).toEqual([
      [2, 'replace it with "–"'],
      [3, 'replace it with "ó"'],
    ]);
  });

  it('passes correct Spanish, typography and other accented text', () => {
    expect(
      checkMisdecodedCharacters(
        fixtureAs('good/accents.mdx', 'i18n/es/docusaurus-plugin-content-docs/current/a.mdx'),
      ),
    ).toEqual([]);
  });

  it('repairs only sequences that are valid UTF-8', () => {
    expect(repairMojibake('Ã©')).toBe('é');
    expect(repairMojibake('Ã')).toBeUndefined();
  });
});
