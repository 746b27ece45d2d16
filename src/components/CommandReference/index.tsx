import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import '@code-translations/commandReference';
import {
  commandSections,
  synopsis,
  type CommandSection,
  type CommandSpec,
  type FlagSpec,
  type Locale,
} from '@site/src/data/catalog';
import type {CommandUsage} from '@site/src/data/commandUsages';
import {NOT_INDEXED_CLASS} from '@site/src/data/search';
import {withInlineCode} from '../inlineCode';
import {useDataLocale} from '../useLocale';
import '../colors.css';
import styles from './styles.module.css';

export interface CommandReferenceProps {
  /**
   * The command catalog of the page's edition. Pages don't write it: the remark plugin (plugins/command-usages)
   * passes the live catalog to the unreleased edition and each released edition its frozen one.
   */
  commands?: readonly CommandSpec[];
  /**
   * Per command name, the course sections that teach it in this edition. Pages don't write it: the remark
   * plugin (plugins/command-usages) fills it in at build time.
   */
  usages?: Record<string, CommandUsage[]>;
  /**
   * Say of each command that no lesson of the edition teaches that it is in the catalog for reference only. An
   * edition's page opts in, so the words of a released edition's page stay as they were released.
   */
  markUntaught?: boolean;
}

/** The anchor of a command on the reference page: `docker compose up` → `docker-compose-up`. */
export function commandAnchor(name: string): string {
  return name.replace(/\s+/g, '-');
}

function sectionTitle(section: CommandSection): string {
  switch (section) {
    case 'basics':
      return translate({
        id: 'commandReference.section.basics',
        message: 'Check your installation',
        description: 'Command reference: heading of the basic commands',
      });
    case 'images':
      return translate({
        id: 'commandReference.section.images',
        message: 'Images',
        description: 'Command reference: heading of the image commands',
      });
    case 'containers':
      return translate({
        id: 'commandReference.section.containers',
        message: 'Containers',
        description: 'Command reference: heading of the container commands',
      });
    case 'debugging':
      return translate({
        id: 'commandReference.section.debugging',
        message: 'Debugging',
        description: 'Command reference: heading of the debugging commands',
      });
    case 'volumes':
      return translate({
        id: 'commandReference.section.volumes',
        message: 'Volumes',
        description: 'Command reference: heading of the volume commands',
      });
    case 'networks':
      return translate({
        id: 'commandReference.section.networks',
        message: 'Networks',
        description: 'Command reference: heading of the network commands',
      });
    case 'compose':
      return translate({
        id: 'commandReference.section.compose',
        message: 'Docker Compose',
        description: 'Command reference: heading of the Docker Compose commands',
      });
    case 'registries':
      return translate({
        id: 'commandReference.section.registries',
        message: 'Registries',
        description: 'Command reference: heading of the registry commands',
      });
    case 'cleanup':
      return translate({
        id: 'commandReference.section.cleanup',
        message: 'Cleaning up',
        description: 'Command reference: heading of the clean-up commands',
      });
  }
}

function FlagSpelling({flag, locale}: {flag: FlagSpec; locale: Locale}): ReactNode {
  const names = [flag.short, flag.long].filter(Boolean).join(', ');
  return (
    <>
      {names}
      {flag.value && <span className={styles.flagValue}> {`<${flag.value[locale]}>`}</span>}
    </>
  );
}

/** A labelled line of code under a command: its usage or its example. */
function CodeLine({
  className,
  label,
  code,
}: {
  className: string;
  label: ReactNode;
  code: ReactNode;
}): ReactNode {
  return (
    <p className={className}>
      <span className={styles.label}>{label}</span>{' '}
      <code translate="no" dir="ltr">
        {code}
      </code>
    </p>
  );
}

