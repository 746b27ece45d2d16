import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.history';
import {Box, Columns, Figure, Group, Stack, Stages} from '..';
import {appLabel, hardwareLabel, hypervisorLabel, librariesLabel} from '../labels';

interface StageProps {
  step: number;
  title: ReactNode;
  note: ReactNode;
  verdict: ReactNode;
  good?: boolean;
  /** What each of the two apps has to itself, under the app. */
  own?: ReactNode;
  /** What the apps share, above the hardware. */
  shared: ReactNode;
}

/** One stage of the story: two apps, what each has to itself, what they share, and the verdict. */
function Stage({step, title, note, verdict, good, own, shared}: StageProps): ReactNode {
  return (
    <Group step={step} title={title} note={note} verdict={verdict} good={good}>
      <Columns>
        {['A', 'B'].map((app) => (
          <Stack key={app}>
            <Box tone="app" label={appLabel(app)} />
            {own}
          </Stack>
        ))}
      </Columns>
      <Stack>
        {shared}
        <Box tone="hardware" label={hardwareLabel()} />
      </Stack>
    </Group>
  );
}

/** From bare metal to hypervisors to containers, showing what each approach duplicates per application. */
export default function VirtualizationHistory(): ReactNode {
  return (
    <Figure
      name="VirtualizationHistory"
      label={
        <Translate id="diagram.history.label">From bare metal to virtual machines to containers</Translate>
      }
      description={
        <Translate id="diagram.history.description">
          Three stages. One, bare metal: apps share one operating system and one set of libraries on one
          server, so an upgrade for one app can break another and spare capacity is wasted. Two,
          hypervisor-based virtualization: a hypervisor runs one virtual machine per app, each duplicating a
          whole guest operating system and kernel. Three, container-based virtualization: one host operating
          system and a container engine run one container per app, which duplicates only the app and its
          libraries while the kernel is shared.
        </Translate>
      }
      caption={
        <Translate id="diagram.history.caption">
          Virtual machines gave each app its own system, at the cost of a whole operating system per app;
          containers keep apps apart while sharing one kernel.
        </Translate>
      }
    >
      <Stages>
        <Stage
          step={1}
          title={<Translate id="diagram.history.bareMetal">Bare metal</Translate>}
          note={<Translate id="diagram.history.bareMetalNote">all apps on one server and one OS</Translate>}
          verdict={<Translate id="diagram.history.bareMetalVerdict">no isolation: upgrades clash</Translate>}
          shared={
            <>
              <Box
                label={
                  <Translate id="diagram.history.sharedLibraries">
                    shared libraries: one version for all
                  </Translate>
                }
              />
              <Box
                tone="kernel"
                label={<Translate id="diagram.history.hostOs">operating system and kernel</Translate>}
              />
            </>
          }
        />
        <Stage
          step={2}
          title={<Translate id="diagram.history.hypervisor">Hypervisor-based</Translate>}
          note={<Translate id="diagram.history.hypervisorNote">one virtual machine per app</Translate>}
          verdict={
            <Translate id="diagram.history.hypervisorVerdict">duplicates a whole OS per app</Translate>
          }
          own={
            <>
              <Box label={librariesLabel()} />
              <Box
                tone="os"
                label={<Translate id="diagram.history.guestOs">guest OS and kernel</Translate>}
              />
            </>
          }
          shared={<Box tone="engine" label={hypervisorLabel()} />}
        />
        <Stage
          step={3}
          good
          title={<Translate id="diagram.history.containers">Container-based</Translate>}
          note={
            <Translate id="diagram.history.containersNote">
              one container per app, one shared kernel
            </Translate>
          }
          verdict={
            <Translate id="diagram.history.containersVerdict">duplicates only app and libraries</Translate>
          }
          own={<Box label={librariesLabel()} />}
          shared={
            <>
              <Box
                tone="engine"
                label={<Translate id="diagram.history.engine">container engine</Translate>}
              />
              <Box
                tone="kernel"
                label={<Translate id="diagram.history.sharedKernel">host OS: shared kernel</Translate>}
              />
            </>
          }
        />
      </Stages>
    </Figure>
  );
}
