import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.layers';
import {Box, Bracket, Figure, Stack} from '..';

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

/** Image names (`python:3.12`) and Dockerfile instructions (`COPY app.py`) are set in monospace. */
function looksLikeCode(label: string): boolean {
  return (
    /[:/]/.test(label) || /^(FROM|RUN|COPY|ADD|WORKDIR|ENV|EXPOSE|CMD|ENTRYPOINT|USER|ARG)\b/.test(label)
  );
}

/** The layers of an image, read-only, with the thin writable layer a container adds on top. */
export default function ImageLayers({layers, containerLayer = true}: ImageLayersProps): ReactNode {
  const stack: ImageLayer[] = layers ?? [
    {
      label: 'alpine:3.24',
      detail: translate({id: 'diagram.layers.default.base', message: 'base image: a small Linux'}),
    },
    {
      label: translate({id: 'diagram.layers.default.intermediate', message: 'intermediate layers'}),
      detail: translate({
        id: 'diagram.layers.default.intermediateDetail',
        message: 'libraries, settings, files',
      }),
    },
    {
      label: 'postgres:18-alpine',
      detail: translate({id: 'diagram.layers.default.application', message: 'application layer'}),
    },
  ];
  const names = stack.map((layer) => layer.label).join(', ');
  return (
    <Figure
      name="ImageLayers"
      width="medium"
      label={<Translate id="diagram.layers.label">The layers of a Docker image</Translate>}
      description={
        <>
          <Translate id="diagram.layers.description" values={{layers: names}}>
            {'An image is a stack of read-only layers, from the bottom up: {layers}.'}
          </Translate>
          {containerLayer && ' '}
          {containerLayer && (
            <Translate id="diagram.layers.descriptionContainer">
              A container adds one thin writable layer on top; everything it changes goes there and is lost
              when the container is removed.
            </Translate>
          )}
        </>
      }
      caption={
        <Translate id="diagram.layers.caption">
          Each layer is read-only and can be shared by many images; only the top container layer can be
          written.
        </Translate>
      }
    >
      <Stack>
        {containerLayer && (
          <Bracket label={<Translate id="diagram.layers.containerBracket">container</Translate>}>
            <Box
              tone="writable"
              dashed
              label={<Translate id="diagram.layers.writable">writable container layer</Translate>}
              note={<Translate id="diagram.layers.writableDetail">changes made while it runs</Translate>}
            />
          </Bracket>
        )}
        <Bracket label={<Translate id="diagram.layers.imageBracket">image: read-only layers</Translate>}>
          {[...stack].reverse().map((layer, index) => (
            <Box
              key={index}
              tone="layer"
              label={layer.label}
              note={layer.detail}
              mono={looksLikeCode(layer.label)}
            />
          ))}
        </Bracket>
      </Stack>
    </Figure>
  );
}
