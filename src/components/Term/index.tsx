import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {findGlossaryEntry} from '@site/src/data/glossary';
import {useDataLocale} from '../useLocale';
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
}

/** A glossary term in running text: hover or focus shows its definition, and it links to the glossary entry. */
export default function Term({id, children, showEnglish = false}: TermProps): ReactNode {
  const locale = useDataLocale();
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  const glossaryPath = useDocPath('reference/glossary');
  const entry = findGlossaryEntry(id);
  if (!entry) {
    throw new Error(
      `<Term id="${id}"> names no glossary entry. Use one of the ids in src/data/glossary.ts, or add the term there in English and Spanish.`,
    );
  }
  const english = locale !== 'en' && entry.term.en !== entry.term[locale] ? entry.term.en : undefined;
  const text = children ?? entry.term[locale];

  return (
    <span
      className={styles.term}
      data-dismissed={dismissed || undefined}
      onMouseLeave={() => setDismissed(false)}
      onKeyDown={(event) => {
        // Lets keyboard users hide the definition without moving focus (WCAG 1.4.13).
        if (event.key === 'Escape') setDismissed(true);
      }}
      onBlur={() => setDismissed(false)}
    >
      <Link
        to={glossaryPath ? `${glossaryPath}#${entry.id}` : `#${entry.id}`}
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
      <span role="tooltip" id={tooltipId} className={styles.tooltip}>
        <span className={styles.tooltipTerm}>
          {entry.term[locale]}
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
        <span className={styles.tooltipDefinition}>{entry.definition[locale]}</span>
      </span>
    </span>
  );
}
