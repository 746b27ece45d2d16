/**
 * What a page needs to show a `<Command>` or a `<Term>`, worked out at build time in the page's language
 * (src/data/explain.ts, called by plugins/command-usages/remark.ts) and passed to the component as a prop.
 * This file is all the browser loads of the data: no parser, no catalog, no glossary.
 */
/** What a word of a command line is. */
export type PartRole = 'program' | 'subcommand' | 'flag' | 'flag-value' | 'argument' | 'end-of-flags';

/** Placeholders the reader replaces: `<container>`, `<host-port>`, `<registry>`. */
export const PLACEHOLDER = /<[A-Za-z][\w.-]*>/g;

/** A word of the command line and what it is. */
export interface ExplainedPart {
  /** Exactly as typed, quotes included. */
  raw: string;
  start: number;
  end: number;
  role: PartRole;
  /** Indexes into `ExplainedCommand.explanations` that describe this word. */
  explanations: number[];
}

export interface ExplainedItem {
  /** The words explained, as typed: `docker run`, `-p 8080:5000`. */
  label: string;
  /** One sentence from the catalog; absent for the `--` separator, explained by a UI string of the site. */
  text?: string;
  /**
   * An earlier command of the same page explained the same words with the same sentence: the snippet folds it
   * away so each list shows what the command adds. Set by the remark plugin, which sees the whole page.
   */
  explainedAbove?: true;
}

export interface ExplainedCommand {
  /** The command, trimmed: what is shown and copied. */
  input: string;
  parts: ExplainedPart[];
  explanations: ExplainedItem[];
}

/** A glossary entry in the page's language. */
export interface GlossaryTip {
  term: string;
  definition: string;
  /** The English term, on a page in another language when it is written differently. */
  english?: string;
}
