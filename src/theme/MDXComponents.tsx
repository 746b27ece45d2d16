import {lazy, type ComponentType} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Command from '@site/src/components/Command';
import Term from '@site/src/components/Term';
import {separateHydration} from '@site/src/components/separateHydration';

// Course pages use these in MDX without importing them. The reference pages import <CommandReference /> and
// <Glossary /> themselves, so the whole catalog and glossary load only there, not with every page.
//
// Each diagram is a chunk of its own, loaded only by the pages that draw one: registering them directly would
// put all six in every doc page's bundle. The server renders them in full, so the figure shows before any
// script runs, and its boundary hydrates once the chunk has arrived.
/** A diagram registered lazily: its own chunk, and its own boundary to hydrate in. */
function lazyDiagram(name: string, load: () => Promise<{default: ComponentType}>): ComponentType {
  return separateHydration(lazy(load), name);
}

export default {
  ...MDXComponents,
  Command: separateHydration(Command, 'Command'),
  Term,
  ImageLayers: lazyDiagram('ImageLayers', () => import('@site/src/components/ImageLayers')),
  ImageAndContainers: lazyDiagram(
    'ImageAndContainers',
    () => import('@site/src/components/ImageAndContainers'),
  ),
  ContainersVsVMs: lazyDiagram('ContainersVsVMs', () => import('@site/src/components/ContainersVsVMs')),
  VirtualizationHistory: lazyDiagram(
    'VirtualizationHistory',
    () => import('@site/src/components/VirtualizationHistory'),
  ),
  DockerWorkflow: lazyDiagram('DockerWorkflow', () => import('@site/src/components/DockerWorkflow')),
  BeforeAfterContainers: lazyDiagram(
    'BeforeAfterContainers',
    () => import('@site/src/components/BeforeAfterContainers'),
  ),
};
