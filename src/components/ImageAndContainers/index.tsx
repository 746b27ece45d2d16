import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.imageAndContainers';
import Diagram, {Arrow, ArrowMarker, Box, Label, diagramStyles, useSvgId} from '../Diagram';

export type ImageAndContainersProps = Record<string, never>;

const CONTAINER_X = 236;
const CONTAINER_WIDTH = 160;
const CONTAINER_HEIGHT = 64;
const CONTAINER_YS = [36, 116, 196];

/** One image and several containers started from it: the class and its instances. */
export default function ImageAndContainers(): ReactNode {
  const marker = useSvgId('image-and-containers-arrow');
  const image = translate({
    id: 'diagram.imageAndContainers.image',
    message: 'image',
    description: 'Image and containers diagram: title of the image box',
  });
  const imageDetail = translate({
    id: 'diagram.imageAndContainers.imageDetail',
    message: 'read-only, never changes',
    description: 'Image and containers diagram: note inside the image box',
  });
  const ownLayer = translate({
    id: 'diagram.imageAndContainers.ownLayer',
    message: 'own writable layer and state',
    description: 'Image and containers diagram: note inside each container box',
  });
  const names = ['web-1', 'web-2', 'web-3'];
  const containerLabel = (name: string) =>
    translate(
      {
        id: 'diagram.imageAndContainers.container',
        message: 'container {name}',
        description: 'Image and containers diagram: title of a container box; {name} is the container name',
      },
      {name},
    );

  return (
    <Diagram
      label={translate({
        id: 'diagram.imageAndContainers.label',
        message: 'One image, several containers',
        description: 'Accessible name of the image and containers diagram',
      })}
      description={translate({
        id: 'diagram.imageAndContainers.description',
        message:
          'On the left, one image, flask_app:0.1, which is read-only. Three arrows labelled docker run lead to three containers, web-1, web-2 and web-3, each started from that image with its own writable layer and state. The image is like a class and the containers are like its instances.',
        description: 'Longer description of the image and containers diagram',
      })}
      caption={translate({
        id: 'diagram.imageAndContainers.caption',
        message: 'An image is like a class; each container is an instance of it, running on its own.',
        description: 'Visible caption under the image and containers diagram',
      })}
    >
      <svg viewBox="0 0 400 300" className={diagramStyles['panel-medium']} aria-hidden="true">
        <defs>
          <ArrowMarker id={marker} />
        </defs>
        <Label
          x={85}
          y={14}
          text={translate({
            id: 'diagram.imageAndContainers.classHeading',
            message: 'like a class',
            description: 'Image and containers diagram: heading above the image',
          })}
          size={13}
          tone="muted"
        />
        <Label
          x={CONTAINER_X + CONTAINER_WIDTH / 2}
          y={14}
          text={translate({
            id: 'diagram.imageAndContainers.instanceHeading',
            message: 'like instances',
            description: 'Image and containers diagram: heading above the containers',
          })}
          size={13}
          tone="muted"
        />
        {/* The image drawn as a stack of layers. */}
        <rect x={20} y={81} width={130} height={110} rx={6} className={diagramStyles['box-layer']} />
        <rect x={14} y={87} width={130} height={110} rx={6} className={diagramStyles['box-layer']} />
        <Box
          x={8}
          y={93}
          width={130}
          height={110}
          tone="layer"
          label={image}
          subLabel={imageDetail}
          size={15}
        />
        <Label x={73} y={221} text="flask_app:0.1" mono size={13} />
        {CONTAINER_YS.map((y, index) => (
          <g key={names[index]}>
            <Arrow from={[168, 148]} to={[CONTAINER_X - 4, y + CONTAINER_HEIGHT / 2]} markerId={marker} />
            <Box
              x={CONTAINER_X}
              y={y}
              width={CONTAINER_WIDTH}
              height={CONTAINER_HEIGHT}
              tone="app"
              label={containerLabel(names[index])}
              subLabel={ownLayer}
            />
          </g>
        ))}
        <g>
          <rect x={156} y={137} width={72} height={22} rx={4} className={diagramStyles['box-surface']} />
          <Label x={192} y={148} text="docker run" mono size={11} />
        </g>
        <Label
          x={200}
          y={284}
          text={translate({
            id: 'diagram.imageAndContainers.footer',
            message: 'Removing a container leaves the image untouched.',
            description: 'Image and containers diagram: note at the bottom',
          })}
          size={13}
          tone="muted"
        />
      </svg>
    </Diagram>
  );
}
