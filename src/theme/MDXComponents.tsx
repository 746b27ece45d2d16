import {lazy, Suspense, type ComponentType, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Command from '@site/src/components/Command';
import Term from '@site/src/components/Term';

/**
 * A diagram that loads its code only on the pages that draw it. Each diagram is its own chunk: registering
 * them here directly would put all six in every doc page's bundle. The server renders them in full, so the
 * page shows the figure before any script runs; in the browser the diagram's boundary hydrates once its chunk
 * has arrived.
 */
function lazyDiagram<Props extends object>(
  load: () => Promise<{default: ComponentType<Props>}>,
): ComponentType<Props> {
  const Diagram = lazy(load);
  return function LazyDiagram(props: Props): ReactNode {
    return (
      <Suspense fallback={null}>
        <Diagram {...props} />
      </Suspense>
    );
  };
}

// Course pages use these in MDX without importing them. The reference pages import <CommandReference /> and
// <Glossary /> themselves, so the whole catalog and glossary load only there, not with every page.
export default {
  ...MDXComponents,
  Command,
  Term,
  ImageLayers: lazyDiagram(() => import('@site/src/components/ImageLayers')),
  ImageAndContainers: lazyDiagram(() => import('@site/src/components/ImageAndContainers')),
  ContainersVsVMs: lazyDiagram(() => import('@site/src/components/ContainersVsVMs')),
  VirtualizationHistory: lazyDiagram(() => import('@site/src/components/VirtualizationHistory')),
  DockerWorkflow: lazyDiagram(() => import('@site/src/components/DockerWorkflow')),
  BeforeAfterContainers: lazyDiagram(() => import('@site/src/components/BeforeAfterContainers')),
};
