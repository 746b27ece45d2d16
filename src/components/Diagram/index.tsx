import {useId, type ReactNode, type SVGProps} from 'react';
import clsx from 'clsx';
import '../colors.css';
import styles from './styles.module.css';

export interface DiagramProps {
  /** Short accessible name, translated: what the picture shows. */
  label: string;
  /** Longer translated description that says in words everything the picture shows. */
  description: string;
  /** Visible caption under the picture. */
  caption: ReactNode;
  /** One SVG, or several panels that sit side by side on wide screens and stack on phones. */
  children: ReactNode;
  className?: string;
}

/**
 * The frame every diagram shares: a figure with a caption, exposed to assistive technology as one image
 * with a translated name and a description that says what the drawing shows.
 */
export default function Diagram({label, description, caption, children, className}: DiagramProps): ReactNode {
  const descriptionId = useId();
  return (
    <figure className={clsx(styles.figure, className)}>
      <div role="img" aria-label={label} aria-describedby={descriptionId} className={styles.panels}>
        {children}
      </div>
      <p id={descriptionId} className={styles.description}>
        {description}
      </p>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapLines(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface LabelProps extends Omit<SVGProps<SVGTextElement>, 'children'> {
  x: number;
  /** Vertical centre of the whole block of lines. */
  y: number;
  text: string;
  /** Wrap at this many characters; no wrapping when left out. */
  maxChars?: number;
  size?: number;
  weight?: 'normal' | 'bold';
  tone?: 'text' | 'muted' | 'problem' | 'good' | 'accent';
  mono?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** SVG text, wrapped into centred lines, coloured from the diagram palette. */
export function Label({
  x,
  y,
  text,
  maxChars,
  size = 14,
  weight = 'normal',
  tone = 'text',
  mono = false,
  anchor = 'middle',
  className,
  ...rest
}: LabelProps): ReactNode {
  const lines = maxChars ? wrapLines(text, maxChars) : [text];
  const lineHeight = size * 1.25;
  const first = y - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={x}
      y={first}
      fontSize={size}
      fontWeight={weight === 'bold' ? 600 : 400}
      textAnchor={anchor}
      dominantBaseline="central"
      className={clsx(styles[`tone-${tone}`], mono && styles.mono, className)}
      {...rest}
    >
      {lines.map((lineText, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
          {lineText}
        </tspan>
      ))}
    </text>
  );
}

export type BoxTone =
  'surface' | 'hardware' | 'kernel' | 'engine' | 'app' | 'os' | 'layer' | 'writable' | 'registry';

export interface BoxProps {
  x: number;
  y: number;
  width: number;
  height: number;
  tone?: BoxTone;
  dashed?: boolean;
  radius?: number;
  /** Centred label; wrapped to the box width unless `maxChars` says otherwise. */
  label?: string;
  subLabel?: string;
  size?: number;
  mono?: boolean;
  maxChars?: number;
}

/** A rounded box with an optional centred label and a smaller second line. */
export function Box({
  x,
  y,
  width,
  height,
  tone = 'surface',
  dashed = false,
  radius = 6,
  label,
  subLabel,
  size = 14,
  mono = false,
  maxChars,
}: BoxProps): ReactNode {
  // Bold and monospaced glyphs average about 0.6em wide; regular text about 0.55em.
  const chars = maxChars ?? Math.floor((width - 12) / (size * 0.6));
  const labelLines = label ? wrapLines(label, chars).length : 0;
  const subSize = size - 2;
  const subLines = subLabel ? wrapLines(subLabel, Math.floor((width - 12) / (subSize * 0.55))).length : 0;
  const labelBlock = labelLines * size * 1.25;
  const subBlock = subLines * subSize * 1.25;
  const total = labelBlock + subBlock;
  const top = y + height / 2 - total / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={radius}
        className={clsx(styles[`box-${tone}`], dashed && styles.dashed)}
      />
      {label && (
        <Label
          x={x + width / 2}
          y={top + labelBlock / 2}
          text={label}
          maxChars={chars}
          size={size}
          weight="bold"
          mono={mono}
        />
      )}
      {subLabel && (
        <Label
          x={x + width / 2}
          y={top + labelBlock + subBlock / 2}
          text={subLabel}
          maxChars={Math.floor((width - 12) / (subSize * 0.55))}
          size={subSize}
          tone="muted"
        />
      )}
    </g>
  );
}

/** An arrowhead marker; give each SVG its own id. */
export function ArrowMarker({id}: {id: string}): ReactNode {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0 0 L10 5 L0 10 z" className={styles.arrowHead} />
    </marker>
  );
}

export interface ArrowProps {
  from: [number, number];
  to: [number, number];
  markerId: string;
  /** Intermediate points, for an elbow. */
  via?: [number, number][];
  dashed?: boolean;
  both?: boolean;
}

/** A line from one point to another ending in an arrowhead. */
export function Arrow({from, to, markerId, via = [], dashed = false, both = false}: ArrowProps): ReactNode {
  const points = [from, ...via, to].map(([px, py]) => `${px},${py}`).join(' ');
  return (
    <polyline
      points={points}
      className={clsx(styles.arrow, dashed && styles.dashed)}
      markerEnd={`url(#${markerId})`}
      markerStart={both ? `url(#${markerId})` : undefined}
    />
  );
}

/** A unique, CSS-safe id for markers inside one SVG. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export {styles as diagramStyles};
