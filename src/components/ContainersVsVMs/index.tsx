import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.common';
import '@code-translations/diagram.containersVsVms';
import Diagram, {Box, Label, diagramStyles} from '../Diagram';

export type ContainersVsVMsProps = Record<string, never>;

const COLUMNS = [10, 99, 188];
const COLUMN_WIDTH = 82;
const APPS = ['A', 'B', 'C'];

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

/** Virtual machines next to containers: what each one stacks on the hardware. */
export default function ContainersVsVMs(): ReactNode {
  const guestOs = translate({
    id: 'diagram.containersVsVms.guestOs',
    message: 'guest OS with its own kernel',
    description: 'Containers vs VMs diagram: the operating system inside each virtual machine',
  });
  const vm = translate({
    id: 'diagram.containersVsVms.vm',
    message: 'VM',
    description: 'Containers vs VMs diagram: short label above each virtual machine',
  });
  const containerWord = translate({
    id: 'diagram.containersVsVms.container',
    message: 'container',
    description: 'Containers vs VMs diagram: short label above each container',
  });

  return (
    <Diagram
      label={translate({
        id: 'diagram.containersVsVms.label',
        message: 'Virtual machines compared with containers',
        description: 'Accessible name of the containers versus virtual machines diagram',
      })}
      description={translate({
        id: 'diagram.containersVsVms.description',
        message:
          'Two stacks side by side. Virtual machines: on the hardware runs a hypervisor, and on it three virtual machines, each with a full guest operating system and its own kernel, its libraries and one app. Containers: on the hardware runs one host operating system whose kernel all containers share, then a container engine such as the Docker Engine, and on it three containers holding only their libraries and one app each.',
        description: 'Longer description of the containers versus virtual machines diagram',
      })}
      caption={translate({
        id: 'diagram.containersVsVms.caption',
        message:
          'Each virtual machine carries a whole operating system; containers share the host’s kernel and carry only the app and its libraries.',
        description: 'Visible caption under the containers versus virtual machines diagram',
      })}
    >
      <svg viewBox="0 0 280 336" className={diagramStyles['panel-narrow']} aria-hidden="true">
        <Label
          x={140}
          y={16}
          text={translate({
            id: 'diagram.containersVsVms.vmsTitle',
            message: 'Virtual machines',
            description: 'Containers vs VMs diagram: title of the left stack',
          })}
          size={16}
          weight="bold"
        />
        <Label
          x={140}
          y={38}
          text={translate({
            id: 'diagram.containersVsVms.vmsNote',
            message: 'gigabytes each, start in minutes',
            description: 'Containers vs VMs diagram: note under the virtual machines title',
          })}
          size={12}
          tone="muted"
        />
        {COLUMNS.map((x, index) => (
          <g key={x}>
            <rect
              x={x - 3}
              y={56}
              width={COLUMN_WIDTH + 6}
              height={196}
              rx={8}
              className={diagramStyles['box-surface']}
            />
            <Label x={x + COLUMN_WIDTH / 2} y={68} text={`${vm} ${index + 1}`} size={12} tone="muted" />
            <Box
              x={x}
              y={80}
              width={COLUMN_WIDTH}
              height={40}
              tone="app"
              label={appLabel(APPS[index])}
              size={12}
            />
            <Box
              x={x}
              y={126}
              width={COLUMN_WIDTH}
              height={40}
              tone="surface"
              label={librariesLabel()}
              size={12}
            />
            <Box x={x} y={172} width={COLUMN_WIDTH} height={74} tone="os" label={guestOs} size={12} />
          </g>
        ))}
        <Box
          x={7}
          y={258}
          width={266}
          height={34}
          tone="engine"
          label={translate({
            id: 'diagram.common.hypervisor',
            message: 'hypervisor',
            description: 'Diagrams: the hypervisor layer that runs virtual machines',
          })}
        />
        <Box x={7} y={298} width={266} height={34} tone="hardware" label={hardwareLabel()} />
      </svg>
      <svg viewBox="0 0 280 336" className={diagramStyles['panel-narrow']} aria-hidden="true">
        <Label
          x={140}
          y={16}
          text={translate({
            id: 'diagram.containersVsVms.containersTitle',
            message: 'Containers',
            description: 'Containers vs VMs diagram: title of the right stack',
          })}
          size={16}
          weight="bold"
        />
        <Label
          x={140}
          y={38}
          text={translate({
            id: 'diagram.containersVsVms.containersNote',
            message: 'megabytes each, start in seconds',
            description: 'Containers vs VMs diagram: note under the containers title',
          })}
          size={12}
          tone="muted"
        />
        {COLUMNS.map((x) => (
          <g key={x}>
            <rect
              x={x - 3}
              y={136}
              width={COLUMN_WIDTH + 6}
              height={116 - 40}
              rx={8}
              className={diagramStyles['box-surface']}
            />
            <Label x={x + COLUMN_WIDTH / 2} y={124} text={containerWord} size={12} tone="muted" />
          </g>
        ))}
        {COLUMNS.map((x, index) => (
          <g key={`stack-${x}`}>
            <Box
              x={x}
              y={140}
              width={COLUMN_WIDTH}
              height={32}
              tone="app"
              label={appLabel(APPS[index])}
              size={12}
            />
            <Box
              x={x}
              y={176}
              width={COLUMN_WIDTH}
              height={32}
              tone="surface"
              label={librariesLabel()}
              size={12}
            />
          </g>
        ))}
        <Box
          x={7}
          y={218}
          width={266}
          height={34}
          tone="engine"
          label={translate({
            id: 'diagram.containersVsVms.engine',
            message: 'container engine (Docker Engine)',
            description: 'Containers vs VMs diagram: the container engine layer',
          })}
          size={13}
        />
        <Box
          x={7}
          y={258}
          width={266}
          height={34}
          tone="kernel"
          label={translate({
            id: 'diagram.containersVsVms.hostOs',
            message: 'host OS: one kernel, shared',
            description: 'Containers vs VMs diagram: the host operating system whose kernel containers share',
          })}
          size={13}
        />
        <Box x={7} y={298} width={266} height={34} tone="hardware" label={hardwareLabel()} />
      </svg>
    </Diagram>
  );
}
