import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.instances';
import {Arrow, Box, Figure, Flow, Group, Note} from '..';

/** The image of the course's example app. */
const IMAGE = 'flask_app:0.1';

/** The containers started from it, one `docker run` each. */
const CONTAINERS = ['web-1', 'web-2', 'web-3'];

/** One image and several containers started from it: the class and its instances. */
export default function ImageAndContainers(): ReactNode {
  return (
    <Figure
      name="ImageAndContainers"
      label={<Translate id="diagram.instances.label">One image, several containers</Translate>}
      description={
        <Translate id="diagram.instances.description">
          One image, flask_app:0.1, which is read-only. An arrow labelled docker run ×3 leads from it to three
          containers, web-1, web-2 and web-3, each started from that image by its own docker run, with its own
          writable layer and state. The image is like a class and the containers are like its instances.
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
        {/* One arrow: at any width it leads from the image to the containers, never from one container to the next. */}
        <Arrow mono label={`docker run ×${CONTAINERS.length}`} />
        <Group
          size="small"
          title={<Translate id="diagram.instances.instanceHeading">like instances</Translate>}
        >
          {CONTAINERS.map((name) => (
            <Box
              key={name}
              tone="app"
              label={
                <Translate id="diagram.instances.container" values={{name}}>
                  {'container {name}'}
                </Translate>
              }
              note={<Translate id="diagram.instances.ownLayer">own writable layer and state</Translate>}
            />
          ))}
        </Group>
      </Flow>
      <Note>
        <Translate id="diagram.instances.footer">Removing a container leaves the image untouched.</Translate>
      </Note>
    </Figure>
  );
}
