import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.instances';
import {Arrow, Box, Figure, Flow, Group, Note} from '..';

/** The image of the course's example app. */
const IMAGE = 'flask_app:0.1';

/** One image and several containers started from it: the class and its instances. */
export default function ImageAndContainers(): ReactNode {
  return (
    <Figure
      name="ImageAndContainers"
      label={<Translate id="diagram.instances.label">One image, several containers</Translate>}
      description={
        <Translate id="diagram.instances.description">
          On the left, one image, flask_app:0.1, which is read-only. Three arrows labelled docker run lead to
          three containers, web-1, web-2 and web-3, each started from that image with its own writable layer
          and state. The image is like a class and the containers are like its instances.
        </Translate>
      }
      caption={
        <Translate id="diagram.instances.caption">
          An image is like a class; each container is an instance of it, running on its own.
        </Translate>
      }
    >
      <Flow direction="across">
        <Group size="small" title={<Translate id="diagram.instances.classHeading">like a class</Translate>}>
          <Box
            tone="layer"
            pile
            label={<Translate id="diagram.instances.image">image</Translate>}
            note={<Translate id="diagram.instances.imageDetail">read-only, never changes</Translate>}
          />
          <Note mono>{IMAGE}</Note>
        </Group>
        <Group
          size="small"
          title={<Translate id="diagram.instances.instanceHeading">like instances</Translate>}
        >
          {['web-1', 'web-2', 'web-3'].map((name) => (
            <Flow key={name} direction="across">
              <Arrow mono label="docker run" />
              <Box
                tone="app"
                label={
                  <Translate id="diagram.instances.container" values={{name}}>
                    {'container {name}'}
                  </Translate>
                }
                note={<Translate id="diagram.instances.ownLayer">own writable layer and state</Translate>}
              />
            </Flow>
          ))}
        </Group>
      </Flow>
      <Note>
        <Translate id="diagram.instances.footer">Removing a container leaves the image untouched.</Translate>
      </Note>
    </Figure>
  );
}
