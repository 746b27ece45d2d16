import {forwardRef, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import {Highlight} from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import type {Props} from '@theme/CodeBlock/Content';
import {KEEP_SERVER_MARKUP, useHydratingServerMarkup} from '@site/src/components/useHydratingServerMarkup';
import styles from './styles.module.css';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  return (
    <pre
      ref={ref}
      tabIndex={0}
      {...props}
      className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')}
    />
  );
});

function Code(props: ComponentProps<'code'>): ReactNode {
  const {metadata} = useCodeBlockContext();
  return (
    <code
      {...props}
      className={clsx(
        props.className,
        styles.codeBlockLines,
        metadata.lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering,
      )}
      style={{
        ...props.style,
        counterReset:
          metadata.lineNumbersStart === undefined ? undefined : `line-count ${metadata.lineNumbersStart - 1}`,
      }}
    />
  );
}

/**
 * The classic theme's code block content (ejected), with one change. Upstream highlights every block again
 * while the page hydrates (Prism tokenizes the code, and React builds an element per token to match against
 * the server's HTML): on a page with a few blocks, most of the time hydration takes. The highlighted lines
 * never change once built, so a block that hydrates keeps the server's lines as they are; a block created in
 * the browser (after a client-side navigation, or when the reader's colour mode differs from the one the
 * server used, see src/theme/CodeBlock) is highlighted as upstream does.
 */
export default function CodeBlockContent({className: classNameProp}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const keepServerLines = useHydratingServerMarkup();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  if (keepServerLines) {
    // The same element and attributes as `Highlight` gives below.
    return (
      <Pre
        ref={wordWrap.codeBlockRef}
        className={clsx(classNameProp, `prism-code language-${language.toLowerCase()}`)}
        style={prismTheme.plain}
      >
        <Code dangerouslySetInnerHTML={KEEP_SERVER_MARKUP} suppressHydrationWarning />
      </Pre>
    );
  }
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({className, style, tokens: lines, getLineProps, getTokenProps}) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)} style={style}>
          <Code>
            {lines.map((line, i) => (
              <Line
                key={i}
                line={line}
                getLineProps={getLineProps}
                getTokenProps={getTokenProps}
                classNames={lineClassNames[i]}
                showLineNumbers={lineNumbersStart !== undefined}
              />
            ))}
          </Code>
        </Pre>
      )}
    </Highlight>
  );
}
