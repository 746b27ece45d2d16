import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import '@code-translations/diagram.network';
import {Arrow, Box, Columns, Figure, Flow, Group} from '..';

/** Two containers that find each other by name on a network you create, and the default bridge, where they cannot. */
export default function ContainerNetwork(): ReactNode {
  return (
    <Figure
      name="ContainerNetwork"
      label={
        <Translate id="diagram.network.label">
          Containers on a network you create and on the default bridge
        </Translate>
      }
      description={
        <Translate id="diagram.network.description">
          On the left, the host’s port 8080 is published to port 5000 of the web container with -p 8080:5000,
          so a browser on the host opens http://localhost:8080. The web and redis containers share a
          user-defined bridge network, app-net, so web reaches redis by its name, redis, on port 6379; redis
          publishes no port, so only containers on app-net can reach it. On the right, two containers on the
          default bridge network, where names do not resolve: a container reaches another only by its IP
          address.
        </Translate>
      }
      caption={
        <Translate id="diagram.network.caption">
          On a network you create, containers find each other by name; on the default bridge, only by IP
          address.
        </Translate>
      }
    >
      <Columns layout="wrap">
        <Flow>
          <Box
            tone="hardware"
            label={<Translate id="diagram.network.host">your computer (the host)</Translate>}
            monoNote
            note="http://localhost:8080"
          />
          <Arrow mono label="-p 8080:5000" />
          <Group
            title={<Translate id="diagram.network.userNetwork">user-defined bridge network</Translate>}
            monoNote
            note="app-net"
          >
            <Flow direction="across">
              <Box
                tone="app"
                mono
                label="web"
                note={<Translate id="diagram.network.webNote">Flask, port 5000</Translate>}
              />
              <Arrow
                both
                label={<Translate id="diagram.network.byName">redis:6379 found by name</Translate>}
              />
              <Box
                tone="app"
                mono
                label="redis"
                note={<Translate id="diagram.network.redisNote">port 6379, not published</Translate>}
              />
            </Flow>
          </Group>
        </Flow>
        <Group
          dashed
          title={<Translate id="diagram.network.defaultBridge">default bridge network</Translate>}
          note={<Translate id="diagram.network.defaultNote">containers run without --network</Translate>}
        >
          <Flow direction="across">
            <Box tone="app" mono label="web" />
            <Arrow
              both
              broken
              label={
                <Translate id="diagram.network.notFound">name not found: only IP addresses work</Translate>
              }
            />
            <Box tone="app" mono label="redis" />
          </Flow>
        </Group>
      </Columns>
    </Figure>
  );
}
