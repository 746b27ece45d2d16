import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import '@code-translations/diagram.beforeAfter';
import Diagram, {Arrow, ArrowMarker, Box, Label, diagramStyles, useSvgId} from '../Diagram';

export type BeforeAfterContainersProps = Record<string, never>;

const WIDTH = 280;
const HEIGHT = 446;
const X = 30;
const BOX_WIDTH = 220;

const ARROW_X = X + 28;

/** What happens between two boxes, written beside the arrow that joins them. */
function Step({
  y,
  text,
  markerId,
  mono = false,
}: {
  y: number;
  text?: string;
  markerId: string;
  mono?: boolean;
}): ReactNode {
  return (
    <>
      <Arrow from={[ARROW_X, y]} to={[ARROW_X, y + 40]} markerId={markerId} />
      {text && (
        <Label
          x={ARROW_X + 14}
          y={y + 20}
          text={text}
          anchor="start"
          size={12}
          tone="muted"
          maxChars={mono ? 40 : 26}
          mono={mono}
        />
      )}
    </>
  );
}

/** The hand-off from development to operations, before containers and with them. */
export default function BeforeAfterContainers(): ReactNode {
  const before = useSvgId('before-arrow');
  const after = useSvgId('after-arrow');
  const server = translate({
    id: 'diagram.beforeAfter.server',
    message: 'server',
    description: 'Before/after containers diagram: the production server box',
  });
  return (
    <Diagram
      label={translate({
        id: 'diagram.beforeAfter.label',
        message: 'Development and deployment before and after containers',
        description: 'Accessible name of the before and after containers diagram',
      })}
      description={translate({
        id: 'diagram.beforeAfter.description',
        message:
          'Before containers: developers hand the operations team the code, installation instructions and configuration notes; operations install and configure every dependency on the server by hand, which leads to version conflicts, missed steps and misunderstandings. With containers: developers and operations package the app with its dependencies and configuration into one image, push it to a registry, and the server, which needs only Docker, pulls and runs that same image. Rolling back means running the previous tag.',
        description: 'Longer description of the before and after containers diagram',
      })}
      caption={translate({
        id: 'diagram.beforeAfter.caption',
        message:
          'Without containers every server is set up by hand; with them, one image travels unchanged from a laptop to production.',
        description: 'Visible caption under the before and after containers diagram',
      })}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={diagramStyles['panel-narrow']} aria-hidden="true">
        <defs>
          <ArrowMarker id={before} />
        </defs>
        <Label
          x={WIDTH / 2}
          y={16}
          text={translate({
            id: 'diagram.beforeAfter.beforeTitle',
            message: 'Before containers',
            description: 'Before/after containers diagram: title of the left panel',
          })}
          size={16}
          weight="bold"
        />
        <Box
          x={X}
          y={40}
          width={BOX_WIDTH}
          height={44}
          tone="app"
          label={translate({
            id: 'diagram.beforeAfter.developers',
            message: 'developers',
            description: 'Before/after containers diagram: the development team box',
          })}
        />
        <Step
          y={86}
          markerId={before}
          text={translate({
            id: 'diagram.beforeAfter.handOver',
            message: 'hand over',
            description: 'Before/after containers diagram: arrow from developers to the documents',
          })}
        />
        <Box
          x={X}
          y={130}
          width={BOX_WIDTH}
          height={66}
          tone="surface"
          dashed
          label={translate({
            id: 'diagram.beforeAfter.documents',
            message: 'code + install instructions + config notes',
            description: 'Before/after containers diagram: what developers hand over without containers',
          })}
          size={13}
        />
        <Step y={198} markerId={before} />
        <Box
          x={X}
          y={242}
          width={BOX_WIDTH}
          height={44}
          tone="os"
          label={translate({
            id: 'diagram.beforeAfter.operations',
            message: 'operations',
            description: 'Before/after containers diagram: the operations team box',
          })}
        />
        <Step
          y={288}
          markerId={before}
          text={translate({
            id: 'diagram.beforeAfter.byHand',
            message: 'install and configure by hand',
            description: 'Before/after containers diagram: arrow from operations to the server',
          })}
        />
        <Box
          x={X}
          y={332}
          width={BOX_WIDTH}
          height={56}
          tone="hardware"
          label={server}
          subLabel={translate({
            id: 'diagram.beforeAfter.serverBefore',
            message: 'every library and version set up by hand',
            description: 'Before/after containers diagram: note inside the server box before containers',
          })}
        />
        <Label
          x={WIDTH / 2}
          y={418}
          text={translate({
            id: 'diagram.beforeAfter.problems',
            message: 'version conflicts, missed steps, misunderstandings',
            description: 'Before/after containers diagram: the problems of deploying without containers',
          })}
          size={12}
          weight="bold"
          tone="problem"
          maxChars={34}
        />
      </svg>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={diagramStyles['panel-narrow']} aria-hidden="true">
        <defs>
          <ArrowMarker id={after} />
        </defs>
        <Label
          x={WIDTH / 2}
          y={16}
          text={translate({
            id: 'diagram.beforeAfter.afterTitle',
            message: 'With containers',
            description: 'Before/after containers diagram: title of the right panel',
          })}
          size={16}
          weight="bold"
        />
        <Box
          x={X}
          y={40}
          width={BOX_WIDTH}
          height={44}
          tone="app"
          label={translate({
            id: 'diagram.beforeAfter.together',
            message: 'developers and operations together',
            description: 'Before/after containers diagram: both teams working together',
          })}
          size={13}
        />
        <Step y={86} markerId={after} text="docker build" mono />
        <Box
          x={X}
          y={130}
          width={BOX_WIDTH}
          height={66}
          tone="layer"
          label={translate({
            id: 'diagram.beforeAfter.image',
            message: 'one image',
            description: 'Before/after containers diagram: the image box',
          })}
          subLabel={translate({
            id: 'diagram.beforeAfter.imageDetail',
            message: 'app + dependencies + configuration',
            description: 'Before/after containers diagram: what the image contains',
          })}
        />
        <Step y={198} markerId={after} text="docker push" mono />
        <Box
          x={X}
          y={242}
          width={BOX_WIDTH}
          height={44}
          tone="registry"
          label={translate({
            id: 'diagram.beforeAfter.registry',
            message: 'registry',
            description: 'Before/after containers diagram: the registry box',
          })}
        />
        <Step y={288} markerId={after} text="docker pull, docker run" mono />
        <Box
          x={X}
          y={332}
          width={BOX_WIDTH}
          height={56}
          tone="hardware"
          label={server}
          subLabel={translate({
            id: 'diagram.beforeAfter.serverAfter',
            message: 'needs only Docker',
            description: 'Before/after containers diagram: note inside the server box with containers',
          })}
        />
        <Label
          x={WIDTH / 2}
          y={418}
          text={translate({
            id: 'diagram.beforeAfter.benefits',
            message: 'same image everywhere; roll back by running the previous tag',
            description: 'Before/after containers diagram: the benefits of deploying with containers',
          })}
          size={12}
          weight="bold"
          tone="good"
          maxChars={34}
        />
      </svg>
    </Diagram>
  );
}
