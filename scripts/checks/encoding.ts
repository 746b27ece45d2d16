/**
 * Mis-decoded text ("mojibake"): UTF-8 bytes read as Windows-1252 and saved again, so that `—` turns
 * into `â€”` and `é` into `Ã©`; and U+FFFD, the replacement character left where a byte could not be
 * decoded at all. Both come from copy-paste through a wrongly configured editor or terminal.
 */
import {positionAt} from './markdown';
import type {Problem, SourceFile} from './types';

// Windows-1252 characters for bytes 0x80-0x9F (the bytes it leaves undefined read as C1 controls).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH}]`;
// UTF-8 lead bytes seen as Windows-1252 that start the common mojibake: Â Ã (Latin-1), Å Æ Ë (Œ, ƒ, ˆ),
// â (punctuation: — ’ “ € ™) and ð (emoji). Leads like Í or Ó are left out: «SÍ» is correct Spanish.
const MOJIBAKE = new RegExp(
  `[\\u00C2\\u00C3\\u00C5\\u00C6\\u00CB\\u00E2\\u00F0]${CONTINUATION}{1,3}|\\u00C2(?= )`,
  'g',
);
const REPLACEMENT_OR_C1 = /[\uFFFD\u0080-\u009F]/g;

function toWindows1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  const index = CP1252_HIGH.indexOf(char);
  return index === -1 ? undefined : 0x80 + index;
}

/** What a mis-decoded sequence was meant to be, or `undefined` if it is not valid UTF-8 after all. */
export function repairMojibake(text: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = toWindows1252Byte(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

export function checkMisdecodedCharacters(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const report = (index: number, message: string, fix: string): void => {
    problems.push({file: file.path, ...positionAt(file.text, index), severity: 'error', message, fix});
  };
  for (const match of file.text.matchAll(MOJIBAKE)) {
    const found = match[0];
    if (found === '\u00C2') {
      report(
        match.index,
        'mis-decoded text "Â " (a UTF-8 non-breaking space read as Windows-1252)',
        'delete the "Â"',
      );
      continue;
    }
    // Longest prefix that decodes: a lead byte takes only as many continuation bytes as it needs.
    for (let length = found.length; length >= 2; length--) {
      const repaired = repairMojibake(found.slice(0, length));
      if (repaired !== undefined) {
        report(
          match.index,
          `mis-decoded text "${found.slice(0, length)}" (UTF-8 read as Windows-1252)`,
          `replace it with "${repaired}" and make sure your editor saves and reads files as UTF-8`,
        );
        break;
      }
    }
  }
  for (const match of file.text.matchAll(REPLACEMENT_OR_C1)) {
    const replacement = match[0] === '\uFFFD';
    report(
      match.index,
      replacement
        ? 'replacement character "\uFFFD": a character was lost when this text was decoded'
        : `invisible control character U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (text decoded with the wrong encoding)`,
      replacement ? 'retype the original character' : 'delete it and retype the character that was meant',
    );
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}
