/**
 * The diagram kit. A diagram is a short description made of these parts; the browser does the layout with
 * CSS grid and flexbox, so labels wrap naturally in any language at any width, and no part has coordinates.
 *
 * - `Figure`: the frame. One `role=img` with a translated name and a description screen readers get once,
 *   and a visible caption.
 * - `Box`: a labelled box in a tone, with an optional note. `Group`: a titled area around other parts.
 * - `Stack`: layers from top to bottom. `Columns`: parts side by side. `Stages`: a row of numbered stages.
 * - `Flow` and `Arrow`: parts joined by arrows, across on a wide figure and down on a phone.
 * - `Bracket`: a label beside a run of layers. `Note`: a line of text.
 *
 * Every box carries `data-box` and every label `data-label`, so the browser tests can check that no label
 * overflows its box and no box overlaps another (tests/e2e/diagrams.test.ts).
 */
import {Children, useId, type CSSProperties, type ReactNode} from 'react';
import clsx from 'clsx';
import '../colors.css';
import {KEEP_SERVER_MARKUP, useHydratingServerMarkup} from '../useHydratingServerMarkup';
import styles from './styles.module.css';

export type Tone =
  | 'surface'
  | 'hardware'
  | 'kernel'
  | 'engine'
  | 'app'
  | 'os'
  | 'layer'
  | 'writable'
  | 'registry'
  | 'problem'
  | 'good';

export interface FigureProps {
  /** The diagram's name, as registered (src/components/Diagram/registry.ts); the tests report it. */
  name: string;
  /** Short accessible name, translated: what the picture shows. */
  label: ReactNode;
  /** Longer translated description that says in words everything the picture shows. */
  description: ReactNode;
  /** Visible caption under the picture. */
  caption: ReactNode;
  /** How wide the drawing may grow: `medium` for a single stack, `wide` for figures with columns. */
  width?: 'medium' | 'wide';
  children: ReactNode;
}

/**
 * The frame every diagram shares: a captioned figure whose drawing is one image for assistive technology.
 * Its name and description are `hidden` and referenced by `aria-labelledby` and `aria-describedby`, so each is
 * announced once, as the image's, and never read again as body text. The name sits inside the image, which
 * the record of a released edition's words leaves out (scripts/editions/page-text.ts), as it always has.
 *
 * A diagram never changes once drawn, so a figure the server rendered keeps its HTML as it is: React does not
 * build it again in the browser only to match it against the same HTML (useHydratingServerMarkup). A figure
 * created in the browser, after a client-side navigation, renders as usual.
 */
