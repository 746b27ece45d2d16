import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/data/commands';

/** The language to pick from the bilingual data files: the current site locale, English otherwise. */
export function useDataLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'es' ? 'es' : 'en';
}
