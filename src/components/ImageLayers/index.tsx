import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.imageLayers';
import Diagram, {Box, Label, diagramStyles} from '../Diagram';

export interface ImageLayer {
  /** What the layer is, often an image name such as `python:3.12-slim`. */
  label: string;
  /** A short note under the label, such as `base image`. */
  detail?: string;
}

export interface ImageLayersProps {
  /** The image's layers from the bottom (base image) to the top; a Postgres on Alpine stack by default. */
  layers?: ImageLayer[];
  /** Draw the thin writable layer a container adds on top of the image. */
  containerLayer?: boolean;
}

const WIDTH = 384;
const BOX_X = 4;
const BOX_WIDTH = 250;
const ROW = 52;
const GAP = 6;
const TOP = 10;

/** Image names (`python:3.12`) and Dockerfile instructions (`COPY app.py`) are set in monospace. */
function looksLikeCode(label: string): boolean {
  return (
    /[:/]/.test(label) || /^(FROM|RUN|COPY|ADD|WORKDIR|ENV|EXPOSE|CMD|ENTRYPOINT|USER|ARG)\b/.test(label)
  );
}

function Bracket({y1, y2, label}: {y1: number; y2: number; label: string}): ReactNode {
  const x = BOX_X + BOX_WIDTH + 10;
  return (
    <g>
      <path d={`M${x} ${y1} h8 V${y2} h-8`} className={diagramStyles.line} />
      <Label x={x + 16} y={(y1 + y2) / 2} text={label} anchor="start" maxChars={13} size={13} />
    </g>
  );
}

/** The layers of an image, read-only, with the thin writable layer a container adds on top. */
export default function ImageLayers({layers, containerLayer = true}: ImageLayersProps): ReactNode {
  const stack: ImageLayer[] = layers ?? [
    {
      label: 'alpine:3.10',
      detail: translate({
        id: 'diagram.imageLayers.default.base',
        message: 'base image: a small Linux',
        description: 'Image layers diagram: note under the bottom layer, the alpine base image',
      }),
    },
    {
      label: translate({
        id: 'diagram.imageLayers.default.intermediate',
        message: 'intermediate layers',
        description: 'Image layers diagram: the layers between the base image and the application',
      }),
      detail: translate({
        id: 'diagram.imageLayers.default.intermediateDetail',
        message: 'libraries, settings, files',
        description: 'Image layers diagram: what the intermediate layers contain',
      }),
    },
    {
      label: 'postgres:10.10-alpine',
      detail: translate({
        id: 'diagram.imageLayers.default.application',
        message: 'application layer',
        description: 'Image layers diagram: note under the top layer, the postgres application',
      }),
    },
  ];
  const rows = stack.length + (containerLayer ? 1 : 0);
  const height = TOP * 2 + rows * ROW + (rows - 1) * GAP + (containerLayer ? 8 : 0);
  const rowY = (rowFromTop: number) =>
    TOP + rowFromTop * (ROW + GAP) + (containerLayer && rowFromTop > 0 ? 8 : 0);
  const imageTop = rowY(containerLayer ? 1 : 0);
  const imageBottom = rowY(rows - 1) + ROW;

  const writable = translate({
    id: 'diagram.imageLayers.writable',
    message: 'writable container layer',
    description: 'Image layers diagram: the thin layer on top that belongs to the container',
  });
  const writableDetail = translate({
    id: 'diagram.imageLayers.writableDetail',
    message: 'changes made while it runs',
    description: 'Image layers diagram: what the writable container layer holds',
  });
  const stackNames = stack.map((layer) => layer.label).join(', ');

  return (
    <Diagram
      label={translate({
        id: 'diagram.imageLayers.label',
        message: 'The layers of a Docker image',
        description: 'Accessible name of the image layers diagram',
      })}
      description={
        translate(
          {
            id: 'diagram.imageLayers.description',
            message: 'An image is a stack of read-only layers, from the bottom up: {layers}.',
            description:
              'Longer description of the image layers diagram; {layers} lists the layers bottom to top',
          },
          {layers: stackNames},
        ) +
        (containerLayer
          ? ' ' +
            translate({
              id: 'diagram.imageLayers.descriptionContainer',
              message:
                'A container adds one thin writable layer on top; everything it changes goes there and is lost when the container is removed.',
              description:
                'Image layers diagram: second sentence of the description, about the writable layer',
            })
          : '')
      }
      caption={translate({
        id: 'diagram.imageLayers.caption',
        message:
          'Each layer is read-only and can be shared by many images; only the top container layer can be written.',
        description: 'Visible caption under the image layers diagram',
      })}
    >
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className={diagramStyles['panel-medium']} aria-hidden="true">
        {containerLayer && (
          <>
            <Box
              x={BOX_X}
              y={rowY(0)}
              width={BOX_WIDTH}
              height={ROW}
              tone="writable"
              dashed
              label={writable}
              subLabel={writableDetail}
            />
            <Bracket
              y1={rowY(0) + 4}
              y2={rowY(0) + ROW - 4}
              label={translate({
                id: 'diagram.imageLayers.containerBracket',
                message: 'container',
                description: 'Image layers diagram: bracket label next to the writable layer',
              })}
            />
          </>
        )}
        {stack
          .slice()
          .reverse()
          .map((layer, index) => (
            <Box
              key={index}
              x={BOX_X}
              y={rowY(index + (containerLayer ? 1 : 0))}
              width={BOX_WIDTH}
              height={ROW}
              tone="layer"
              label={layer.label}
              subLabel={layer.detail}
              mono={looksLikeCode(layer.label)}
            />
          ))}
        <Bracket
          y1={imageTop + 4}
          y2={imageBottom - 4}
          label={translate({
            id: 'diagram.imageLayers.imageBracket',
            message: 'image: read-only layers',
            description: 'Image layers diagram: bracket label next to the image layers',
          })}
        />
      </svg>
    </Diagram>
  );
}
