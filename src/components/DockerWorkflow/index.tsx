import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.dockerWorkflow';
import Diagram, {Arrow, ArrowMarker, Box, Label, diagramStyles, useSvgId} from '../Diagram';

export type DockerWorkflowProps = Record<string, never>;

/** A command label sitting on an arrow. */
function CommandTag({x, y, text}: {x: number; y: number; text: string}): ReactNode {
  const width = text.length * 7.4 + 12;
  return (
    <g>
      <rect
        x={x - width / 2}
        y={y - 11}
        width={width}
        height={22}
        rx={4}
        className={diagramStyles['box-surface']}
      />
      <Label x={x} y={y} text={text} mono size={12} />
    </g>
  );
}

/** Dockerfile → build → image → push → registry → pull → image → run → container. */
export default function DockerWorkflow(): ReactNode {
  const marker = useSvgId('docker-workflow-arrow');
  const image = translate({
    id: 'diagram.dockerWorkflow.image',
    message: 'image',
    description: 'Docker workflow diagram: an image box',
  });
  const readOnly = translate({
    id: 'diagram.dockerWorkflow.imageDetail',
    message: 'read-only package',
    description: 'Docker workflow diagram: note inside an image box',
  });
  return (
    <Diagram
      label={translate({
        id: 'diagram.dockerWorkflow.label',
        message: 'The Docker workflow from Dockerfile to running container',
        description: 'Accessible name of the Docker workflow diagram',
      })}
      description={translate({
        id: 'diagram.dockerWorkflow.description',
        message:
          'On your computer, docker build turns a Dockerfile and your app’s files into an image, and docker push uploads that image to a registry such as Docker Hub. On a server, docker pull downloads the same image from the registry and docker run starts a container from it. docker run also works directly on your computer.',
        description: 'Longer description of the Docker workflow diagram',
      })}
      caption={translate({
        id: 'diagram.dockerWorkflow.caption',
        message: 'Build once, push to a registry, then pull and run the very same image anywhere.',
        description: 'Visible caption under the Docker workflow diagram',
      })}
    >
      <svg viewBox="0 0 400 372" className={diagramStyles['panel-medium']} aria-hidden="true">
        <defs>
          <ArrowMarker id={marker} />
        </defs>
        {/* Your computer */}
        <rect
          x={4}
          y={4}
          width={392}
          height={124}
          rx={10}
          className={`${diagramStyles['box-surface']} ${diagramStyles.dashed}`}
        />
        <Label
          x={16}
          y={20}
          anchor="start"
          text={translate({
            id: 'diagram.dockerWorkflow.yourComputer',
            message: 'your computer',
            description: 'Docker workflow diagram: label of the top area',
          })}
          size={12}
          tone="muted"
        />
        <Box
          x={14}
          y={40}
          width={124}
          height={70}
          tone="surface"
          label="Dockerfile"
          subLabel={translate({
            id: 'diagram.dockerWorkflow.dockerfileDetail',
            message: 'plus your app’s files',
            description: 'Docker workflow diagram: note inside the Dockerfile box',
          })}
        />
        <Arrow from={[140, 75]} to={[258, 75]} markerId={marker} />
        <CommandTag x={199} y={75} text="docker build" />
        <Box x={262} y={40} width={124} height={70} tone="layer" label={image} subLabel={readOnly} />

        {/* Registry */}
        <Arrow from={[324, 112]} to={[324, 160]} markerId={marker} />
        <CommandTag x={324} y={136} text="docker push" />
        <Box
          x={96}
          y={164}
          width={290}
          height={46}
          tone="registry"
          label={translate({
            id: 'diagram.dockerWorkflow.registry',
            message: 'registry (Docker Hub or private)',
            description: 'Docker workflow diagram: the registry box',
          })}
        />
        <Arrow from={[324, 212]} to={[324, 276]} markerId={marker} />
        <CommandTag x={324} y={236} text="docker pull" />

        {/* Server */}
        <rect
          x={4}
          y={244}
          width={392}
          height={124}
          rx={10}
          className={`${diagramStyles['box-surface']} ${diagramStyles.dashed}`}
        />
        <Label
          x={16}
          y={260}
          anchor="start"
          text={translate({
            id: 'diagram.dockerWorkflow.server',
            message: 'a server',
            description: 'Docker workflow diagram: label of the bottom area',
          })}
          size={12}
          tone="muted"
        />
        <Box x={262} y={280} width={124} height={70} tone="layer" label={image} subLabel={readOnly} />
        <Arrow from={[260, 315]} to={[142, 315]} markerId={marker} />
        <CommandTag x={199} y={315} text="docker run" />
        <Box
          x={14}
          y={280}
          width={124}
          height={70}
          tone="app"
          label={translate({
            id: 'diagram.dockerWorkflow.container',
            message: 'container',
            description: 'Docker workflow diagram: the container box',
          })}
          subLabel={translate({
            id: 'diagram.dockerWorkflow.containerDetail',
            message: 'your app, running',
            description: 'Docker workflow diagram: note inside the container box',
          })}
        />
      </svg>
    </Diagram>
  );
}
