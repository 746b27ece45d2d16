import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.common';
import '@code-translations/diagram.virtualizationHistory';
import Diagram, {Box, Label, diagramStyles} from '../Diagram';
import {appLabel, hardwareLabel, librariesLabel} from '../ContainersVsVMs';

export type VirtualizationHistoryProps = Record<string, never>;

const WIDTH = 236;
const HEIGHT = 330;
const COLUMNS = [8, 122];
const COLUMN_WIDTH = 106;
const APPS = ['A', 'B'];
const SIZE = 13;

function Title({step, title, note}: {step: number; title: string; note: string}): ReactNode {
  return (
    <>
      <circle cx={18} cy={16} r={12} className={diagramStyles['box-engine']} />
      <Label x={18} y={16} text={String(step)} size={13} weight="bold" />
      <Label x={WIDTH / 2 + 10} y={16} text={title} size={15} weight="bold" />
      <Label x={WIDTH / 2} y={44} text={note} size={12} tone="muted" maxChars={34} />
    </>
  );
}

function Verdict({duplicated, good}: {duplicated: string; good: boolean}): ReactNode {
  return (
    <Label
      x={WIDTH / 2}
      y={HEIGHT - 16}
      text={duplicated}
      size={12}
      weight="bold"
      tone={good ? 'good' : 'problem'}
      maxChars={34}
    />
  );
}