function CommandEntry({
  command,
  usages,
  untaught,
  locale,
}: {
  command: CommandSpec;
  usages: CommandUsage[];
  /** No lesson teaches the command, and the page asks to say so. */
  untaught: boolean;
  locale: Locale;
}): ReactNode {
  const options = translate({
    id: 'commandReference.options',
    message: 'options',
    description: 'Command reference: the word shown in usage lines, as in "docker run [options] image"',
  });
  return (
    <article className={clsx(styles.command, command.sameAs && styles.alias)}>
      <Heading
        as="h3"
        id={commandAnchor(command.name)}
        className={clsx(styles.commandName, NOT_INDEXED_CLASS)}
      >
        <code translate="no">{command.name}</code>
      </Heading>
      <p className={styles.summary}>{withInlineCode(command.summary[locale])}</p>
      <CodeLine
        className={styles.usage}
        label={
          <Translate
            id="commandReference.usage"
            description="Command reference: label before the usage line of a command"
          >
            Usage
          </Translate>
        }
        code={synopsis(command, locale, options)}
      />
      {command.example && (
        <CodeLine
          className={styles.example}
          label={
            <Translate
              id="commandReference.example"
              description="Command reference: label before the example of a command"
            >
              Example
            </Translate>
          }
          code={command.example}
        />
      )}
      {command.flags.length > 0 && (
        <ul
          className={styles.flags}
          aria-label={translate(
            {
              id: 'commandReference.flags',
              message: 'Options of {command}',
              description: 'Command reference: accessible name of the list of flags of a command',
            },
            {command: command.name},
          )}
        >
          {command.flags.map((flag) => (
            <li key={flag.long ?? flag.short}>
              <code translate="no" dir="ltr" className={styles.flagName}>
                <FlagSpelling flag={flag} locale={locale} />
              </code>{' '}
              <span className={styles.flagSummary}>{withInlineCode(flag.summary[locale])}</span>
            </li>
          ))}
        </ul>
      )}
      {usages.length > 0 && (
        <p className={clsx(styles.usedIn, NOT_INDEXED_CLASS)}>
          <span className={styles.label}>
            {translate({
              id: 'commandReference.usedIn',
              message: 'Taught in',
              description:
                'Command reference: label before the links to the course sections that use a command',
            })}
          </span>{' '}
          {usages.map((usage, index) => (
            <span key={usage.permalink}>
              {index > 0 && ' · '}
              <Link to={usage.permalink}>{usage.title}</Link>
            </span>
          ))}
        </p>
      )}
      {untaught && (
        <p className={styles.usedIn}>
          <Translate
            id="commandReference.referenceOnly"
            description="Command reference: shown under a command that no lesson of the course teaches yet"
          >
            Reference only: no lesson of this edition teaches it yet.
          </Translate>
        </p>
      )}
    </article>
  );
}

/** The command cheat sheet, rendered from the command catalog with links to where the course teaches each command. */
export default function CommandReference({
  commands,
  usages = {},
  markUntaught = false,
}: CommandReferenceProps): ReactNode {
  const locale = useDataLocale();
  if (!commands) {
    throw new Error(
      '<CommandReference /> got no catalog: use it in a docs page, where plugins/command-usages/remark.ts ' +
        "passes the catalog of the page's edition.",
    );
  }
  // Empty groups (`docker volume`) only prefix their sub-commands; a group with its own flags is listed.
  const listed = commands.filter((command) => !command.group || command.flags.length > 0);
  return (
    <div
      className={styles.reference}
      role="region"
      aria-label={translate({
        id: 'commandReference.label',
        message: 'Docker command reference',
        description: 'Accessible name of the command reference',
      })}
    >
      <nav
        className={styles.toc}
        aria-label={translate({
          id: 'commandReference.toc',
          message: 'Command groups',
          description: 'Accessible name of the list of command groups at the top of the reference',
        })}
      >
        {commandSections.map((section) => (
          <Link key={section} to={`#${section}`}>
            {sectionTitle(section)}
          </Link>
        ))}
      </nav>
      {commandSections.map((section) => (
        <section key={section} className={styles.section} aria-labelledby={section}>
          <Heading as="h2" id={section}>
            {sectionTitle(section)}
          </Heading>
          <div className={styles.grid}>
            {listed
              .filter((command) => command.section === section)
              .map((command) => (
                <CommandEntry
                  key={command.name}
                  command={command}
                  usages={usages[command.name] ?? []}
                  untaught={
                    markUntaught &&
                    !usages[command.name]?.length &&
                    !(command.sameAs && usages[command.sameAs]?.length)
                  }
                  locale={locale}
                />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}
