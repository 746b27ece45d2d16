/** Labels that several diagrams draw, translated once. */
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.common';

export function appLabel(name: string): string {
  return translate(
    {
      id: 'diagram.common.app',
      message: 'app {name}',
      description: 'Diagrams: an application box; {name} is a letter such as A',
    },
    {name},
  );
}

export function librariesLabel(): string {
  return translate({
    id: 'diagram.common.libraries',
    message: 'libraries',
    description: 'Diagrams: the box for the libraries and binaries an application needs',
  });
}

export function hardwareLabel(): string {
  return translate({
    id: 'diagram.common.hardware',
    message: 'hardware',
    description: 'Diagrams: the physical machine at the bottom of a stack',
  });
}

export function hypervisorLabel(): string {
  return translate({
    id: 'diagram.common.hypervisor',
    message: 'hypervisor',
    description: 'Diagrams: the hypervisor layer that runs virtual machines',
  });
}
