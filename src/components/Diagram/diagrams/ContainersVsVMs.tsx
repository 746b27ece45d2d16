import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.vms';
import {Box, Columns, Figure, Group, Stack} from '..';
import {appLabel, hardwareLabel, hypervisorLabel, librariesLabel} from '../labels';

interface SideProps {
  title: ReactNode;
  note: ReactNode;
  /** The title of each app's own box: a virtual machine or a container. */
  unit: (index: number) => ReactNode;
  /** What each app carries besides its libraries. */
  own?: ReactNode;
  /** What the apps stand on, above the hardware. */
  base: ReactNode;
}

/** One side of the comparison: three apps, each in its own unit, on a shared base. */
function Side({title, note, unit, own, base}: SideProps): ReactNode {
  return (
    <Group title={title} note={note}>
      <Columns>
        {['A', 'B', 'C'].map((app, index) => (
          <Group key={app} size="small" title={unit(index)}>
            <Box tone="app" label={appLabel(app)} />
            <Box label={librariesLabel()} />
            {own}
          </Group>
        ))}
      </Columns>
      <Stack>
        {base}
        <Box tone="hardware" label={hardwareLabel()} />
      </Stack>
    </Group>
  );
}

/** Virtual machines next to containers: what each one stacks on the hardware. */
export default function ContainersVsVMs(): ReactNode {
  const vm = translate({id: 'diagram.vms.vm', message: 'VM', description: 'Short for virtual machine'});
  return (
    <Figure
      name="ContainersVsVMs"
      label={<Translate id="diagram.vms.label">Virtual machines compared with containers</Translate>}
      description={
        <Translate id="diagram.vms.description">
          Two stacks side by side. Virtual machines: on the hardware runs a hypervisor, and on it three
          virtual machines, each with a full guest operating system and its own kernel, its libraries and one
          app. Containers: on the hardware runs one host operating system whose kernel all containers share,
          then a container engine such as the Docker Engine, and on it three containers holding only their
          libraries and one app each.
        </Translate>
      }
      caption={
        <Translate id="diagram.vms.caption">
          Each virtual machine carries a whole operating system; containers share the host’s kernel and carry
          only the app and its libraries.
        </Translate>
      }
    >
      <Columns layout="wrap">
        <Side
          title={<Translate id="diagram.vms.vmsTitle">Virtual machines</Translate>}
          note={<Translate id="diagram.vms.vmsNote">gigabytes each, start in minutes</Translate>}
          unit={(index) => `${vm} ${index + 1}`}
          own={
            <Box
              tone="os"
              label={<Translate id="diagram.vms.guestOs">guest OS with its own kernel</Translate>}
            />
          }
          base={<Box tone="engine" label={hypervisorLabel()} />}
        />
        <Side
          title={<Translate id="diagram.vms.containersTitle">Containers</Translate>}
          note={<Translate id="diagram.vms.containersNote">megabytes each, start in seconds</Translate>}
          unit={() => <Translate id="diagram.vms.container">container</Translate>}
          base={
            <>
              <Box
                tone="engine"
                label={<Translate id="diagram.vms.engine">container engine (Docker Engine)</Translate>}
              />
              <Box
                tone="kernel"
                label={<Translate id="diagram.vms.hostOs">host OS: one kernel, shared</Translate>}
              />
            </>
          }
        />
      </Columns>
    </Figure>
  );
}
