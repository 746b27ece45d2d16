import {useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {
  PLACEHOLDER,
  type ExplainedCommand,
  type ExplainedItem,
  type ExplainedPart,
} from '@site/src/data/explained';
import {NOT_INDEXED_CLASS} from '@site/src/data/search';
import {withInlineCode} from '../inlineCode';
import '../colors.css';
import styles from './styles.module.css';

export interface CommandProps {
  /** One Docker command, as a plain string without the `$ ` prompt: `docker ps -a`. */
  cmd: string;
  /** What the command typically prints; shown apart and never copied. */
  output?: string;
  /**
   * The command explained word by word in the page's language. The docs' remark plugin
   * (plugins/command-usages/remark.ts) computes it from `cmd` at build time: pages never write it.
   */
  explained?: ExplainedCommand;
}

/** Splits a word into literal text and `<placeholder>` parts, so placeholders look like something to replace. */
function renderWithPlaceholders(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    nodes.push(
      <var key={match.index} className={styles.placeholder}>
        {match[0]}
      </var>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** One full sentence explaining a part of the command, in the reader's language. */
function explanationText(explanation: ExplainedItem): string {
  return (
    explanation.text ??
    translate({
      id: 'commandSnippet.endOfFlags',
      message:
        'Marks the end of the options: every word after it is an argument, even if it starts with a dash.',
      description: 'Explanation of the "--" word in a command line',
    })
  );
}

function placeholderHint(label: string): string | undefined {
  const found = [...new Set(label.match(PLACEHOLDER) ?? [])];
  if (found.length === 0) return undefined;
  return translate(
    {
      id: 'commandSnippet.placeholder.hint',
      message: 'Replace {placeholders} with your own value, without the angle brackets.',
      description:
        'Under a command: tells the reader to replace placeholders such as <container>; {placeholders} lists them',
    },
    {placeholders: found.join(', ')},
  );
}

function roleLabel(part: ExplainedPart): string {
  switch (part.role) {
    case 'program':
      return translate({
        id: 'commandSnippet.role.program',
        message: 'program',
        description: 'Kind of word in a command: the docker program itself',
      });
    case 'subcommand':
      return translate({
        id: 'commandSnippet.role.subcommand',
        message: 'sub-command',
        description: 'Kind of word in a command: a sub-command such as run or ps',
      });
    case 'flag':
      return translate({
        id: 'commandSnippet.role.flag',
        message: 'option',
        description: 'Kind of word in a command: a flag such as -d or --name',
      });
    case 'flag-value':
      return translate({
        id: 'commandSnippet.role.flagValue',
        message: 'option value',
        description: 'Kind of word in a command: the value given to a flag',
      });
    case 'argument':
      return translate({
        id: 'commandSnippet.role.argument',
        message: 'argument',
        description: 'Kind of word in a command: a positional argument such as an image name',
      });
    case 'end-of-flags':
      return translate({
        id: 'commandSnippet.role.endOfFlags',
        message: 'end of options',
        description: 'Kind of word in a command: the "--" separator',
      });
  }
}

/** Copies text to the clipboard; false when the browser refuses. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function CopyButton({text}: {text: string}): ReactNode {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timeout = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timeout.current), []);
  const onClick = useCallback(async () => {
    setState((await copyText(text)) ? 'copied' : 'failed');
    clearTimeout(timeout.current);
    timeout.current = setTimeout(() => setState('idle'), 2000);
  }, [text]);
  const label = translate({
    id: 'commandSnippet.copyButton.label',
    message: 'Copy command',
    description: 'Accessible label of the button that copies a command to the clipboard',
  });
  return (
    <button
      type="button"
      className={clsx(styles.copyButton, NOT_INDEXED_CLASS)}
      onClick={onClick}
      aria-label={label}
      title={label}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        {state === 'copied' ? (
          <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor" />
        ) : (
          <path
            d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2m0 16H8V7h11z"
            fill="currentColor"
          />
        )}
      </svg>
      <span className={styles.copyText} aria-live="polite">
        {state === 'copied'
          ? translate({
              id: 'commandSnippet.copyButton.copied',
              message: 'Copied',
              description: 'Shown briefly after a command was copied',
            })
          : state === 'failed'
            ? translate({
                id: 'commandSnippet.copyButton.failed',
                message: 'Select and copy by hand',
                description: 'Shown when the browser does not allow copying to the clipboard',
              })
            : translate({
                id: 'commandSnippet.copyButton.text',
                message: 'Copy',
                description: 'Visible text of the button that copies a command',
              })}
      </span>
    </button>
  );
}

function notExplained(cmd: unknown): never {
  throw new Error(
    `<Command cmd=${JSON.stringify(cmd)}> was not explained at build time: use it in a docs page, where ` +
      'plugins/command-usages/remark.ts prepares it (a command the catalog cannot explain fails the build there).',
  );
}

interface PopoverState {
  part: number;
  /** Set by a tap or click: stays open when the pointer leaves. */
  pinned: boolean;
}

/**
 * A Docker command the reader types, explained word by word from the command catalog.
 * Hovering, focusing or tapping a word shows what it does; the list underneath says the same in sentences, with
 * what an earlier command of the page explained folded away.
 */
export default function Command({cmd, output, explained}: CommandProps): ReactNode {
  const parsed = explained ?? notExplained(cmd);
  const id = useId();
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [popoverLeft, setPopoverLeft] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const partRefs = useRef<(HTMLElement | null)[]>([]);

  const explanationId = (index: number) => `${id}-explanation-${index}`;

  // Anchor the popover under the active word, kept inside the box on narrow screens.
  useLayoutEffect(() => {
    if (!popover || !boxRef.current || !popoverRef.current) return;
    const word = partRefs.current[popover.part];
    if (!word) return;
    const box = boxRef.current.getBoundingClientRect();
    const wordLeft = word.getBoundingClientRect().left - box.left;
    const max = Math.max(0, box.width - popoverRef.current.offsetWidth);
    setPopoverLeft(Math.min(Math.max(0, wordLeft - 8), max));
  }, [popover]);

  useEffect(() => {
    if (!popover?.pinned) return;
    const close = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) setPopover(null);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [popover]);

  const activePart = popover ? parsed.parts[popover.part] : undefined;

  // Words in order, with the original spacing between them so the command reads exactly as typed.
  const line: ReactNode[] = [];
  let cursor = 0;
  parsed.parts.forEach((part, index) => {
    if (part.start > cursor) line.push(parsed.input.slice(cursor, part.start));
    cursor = part.end;
    const active = popover?.part === index;
    line.push(
      <button
        key={index}
        type="button"
        ref={(element) => {
          partRefs.current[index] = element;
        }}
        className={clsx(styles.part, styles[`role-${part.role}`], active && styles.active)}
        data-role={part.role}
        aria-describedby={part.explanations.map(explanationId).join(' ')}
        data-active={active || undefined}
        onMouseEnter={() =>
          setPopover((current) => (current?.pinned ? current : {part: index, pinned: false}))
        }
        onMouseLeave={() => setPopover((current) => (current?.pinned ? current : null))}
        onFocus={() =>
          setPopover((current) => (current?.part === index ? current : {part: index, pinned: false}))
        }
        onBlur={(event) => {
          if (!boxRef.current?.contains(event.relatedTarget as Node)) setPopover(null);
        }}
        onClick={() =>
          setPopover((current) =>
            current?.part === index && current.pinned ? null : {part: index, pinned: true},
          )
        }
        onKeyDown={(event) => {
          if (event.key === 'Escape') setPopover(null);
        }}
      >
        {renderWithPlaceholders(part.raw)}
      </button>,
    );
  });

  // What this command adds to the page is listed; what an earlier command explained is folded away.
  const numbered = parsed.explanations.map((explanation, index) => ({explanation, index}));
  const fresh = numbered.filter(({explanation}) => !explanation.explainedAbove);
  const above = numbered.filter(({explanation}) => explanation.explainedAbove);
  const listLabel = translate({
    id: 'commandSnippet.explanations.label',
    message: 'What each part of the command does',
    description: 'Accessible name of the list that explains a command word by word',
  });
  const renderExplanation = ({explanation, index}: {explanation: ExplainedItem; index: number}) => {
    const hint = placeholderHint(explanation.label);
    return (
      <li key={index} id={explanationId(index)}>
        <code translate="no" dir="ltr" className={styles.explanationLabel}>
          {renderWithPlaceholders(explanation.label)}
        </code>
        {' — '}
        {withInlineCode(explanationText(explanation))}
        {hint && <> {hint}</>}
      </li>
    );
  };

  const label = translate(
    {
      id: 'commandSnippet.label',
      message: 'Command: {command}',
      description: 'Accessible name of a command snippet; {command} is the command',
    },
    {command: parsed.input},
  );

  return (
    <div className={styles.snippet} role="group" aria-label={label}>
      <div className={styles.box} ref={boxRef}>
        <pre translate="no" dir="ltr" className={styles.pre}>
          <code>
            <span className={styles.prompt} aria-hidden="true">
              ${' '}
            </span>
            {line}
          </code>
        </pre>
        <CopyButton text={parsed.input} />
        {activePart && (
          <div
            ref={popoverRef}
            className={styles.popover}
            style={{left: popoverLeft}}
            // The list under the command carries the same text for assistive technology.
            aria-hidden="true"
          >
            <span className={styles.popoverRole}>{roleLabel(activePart)}</span>
            {activePart.explanations.map((index) => {
              const explanation = parsed.explanations[index];
              return (
                <span key={index} className={styles.popoverItem}>
                  <code translate="no" dir="ltr">
                    {explanation.label}
                  </code>
                  {' — '}
                  {withInlineCode(explanationText(explanation))}
                </span>
              );
            })}
          </div>
        )}
      </div>
      {output !== undefined && (
        <div className={styles.output}>
          <div className={clsx(styles.outputLabel, NOT_INDEXED_CLASS)}>
            {translate({
              id: 'commandSnippet.output.label',
              message: 'Output',
              description: 'Label above the sample output of a command',
            })}
          </div>
          {/* Focusable so keyboard users can scroll wide output sideways. */}
          <pre translate="no" dir="ltr" className={styles.outputPre} tabIndex={0}>
            <samp>{output.replace(/^\n+|\s+$/g, '')}</samp>
          </pre>
        </div>
      )}
      {fresh.length > 0 && (
        <ul className={styles.explanations} aria-label={listLabel}>
          {fresh.map(renderExplanation)}
        </ul>
      )}
      {above.length > 0 && (
        // Folded: the page said it already. Closed, it still holds the sentences the words' descriptions point at.
        <details className={styles.above}>
          <summary className={NOT_INDEXED_CLASS}>
            {translate({
              id: 'commandSnippet.explainedAbove',
              message: 'Already explained above:',
              description:
                'Summary of the folded list of command parts that an earlier command on the page already explained; the parts follow it',
            })}{' '}
            {above.map(({explanation}, position) => (
              <span key={position}>
                {position > 0 && ', '}
                <code translate="no" dir="ltr" className={styles.explanationLabel}>
                  {renderWithPlaceholders(explanation.label)}
                </code>
              </span>
            ))}
          </summary>
          <ul className={styles.explanations} aria-label={listLabel}>
            {above.map(renderExplanation)}
          </ul>
        </details>
      )}
    </div>
  );
}
