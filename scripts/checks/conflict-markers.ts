/** Leftover merge-conflict markers: a half-resolved merge ships both versions of a paragraph. */
import {codeAndFrontMatterLines, isMarkdownPath, splitLines} from './markdown';
import type {Problem, SourceFile} from './types';

// `<<<<<<< ours`, `||||||| base` (diff3 style), `>>>>>>> theirs`; written so this file never looks like a conflict.
const MARKER = /^(?:[<]{7}|[|]{7}|[>]{7})(?: |$)/;
const SEPARATOR = '='.repeat(7);

export function checkConflictMarkers(file: SourceFile): Problem[] {
  // In a page, a lone `=======` inside a code block may be legitimate output; the other markers never are.
  const inCode = isMarkdownPath(file.path) ? codeAndFrontMatterLines(file.text) : [];
  const problems: Problem[] = [];
  splitLines(file.text).forEach((line, index) => {
    const marker = MARKER.test(line) || (line === SEPARATOR && !inCode[index]);
    if (marker) {
      problems.push({
        file: file.path,
        line: index + 1,
        col: 1,
        severity: 'error',
        message: `leftover merge-conflict marker "${line.slice(0, 7)}"`,
        fix: 'finish resolving the merge: keep the right text between the markers and delete every marker line',
      });
    }
  });
  return problems;
}
