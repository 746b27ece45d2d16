import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import {useColorMode, useThemeConfig} from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

// The classic theme registers the extra languages on every page; plugins/prism-with-code-blocks moves that here, and
// src/theme/CodeBlock loads this module with the first code block, so pages without code never download Prism.
prismIncludeLanguages(Prism);

/** As the classic theme does: plain string children, so the copy button can copy them. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * The classic theme's code block (ejected), with one change. The server highlights every block with the
 * default colour mode's Prism theme, and hydration does not repaint the colours, so the theme remounts every
 * block once the page has hydrated: each block is highlighted and built twice. Here a block remounts only
 * when the reader's colour mode is not the one the server used; in the default mode it is built once.
 */
export default function HighlightedCodeBlock({children: rawChildren, ...props}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const {defaultMode} = useThemeConfig().colorMode;
  const children = maybeStringifyChildren(rawChildren);
  const renderedWith = isBrowser && colorMode !== defaultMode ? colorMode : 'server';
  return typeof children === 'string' ? (
    <StringContent key={renderedWith} {...props}>
      {children}
    </StringContent>
  ) : (
    <ElementContent key={renderedWith} {...props}>
      {children}
    </ElementContent>
  );
}