export function Figure({
  name,
  label,
  description,
  caption,
  width = 'wide',
  children,
}: FigureProps): ReactNode {
  const labelId = useId();
  const descriptionId = useId();
  if (useHydratingServerMarkup()) {
    return (
      <figure className={styles.figure} data-diagram={name} dangerouslySetInnerHTML={KEEP_SERVER_MARKUP} />
    );
  }
  return (
    <figure className={styles.figure} data-diagram={name}>
      <div
        role="img"
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        className={clsx(styles.canvas, styles[width])}
      >
        <span id={labelId} hidden>
          {label}
        </span>
        {children}
      </div>
      <p id={descriptionId} hidden>
        {description}
      </p>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

export interface BoxProps {
  label: ReactNode;
  /** A second, smaller line. */
  note?: ReactNode;
  tone?: Tone;
  /** Set the label in monospace: commands, image names, Dockerfile instructions. */
  mono?: boolean;
  /** Set the note in monospace. */
  monoNote?: boolean;
  /** A dashed border: something that is not really there, or only partly. */
  dashed?: boolean;
  /** Draw the box as a pile of sheets, for an image made of layers. */
  pile?: boolean;
}

/** The fill and border colours of a tone, from the palette in ../colors.css. */
function toneColours(tone: Tone): CSSProperties {
  const [fill, stroke] =
    tone === 'surface'
      ? ['surface', 'border']
      : tone === 'problem' || tone === 'good'
        ? ['surface', tone]
        : [tone, `${tone}-stroke`];
  return {
    '--tone-fill': `var(--diagram-${fill})`,
    '--tone-stroke': `var(--diagram-${stroke})`,
  } as CSSProperties;
}

/** A labelled box. */
export function Box({label, note, tone = 'surface', mono, monoNote, dashed, pile}: BoxProps): ReactNode {
  return (
    <div
      className={clsx(styles.box, dashed && styles.dashed, pile && styles.pile)}
      style={toneColours(tone)}
      data-box
    >
      <span className={clsx(styles.label, mono && styles.mono)} data-label>
        {label}
      </span>
      {note && <Note mono={monoNote}>{note}</Note>}
    </div>
  );
}

export interface GroupProps {
  title?: ReactNode;
  /** A muted line under the title. */
  note?: ReactNode;
  /** Set the note in monospace: a command, a name. */
  monoNote?: boolean;
  /** A number in a badge before the title, for the stages of a story. */
  step?: number;
  /** A closing line: what the group shows, in the problem tone unless `good`. */
  verdict?: ReactNode;
  good?: boolean;
  dashed?: boolean;
  /** Titles of big groups are larger; a small group (one VM of three) has a small one. */
  size?: 'large' | 'small';
  children: ReactNode;
}

/** A titled area around other parts: a machine, a network, one side of a comparison. */
export function Group({
  title,
  note,
  monoNote,
  step,
  verdict,
  good,
  dashed,
  size = 'large',
  children,
}: GroupProps): ReactNode {
  return (
    <div className={clsx(styles.group, dashed && styles.dashed, styles[size])} data-box>
      {title && (
        <span className={styles.groupTitle} data-label>
          {step !== undefined && <span className={styles.step}>{step}</span>}
          {title}
        </span>
      )}
      {note && <Note mono={monoNote}>{note}</Note>}
      {children}
      {verdict && (
        <span className={clsx(styles.verdict, good ? styles.goodText : styles.problemText)} data-label>
          {verdict}
        </span>
      )}
    </div>
  );
}

/** Parts from top to bottom, touching like the layers of a stack. */
export function Stack({children}: {children: ReactNode}): ReactNode {
  return <div className={styles.stack}>{children}</div>;
}

export interface ColumnsProps {
  /**
   * `fixed`: always side by side, in equal columns (the apps on a shared system). `wrap`: side by side when
   * the figure is wide enough, one under the other on a phone (the two halves of a comparison).
   */
  layout?: 'fixed' | 'wrap';
  children: ReactNode;
}

/** Parts side by side. */
export function Columns({layout = 'fixed', children}: ColumnsProps): ReactNode {
  const style = {'--columns': Children.count(children)} as CSSProperties;
  return (
    <div className={clsx(styles.columns, styles[layout])} style={style}>
      {children}
    </div>
  );
}

/** A row of stages, read left to right, that wraps into a column on a phone: give each a numbered `Group`. */
export function Stages({children}: {children: ReactNode}): ReactNode {
  return <div className={clsx(styles.columns, styles.wrap, styles.stages)}>{children}</div>;
}

export interface FlowProps {
  /** `across`: left to right on a wide figure, top to bottom on a phone. `down`: always top to bottom. */
  direction?: 'across' | 'down';
  children: ReactNode;
}

/** Parts joined by the `Arrow`s placed between them. */
export function Flow({direction = 'down', children}: FlowProps): ReactNode {
  return <div className={clsx(styles.flow, styles[direction])}>{children}</div>;
}

export interface ArrowProps {
  /** What the arrow does, such as a command: set in monospace when `mono`. */
  label?: ReactNode;
  mono?: boolean;
  /** Point both ways: two parts that talk to each other. */
  both?: boolean;
  /** A connection that fails: dashed, in the problem tone. */
  broken?: boolean;
}

/** An arrow from the part before it to the part after it in a `Flow`. */
export function Arrow({label, mono, both, broken}: ArrowProps): ReactNode {
  return (
    <div className={clsx(styles.arrow, broken && styles.broken)} data-connector>
      <span className={styles.line} aria-hidden="true">
        {both && <span className={clsx(styles.head, styles.backward)} />}
        <span className={styles.shaft} />
        <span className={styles.head} />
      </span>
      {label && (
        <span className={clsx(styles.arrowLabel, mono && styles.mono)} data-label>
          {label}
        </span>
      )}
    </div>
  );
}

/** A label beside a run of parts, joined to them by a bracket. */
export function Bracket({label, children}: {label: ReactNode; children: ReactNode}): ReactNode {
  return (
    <div className={styles.bracketed}>
      <div className={styles.stack}>{children}</div>
      <span className={styles.bracket} data-label>
        {label}
      </span>
    </div>
  );
}

/** A line of muted text inside a diagram; `mono` for a command or a name. */
export function Note({mono, children}: {mono?: boolean; children: ReactNode}): ReactNode {
  return (
    <span className={clsx(styles.note, mono && styles.mono)} data-label>
      {children}
    </span>
  );
}
