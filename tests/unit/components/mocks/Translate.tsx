import type {ReactNode} from 'react';
import {getTestLocale, requestedIds, spanishMessages} from './locale';

interface TranslateParam {
  id?: string;
  message: string;
  description?: string;
}

function interpolate(message: string, values?: Record<string, unknown>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values && key in values ? String(values[key]) : whole,
  );
}

/** Like Docusaurus's translate(): English source, or the Spanish message of i18n/es/code.json. */
export function translate({id, message}: TranslateParam, values?: Record<string, unknown>): string {
  const key = id ?? message;
  requestedIds.set(key, message);
  const translated = getTestLocale() === 'es' ? (spanishMessages[key]?.message ?? message) : message;
  return interpolate(translated, values);
}

export default function Translate({
  id,
  children,
  values,
  description,
}: {
  id?: string;
  children: string;
  values?: Record<string, unknown>;
  description?: string;
}): ReactNode {
  return translate({id, message: children, description}, values);
}
