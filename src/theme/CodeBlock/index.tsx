import {lazy} from 'react';
import {separateHydration} from '@site/src/components/separateHydration';

/**
 * The classic theme's code block, loaded with the first one a page shows: Prism, its grammars and the
 * highlighting component come in a chunk of their own (src/components/HighlightedCodeBlock), so a page without
 * code never downloads them. The server renders every block in full, so the highlighted code shows before any
 * script runs; in the browser each block hydrates in a pass of its own once the chunk has arrived (highlighting
 * again is the costliest part of hydrating a page with code).
 */
export default separateHydration(
  lazy(() => import('@site/src/components/HighlightedCodeBlock')),
  'CodeBlock',
);
