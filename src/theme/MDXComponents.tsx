import MDXComponents from '@theme-original/MDXComponents';
import Command from '@site/src/components/Command';
import Term from '@site/src/components/Term';
import ImageLayers from '@site/src/components/ImageLayers';
import ImageAndContainers from '@site/src/components/ImageAndContainers';
import ContainersVsVMs from '@site/src/components/ContainersVsVMs';
import VirtualizationHistory from '@site/src/components/VirtualizationHistory';
import DockerWorkflow from '@site/src/components/DockerWorkflow';
import BeforeAfterContainers from '@site/src/components/BeforeAfterContainers';

// Course pages use these in MDX without importing them. The reference pages import <CommandReference /> and
// <Glossary /> themselves, so the whole catalog and glossary load only there, not with every page.
export default {
  ...MDXComponents,
  Command,
  Term,
  ImageLayers,
  ImageAndContainers,
  ContainersVsVMs,
  VirtualizationHistory,
  DockerWorkflow,
  BeforeAfterContainers,
};
