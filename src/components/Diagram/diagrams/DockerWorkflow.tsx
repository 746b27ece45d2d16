import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.workflow';
import {Arrow, Box, Figure, Flow, Group} from '..';

/** Dockerfile → build → image → push → registry → pull → image → run → container. */
export default function DockerWorkflow(): ReactNode {
  const image = (
    <Box
      tone="layer"
      pile
      label={<Translate id="diagram.workflow.image">image</Translate>}
      note={<Translate id="diagram.workflow.imageDetail">read-only package</Translate>}
    />
  );
  return (
    <Figure
      name="DockerWorkflow"
      label={
        <Translate id="diagram.workflow.label">
          The Docker workflow from Dockerfile to running container
        </Translate>
      }
      description={
        <Translate id="diagram.workflow.description">
          On your computer, docker build turns a Dockerfile and your app’s files into an image, and docker
          push uploads that image to a registry such as Docker Hub. On a server, docker pull downloads the
          same image from the registry and docker run starts a container from it. docker run also works
          directly on your computer.
        </Translate>
      }
      caption={
        <Translate id="diagram.workflow.caption">
          Build once, push to a registry, then pull and run the very same image anywhere.
        </Translate>
      }
    >
      <Flow>
        <Group
          dashed
          size="small"
          title={<Translate id="diagram.workflow.yourComputer">your computer</Translate>}
        >
          <Flow direction="across">
            <Box
              mono
              label="Dockerfile"
              note={<Translate id="diagram.workflow.dockerfileDetail">plus your app’s files</Translate>}
            />
            <Arrow mono label="docker build" />
            {image}
          </Flow>
        </Group>
        <Arrow mono label="docker push" />
        <Box
          tone="registry"
          label={<Translate id="diagram.workflow.registry">registry (Docker Hub or private)</Translate>}
        />
        <Arrow mono label="docker pull" />
        <Group dashed size="small" title={<Translate id="diagram.workflow.server">a server</Translate>}>
          <Flow direction="across">
            {image}
            <Arrow mono label="docker run" />
            <Box
              tone="app"
              label={<Translate id="diagram.workflow.container">container</Translate>}
              note={<Translate id="diagram.workflow.containerDetail">your app, running</Translate>}
            />
          </Flow>
        </Group>
      </Flow>
    </Figure>
  );
}
