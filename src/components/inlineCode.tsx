import {Fragment, type ReactNode} from 'react';

/** A span of code in a catalog or glossary text, between backticks as in Markdown: `docker ps -a`. */
const CODE_SPAN = /`([^`]+)`/;

/**
 * The command catalog and the glossary mark commands, flags and file names in their sentences with backticks,
 * as Markdown does; this renders those spans as `<code>`, so they read as code wherever the sentence is shown.
 */
export function withInlineCode(text: string): ReactNode {
  const pieces = text.split(CODE_SPAN);
  if (pieces.length === 1) return text;
  // split() with a capturing group puts the code spans at the odd positions.
  return pieces.map((piece, index) =>
    index % 2 === 1 ? (
      <code key={index} translate="no" dir="ltr">
        {piece}
      </code>
    ) : (
      <Fragment key={index}>{piece}</Fragment>
    ),
  );
}
