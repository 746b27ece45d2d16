/**
 * Build-time side of `<Command>` and `<Term>`: reads the catalog and the glossary and keeps only what one
 * snippet or term shows, in one language (see explained.ts). Never imported by browser code.
 */
import {findGlossaryEntry, type Catalog, type Locale} from './catalog';
import {liveCatalog} from './editions';
import type {ExplainedCommand, GlossaryTip} from './explained';
import {parseCommand, type Explanation} from './parseCommand';

function explanationText(explanation: Explanation, locale: Locale): string | undefined {
  switch (explanation.kind) {
    case 'command':
      return explanation.command.summary[locale];
    case 'flag':
      return explanation.flag.summary[locale];
    case 'argument':
      return explanation.argument.summary[locale];
    case 'end-of-flags':
      return undefined;
  }
}

/**
 * Parses a Docker command and explains each word in `locale`, from the catalog of the page's edition.
 * Throws a `CommandError` for anything but one `docker ...` command the catalog knows.
 */
export function explainCommand(
  cmd: unknown,
  locale: Locale,
  catalog: Catalog = liveCatalog,
): ExplainedCommand {
  const parsed = parseCommand(cmd, catalog);
  return {
    input: parsed.input,
    parts: parsed.parts.map(({raw, start, end, role, explanations}) => ({
      raw,
      start,
      end,
      role,
      explanations,
    })),
    explanations: parsed.explanations.map((explanation) => {
      const text = explanationText(explanation, locale);
      return text === undefined ? {label: explanation.label} : {label: explanation.label, text};
    }),
  };
}

/** The glossary entry `id` in `locale`, from the glossary of the page's edition; throws when it has no such id. */
export function glossaryTip(id: unknown, locale: Locale, catalog: Catalog = liveCatalog): GlossaryTip {
  const entry = typeof id === 'string' ? findGlossaryEntry(catalog.glossary, id) : undefined;
  if (!entry) {
    throw new Error(
      `<Term id="${String(id)}"> names no glossary entry. Use one of the ids in src/data/glossary.ts, or add the term there in English and Spanish.`,
    );
  }
  const tip: GlossaryTip = {term: entry.term[locale], definition: entry.definition[locale]};
  if (locale !== 'en' && entry.term.en !== entry.term[locale]) tip.english = entry.term.en;
  return tip;
}
