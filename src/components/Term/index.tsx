import {useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {GlossaryTip} from '@site/src/data/explained';
import {withInlineCode} from '../inlineCode';
import {useDocPath} from '../useDocPath';
import '../colors.css';
import styles from './styles.module.css';

export interface TermProps {
  /** A glossary id from src/data/glossary.ts, such as `image`. */
  id: string;
  /** The words of the sentence that name the term; the term itself when left out. */
  children?: ReactNode;
  /** On a Spanish page, also show the English word the reader meets in the terminal. */
  showEnglish?: boolean;
  /**
   * The entry in the page's language. The docs' remark plugin (plugins/command-usages/remark.ts) looks it
   * up from `id` at build time: pages never write it.
   */
  tip?: GlossaryTip;
}

/** Space kept between a tooltip and the edges of the window, in CSS pixels. */
const WINDOW_MARGIN = 8;

/**
 * How far left a tooltip must move to end inside the window, never so far that it starts before the window's
 * left edge. `box` is where it is now, already moved by `current`.
 */
export function tooltipShift(
  box: {left: number; right: number},
  current: number,
  windowWidth: number,
): number {
  const naturalLeft = box.left + current;
  const naturalRight = box.right + current;
  return Math.max(0, Math.min(naturalRight - (windowWidth - WINDOW_MARGIN), naturalLeft - WINDOW_MARGIN));
}

/** A glossary term in running text: hover or focus shows its definition, and it links to the glossary entry. */
export default function Term({id, children, showEnglish = false, tip}: TermProps): ReactNode {
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  // How far the tooltip moves left so that it stays inside the window (a term near the right edge of a phone).
  const [shift, setShift] = useState(0);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const glossaryPath = useDocPath('reference/glossary');
  if (!tip) {
    throw new Error(
      `<Term id="${id}"> was not looked up at build time: use it in a docs page, where ` +
        'plugins/command-usages/remark.ts finds its glossary entry (an unknown id fails the build there).',
    );
  }
  const {english} = tip;
  const text = children ?? tip.term;

  // Called as the tooltip shows (hover or focus), when the browser has already laid it out.
  const keepInWindow = () => {
    const tooltip = tooltipRef.current;
    if (tooltip)
      setShift(tooltipShift(tooltip.getBoundingClientRect(), shift, document.documentElement.clientWidth));
  };

  return (
    <span
      className={styles.term}
      data-dismissed={dismissed || undefined}
      onMouseEnter={keepInWindow}
      onFocus={keepInWindow}
      onMouseLeave={() => setDismissed(false)}
      onKeyDown={(event) => {
        // Lets keyboard users hide the definition without moving focus (WCAG 1.4.13).
        if (event.key === 'Escape') setDismissed(true);
      }}
      onBlur={() => setDismissed(false)}
    >
      <Link
        to={glossaryPath ? `${glossaryPath}#${id}` : `#${id}`}
        className={styles.link}
        aria-describedby={tooltipId}
      >
        {text}
      </Link>
      {showEnglish && english && (
        <span className={styles.english} lang="en" translate="no">
          {' '}
          ({english})
        </span>
      )}
      <span
        role="tooltip"
        id={tooltipId}
        ref={tooltipRef}
        className={styles.tooltip}
        style={shift > 0 ? {translate: `${-shift}px 0`} : undefined}
      >
        <span className={styles.tooltipTerm}>
          {tip.term}
          {english && (
            <span className={styles.tooltipEnglish}>
              {' · '}
              {translate(
                {
                  id: 'term.englishName',
                  message: 'in English: {term}',
                  description: 'Glossary tooltip: the English name of a term, shown on Spanish pages',
                },
                {term: english},
              )}
            </span>
          )}
        </span>
        <span className={styles.tooltipDefinition}>{withInlineCode(tip.definition)}</span>
      </span>
    </span>
  );
}