/** From bare metal to hypervisors to containers, showing what each approach duplicates per application. */
export default function VirtualizationHistory(): ReactNode {
  const hardware = hardwareLabel();
  const libraries = librariesLabel();
  const guestOs = translate({
    id: 'diagram.virtualizationHistory.guestOs',
    message: 'guest OS and kernel',
    description: 'Virtualization history diagram: the operating system inside each virtual machine',
  });
  return (
    <Diagram
      label={translate({
        id: 'diagram.virtualizationHistory.label',
        message: 'From bare metal to virtual machines to containers',
        description: 'Accessible name of the virtualization history diagram',
      })}
      description={translate({
        id: 'diagram.virtualizationHistory.description',
        message:
          'Three stages. One, bare metal: apps share one operating system and one set of libraries on one server, so an upgrade for one app can break another and spare capacity is wasted. Two, hypervisor-based virtualization: a hypervisor runs one virtual machine per app, each duplicating a whole guest operating system and kernel. Three, container-based virtualization: one host operating system and a container engine run one container per app, which duplicates only the app and its libraries while the kernel is shared.',
        description: 'Longer description of the virtualization history diagram',
      })}
      caption={translate({
        id: 'diagram.virtualizationHistory.caption',
        message:
          'Virtual machines gave each app its own system, at the cost of a whole operating system per app; containers keep apps apart while sharing one kernel.',
        description: 'Visible caption under the virtualization history diagram',
      })}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={diagramStyles['panel-third']} aria-hidden="true">
        <Title
          step={1}
          title={translate({
            id: 'diagram.virtualizationHistory.bareMetal',
            message: 'Bare metal',
            description: 'Virtualization history diagram: title of the first stage',
          })}
          note={translate({
            id: 'diagram.virtualizationHistory.bareMetalNote',
            message: 'all apps on one server and one OS',
            description: 'Virtualization history diagram: note under the bare metal title',
          })}
        />
        {COLUMNS.map((x, index) => (
          <Box
            key={x}
            x={x}
            y={124}
            width={COLUMN_WIDTH}
            height={40}
            tone="app"
            label={appLabel(APPS[index])}
            size={SIZE}
          />
        ))}
        <Box
          x={8}
          y={170}
          width={220}
          height={34}
          tone="surface"
          label={translate({
            id: 'diagram.virtualizationHistory.sharedLibraries',
            message: 'shared libraries: one version for all',
            description: 'Virtualization history diagram: the libraries every app shares on bare metal',
          })}
          size={12}
        />
        <Box
          x={8}
          y={210}
          width={220}
          height={34}
          tone="kernel"
          label={translate({
            id: 'diagram.virtualizationHistory.hostOs',
            message: 'operating system and kernel',
            description: 'Virtualization history diagram: the one operating system of a server',
          })}
          size={12}
        />
        <Box x={8} y={250} width={220} height={34} tone="hardware" label={hardware} size={12} />
        <Verdict
          duplicated={translate({
            id: 'diagram.virtualizationHistory.bareMetalVerdict',
            message: 'no isolation: upgrades clash',
            description: 'Virtualization history diagram: the drawback of bare metal',
          })}
          good={false}
        />
      </svg>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={diagramStyles['panel-third']} aria-hidden="true">
        <Title
          step={2}
          title={translate({
            id: 'diagram.virtualizationHistory.hypervisor',
            message: 'Hypervisor-based',
            description: 'Virtualization history diagram: title of the second stage',
          })}
          note={translate({
            id: 'diagram.virtualizationHistory.hypervisorNote',
            message: 'one virtual machine per app',
            description: 'Virtualization history diagram: note under the hypervisor title',
          })}
        />
        {COLUMNS.map((x, index) => (
          <g key={x}>
            <Box
              x={x}
              y={64}
              width={COLUMN_WIDTH}
              height={36}
              tone="app"
              label={appLabel(APPS[index])}
              size={SIZE}
            />
            <Box
              x={x}
              y={104}
              width={COLUMN_WIDTH}
              height={36}
              tone="surface"
              label={libraries}
              size={SIZE}
            />
            <Box x={x} y={144} width={COLUMN_WIDTH} height={60} tone="os" label={guestOs} size={SIZE} />
          </g>
        ))}
        <Box
          x={8}
          y={210}
          width={220}
          height={34}
          tone="engine"
          label={translate({
            id: 'diagram.common.hypervisor',
            message: 'hypervisor',
            description: 'Diagrams: the hypervisor layer that runs virtual machines',
          })}
          size={12}
        />
        <Box x={8} y={250} width={220} height={34} tone="hardware" label={hardware} size={12} />
        <Verdict
          duplicated={translate({
            id: 'diagram.virtualizationHistory.hypervisorVerdict',
            message: 'duplicates a whole OS per app',
            description: 'Virtualization history diagram: what hypervisor-based virtualization duplicates',
          })}
          good={false}
        />
      </svg>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={diagramStyles['panel-third']} aria-hidden="true">
        <Title
          step={3}
          title={translate({
            id: 'diagram.virtualizationHistory.containers',
            message: 'Container-based',
            description: 'Virtualization history diagram: title of the third stage',
          })}
          note={translate({
            id: 'diagram.virtualizationHistory.containersNote',
            message: 'one container per app, one shared kernel',
            description: 'Virtualization history diagram: note under the container-based title',
          })}
        />
        {COLUMNS.map((x, index) => (
          <g key={x}>
            <Box
              x={x}
              y={104}
              width={COLUMN_WIDTH}
              height={36}
              tone="app"
              label={appLabel(APPS[index])}
              size={SIZE}
            />
            <Box
              x={x}
              y={144}
              width={COLUMN_WIDTH}
              height={36}
              tone="surface"
              label={libraries}
              size={SIZE}
            />
          </g>
        ))}
        <Box
          x={8}
          y={184}
          width={220}
          height={28}
          tone="engine"
          label={translate({
            id: 'diagram.virtualizationHistory.engine',
            message: 'container engine',
            description: 'Virtualization history diagram: the container engine layer',
          })}
          size={12}
        />
        <Box
          x={8}
          y={216}
          width={220}
          height={28}
          tone="kernel"
          label={translate({
            id: 'diagram.virtualizationHistory.sharedKernel',
            message: 'host OS: shared kernel',
            description:
              'Virtualization history diagram: the host operating system whose kernel containers share',
          })}
          size={12}
        />
        <Box x={8} y={250} width={220} height={34} tone="hardware" label={hardware} size={12} />
        <Verdict
          duplicated={translate({
            id: 'diagram.virtualizationHistory.containersVerdict',
            message: 'duplicates only app and libraries',
            description: 'Virtualization history diagram: what containers duplicate',
          })}
          good
        />
      </svg>
    </Diagram>
  );
}
