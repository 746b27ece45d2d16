import codeJson from '../../../../i18n/es/code.json';

/** The locale the stand-in Docusaurus modules pretend to build; tests switch it with setTestLocale(). */
let locale: 'en' | 'es' = 'en';

export function setTestLocale(next: 'en' | 'es'): void {
  locale = next;
}

export function getTestLocale(): 'en' | 'es' {
  return locale;
}

export const spanishMessages = codeJson as Record<string, {message: string; description?: string}>;

/** Translation ids the components asked for while the tests ran, with their English message. */
export const requestedIds = new Map<string, string>();
