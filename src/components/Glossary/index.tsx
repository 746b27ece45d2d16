import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {translate} from '@docusaurus/Translate';
import {findGlossaryEntry, type GlossaryEntry, type Locale} from '@site/src/data/catalog';
import {withInlineCode} from '../inlineCode';
import {useDataLocale} from '../useLocale';
import styles from './styles.module.css';

export interface GlossaryProps {
  /**
   * The glossary of the page's edition. Pages don't write it: the remark plugin (plugins/command-usages)
   * passes the live glossary to the unreleased edition and each released edition its frozen one.
   */
  entries?: readonly GlossaryEntry[];
}

function sortKey(entry: GlossaryEntry, locale: Locale): string {
  return entry.term[locale].toLocaleLowerCase(locale);
}

/** Every glossary term in the reader's language, with the term in the other language and an anchor per id. */
export default function Glossary({entries: glossary}: GlossaryProps): ReactNode {
  const locale = useDataLocale();
  if (!glossary) {
    throw new Error(
      '<Glossary /> got no entries: use it in a docs page, where plugins/command-usages/remark.ts passes the ' +
        "glossary of the page's edition.",
    );
  }
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const entries = glossary
    .slice()
    .sort((a, b) => sortKey(a, locale).localeCompare(sortKey(b, locale), locale));
  const otherLanguage =
    other === 'es'
      ? translate({
          id: 'glossary.inSpanish',
          message: 'Spanish',
          description: 'Glossary: label before the Spanish term of an entry',
        })
      : translate({
          id: 'glossary.inEnglish',
          message: 'English',
          description: 'Glossary: label before the English term of an entry',
        });
  const listName = translate({
    id: 'glossary.label',
    message: 'Glossary of Docker terms',
    description: 'Accessible name of the glossary list',
  });
  return (
    <section className={styles.glossary} aria-label={listName}>
      {entries.map((entry) => (
        <div key={entry.id} className={styles.entry}>
          <div className={styles.termLine}>
            <Heading as="h2" id={entry.id} className={styles.term}>
              {entry.term[locale]}
            </Heading>
            <span className={styles.otherTerm}>
              {otherLanguage}:{' '}
              <span lang={other} className={styles.otherTermText}>
                {entry.term[other]}
              </span>
            </span>
          </div>
          <div className={styles.definition}>
            <p>{withInlineCode(entry.definition[locale])}</p>
            {entry.related && entry.related.length > 0 && (
              <p className={styles.related}>
                {translate({
                  id: 'glossary.related',
                  message: 'See also:',
                  description: 'Glossary: label before the links to related terms',
                })}{' '}
                {entry.related.map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <Link to={`#${id}`}>{findGlossaryEntry(glossary, id)?.term[locale] ?? id}</Link>
                  </span>
                ))}
              </p>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}
