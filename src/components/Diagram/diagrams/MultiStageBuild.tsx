import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.stages';
import {Arrow, Box, Figure, Flow, Group, Stack} from '..';

/** A build stage with the tool chain, a slim runtime stage, and what `COPY --from` carries between them. */
export default function MultiStageBuild(): ReactNode {
  return (
    <Figure
      name="MultiStageBuild"
      label={<Translate id="diagram.stages.label">A build stage and a slim runtime stage</Translate>}
      description={
        <Translate id="diagram.stages.description">
          Two stages of one Dockerfile. The build stage starts FROM python:3.14, a full image of about 1 GB
          with compilers and build tools, and turns requirements.txt into ready-built packages in /wheels. The
          runtime stage starts FROM python:3.14-slim-trixie; COPY --from=build copies only /wheels across, the
          packages are installed from there, and app.py is copied in. The tool chain stays behind in the build
          stage, so the image you ship is about 150 MB.
        </Translate>
      }
      caption={
        <Translate id="diagram.stages.caption">
          Only what COPY --from names crosses from one stage to the next; the compilers never reach the image
          you ship.
        </Translate>
      }
    >
      <Flow direction="across">
        <Group
          title={<Translate id="diagram.stages.build">build stage</Translate>}
          monoNote
          note="FROM python:3.14 AS build"
          verdict={<Translate id="diagram.stages.buildSize">about 1 GB, left behind</Translate>}
        >
          <Stack>
            <Box
              tone="layer"
              mono
              label="/wheels"
              note={<Translate id="diagram.stages.wheels">the app’s packages, built</Translate>}
            />
            <Box
              tone="os"
              label={<Translate id="diagram.stages.toolchain">compilers and build tools</Translate>}
            />
            <Box tone="layer" mono label="python:3.14" />
          </Stack>
        </Group>
        <Arrow mono label="COPY --from=build /wheels" />
        <Group
          title={<Translate id="diagram.stages.runtime">runtime stage</Translate>}
          monoNote
          note="FROM python:3.14-slim-trixie"
          good
          verdict={<Translate id="diagram.stages.runtimeSize">the image you ship: about 150 MB</Translate>}
        >
          <Stack>
            <Box tone="app" mono label="app.py" />
            <Box
              tone="layer"
              label={<Translate id="diagram.stages.installed">packages installed from /wheels</Translate>}
            />
            <Box
              tone="layer"
              mono
              label="python:3.14-slim-trixie"
              note={<Translate id="diagram.stages.slimBase">Python without the tool chain</Translate>}
            />
          </Stack>
        </Group>
      </Flow>
    </Figure>
  );
}
