/**
 * The diagrams course pages can draw, by the name a page uses (`<ContainerNetwork />`). Each is a chunk of
 * its own, loaded only by the pages that draw it (src/theme/MDXComponents.tsx). To add a diagram, write its
 * file in ./diagrams/ and add one line here.
 */
import type {ComponentType} from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each diagram has its own props
export const diagrams: Record<string, () => Promise<{default: ComponentType<any>}>> = {
  BeforeAfterContainers: () => import('./diagrams/BeforeAfterContainers'),
  ContainerNetwork: () => import('./diagrams/ContainerNetwork'),
  ContainersVsVMs: () => import('./diagrams/ContainersVsVMs'),
  DockerWorkflow: () => import('./diagrams/DockerWorkflow'),
  ImageAndContainers: () => import('./diagrams/ImageAndContainers'),
  ImageLayers: () => import('./diagrams/ImageLayers'),
  MultiStageBuild: () => import('./diagrams/MultiStageBuild'),
  VirtualizationHistory: () => import('./diagrams/VirtualizationHistory'),
};
