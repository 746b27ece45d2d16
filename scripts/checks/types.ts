/** What every content check returns: one problem, where it is and how to fix it. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  severity: Severity;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** A file handed to a check: its repository-relative path and its text. */
export type {SourceFile} from '../../src/data/sourceFiles';

/**
 * `build` lets the site build with a stale translation (readers see a notice);
 * `test` (CI) refuses it.
 */
export type CheckMode = 'build' | 'test';
