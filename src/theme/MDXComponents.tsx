import {lazy} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Command from '@site/src/components/Command';
import Term from '@site/src/components/Term';
import {diagrams} from '@site/src/components/Diagram/registry';
import {separateHydration} from '@site/src/components/separateHydration';

// Course pages use these in MDX without importing them. The reference pages import <CommandReference /> and
// <Glossary /> themselves, so the whole catalog and glossary load only there, not with every page.
//
// Each diagram is a chunk of its own, loaded only by the pages that draw one: registering them directly would
// put every diagram in every doc page's bundle. The server renders them in full, so the figure shows before
// any script runs, and its boundary hydrates once the chunk has arrived.
const lazyDiagrams = Object.fromEntries(
  Object.entries(diagrams).map(([name, load]) => [name, separateHydration(lazy(load), name)]),
);

export default {
  ...MDXComponents,
  Command: separateHydration(Command, 'Command'),
  Term,
  ...lazyDiagrams,
};
