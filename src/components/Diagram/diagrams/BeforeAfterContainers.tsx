import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.beforeAfter';
import {Arrow, Box, Columns, Figure, Flow, Group} from '..';

/** The hand-off from development to operations, before containers and with them. */
export default function BeforeAfterContainers(): ReactNode {
  const server = <Translate id="diagram.beforeAfter.server">server</Translate>;
  return (
    <Figure
      name="BeforeAfterContainers"
      label={
        <Translate id="diagram.beforeAfter.label">
          Development and deployment before and after containers
        </Translate>
      }
      description={
        <Translate id="diagram.beforeAfter.description">
          Before containers: developers hand the operations team the code, installation instructions and
          configuration notes; operations install and configure every dependency on the server by hand, which
          leads to version conflicts, missed steps and misunderstandings. With containers: developers and
          operations package the app with its dependencies and configuration into one image, push it to a
          registry, and the server, which needs only Docker, pulls and runs that same image. Rolling back
          means running the previous tag.
        </Translate>
      }
      caption={
        <Translate id="diagram.beforeAfter.caption">
          Without containers every server is set up by hand; with them, one image travels unchanged from a
          laptop to production.
        </Translate>
      }
    >
      <Columns layout="wrap">
        <Group
          title={<Translate id="diagram.beforeAfter.beforeTitle">Before containers</Translate>}
          verdict={
            <Translate id="diagram.beforeAfter.problems">
              version conflicts, missed steps, misunderstandings
            </Translate>
          }
        >
          <Flow>
            <Box tone="app" label={<Translate id="diagram.beforeAfter.developers">developers</Translate>} />
            <Arrow label={<Translate id="diagram.beforeAfter.handOver">hand over</Translate>} />
            <Box
              dashed
              label={
                <Translate id="diagram.beforeAfter.documents">
                  code + install instructions + config notes
                </Translate>
              }
            />
            <Arrow />
            <Box tone="os" label={<Translate id="diagram.beforeAfter.operations">operations</Translate>} />
            <Arrow
              label={<Translate id="diagram.beforeAfter.byHand">install and configure by hand</Translate>}
            />
            <Box
              tone="hardware"
              label={server}
              note={
                <Translate id="diagram.beforeAfter.serverBefore">
                  every library and version set up by hand
                </Translate>
              }
            />
          </Flow>
        </Group>
        <Group
          title={<Translate id="diagram.beforeAfter.afterTitle">With containers</Translate>}
          good
          verdict={
            <Translate id="diagram.beforeAfter.benefits">
              same image everywhere; roll back by running the previous tag
            </Translate>
          }
        >
          <Flow>
            <Box
              tone="app"
              label={
                <Translate id="diagram.beforeAfter.together">developers and operations together</Translate>
              }
            />
            <Arrow mono label="docker build" />
            <Box
              tone="layer"
              label={<Translate id="diagram.beforeAfter.image">one image</Translate>}
              note={
                <Translate id="diagram.beforeAfter.imageDetail">app + dependencies + configuration</Translate>
              }
            />
            <Arrow mono label="docker push" />
            <Box tone="registry" label={<Translate id="diagram.beforeAfter.registry">registry</Translate>} />
            <Arrow mono label="docker pull, docker run" />
            <Box
              tone="hardware"
              label={server}
              note={<Translate id="diagram.beforeAfter.serverAfter">needs only Docker</Translate>}
            />
          </Flow>
        </Group>
      </Columns>
    </Figure>
  );
}
