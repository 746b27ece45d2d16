import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import '@code-translations/homepage';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import styles from './index.module.css';

/** A command to try in the search box; typed the same in every language. */
const SEARCH_EXAMPLE = 'docker ps -a';

interface CoursePart {
  title: string;
  summary: string;
  pages: {to: string; label: string}[];
}

function useCourseParts(docs: string): CoursePart[] {
  return [
    {
      title: translate({
        id: 'homepage.parts.concepts.title',
        message: 'Concepts',
        description: 'Home page: title of the course part about concepts',
      }),
      summary: translate({
        id: 'homepage.parts.concepts.summary',
        message: 'What Docker is, and the ideas behind it: images, containers, layers and registries.',
        description: 'Home page: summary of the concepts part',
      }),
      pages: [
        {
          to: `${docs}/concepts/what-is-docker`,
          label: translate({
            id: 'homepage.pages.whatIsDocker',
            message: 'What Docker is',
            description: 'Home page: link to the page about what Docker is',
          }),
        },
        {
          to: `${docs}/concepts/images-and-containers`,
          label: translate({
            id: 'homepage.pages.imagesAndContainers',
            message: 'Images and containers',
            description: 'Home page: link to the page about images and containers',
          }),
        },
        {
          to: `${docs}/concepts/containers-vs-virtual-machines`,
          label: translate({
            id: 'homepage.pages.containersVsVms',
            message: 'Containers and virtual machines',
            description: 'Home page: link to the page comparing containers and virtual machines',
          }),
        },
        {
          to: `${docs}/concepts/why-containers`,
          label: translate({
            id: 'homepage.pages.whyContainers',
            message: 'Why containers',
            description: 'Home page: link to the page about why containers help',
          }),
        },
        {
          to: `${docs}/concepts/registries`,
          label: translate({
            id: 'homepage.pages.registries',
            message: 'Registries and Docker Hub',
            description: 'Home page: link to the page about registries',
          }),
        },
      ],
    },
    {
      title: translate({
        id: 'homepage.parts.handsOn.title',
        message: 'Hands-on',
        description: 'Home page: title of the practical part of the course',
      }),
      summary: translate({
        id: 'homepage.parts.handsOn.summary',
        message:
          'Type along: run, build, debug, persist, connect, compose, configure and ship a small Flask application.',
        description: 'Home page: summary of the practical part',
      }),
      pages: [
        {
          to: `${docs}/hands-on/install-docker`,
          label: translate({
            id: 'homepage.pages.install',
            message: 'Install Docker',
            description: 'Home page: link to the installation page',
          }),
        },
        {
          to: `${docs}/hands-on/without-installing`,
          label: translate({
            id: 'homepage.pages.withoutInstalling',
            message: 'Docker without installing',
            description: 'Home page: link to the page for students who cannot install Docker',
          }),
        },
        {
          to: `${docs}/hands-on/first-container`,
          label: translate({
            id: 'homepage.pages.firstContainer',
            message: 'Your first container',
            description: 'Home page: link to the first container page',
          }),
        },
        {
          to: `${docs}/hands-on/image-from-a-container`,
          label: translate({
            id: 'homepage.pages.imageFromContainer',
            message: 'An image from a container',
            description: 'Home page: link to the page about docker commit',
          }),
        },
        {
          to: `${docs}/hands-on/dockerize-a-flask-app`,
          label: translate({
            id: 'homepage.pages.flask',
            message: 'Dockerize a Flask app',
            description: 'Home page: link to the Dockerfile page',
          }),
        },
        {
          to: `${docs}/hands-on/multi-stage-builds`,
          label: translate({
            id: 'homepage.pages.multiStage',
            message: 'A smaller image',
            description: 'Home page: link to the page about multi-stage builds',
          }),
        },
        {
          to: `${docs}/hands-on/debugging`,
          label: translate({
            id: 'homepage.pages.debugging',
            message: 'Debug a container',
            description: 'Home page: link to the debugging page',
          }),
        },
        {
          to: `${docs}/hands-on/volumes`,
          label: translate({
            id: 'homepage.pages.volumes',
            message: 'Keep data with volumes',
            description: 'Home page: link to the volumes page',
          }),
        },
        {
          to: `${docs}/hands-on/networks`,
          label: translate({
            id: 'homepage.pages.networks',
            message: 'Connect containers',
            description: 'Home page: link to the page about networks',
          }),
        },
        {
          to: `${docs}/hands-on/docker-compose`,
          label: translate({
            id: 'homepage.pages.compose',
            message: 'Several services with Compose',
            description: 'Home page: link to the Docker Compose page',
          }),
        },
        {
          to: `${docs}/hands-on/health-checks`,
          label: translate({
            id: 'homepage.pages.healthChecks',
            message: 'Health checks',
            description: 'Home page: link to the page about health checks',
          }),
        },
        {
          to: `${docs}/hands-on/configuration-and-secrets`,
          label: translate({
            id: 'homepage.pages.configuration',
            message: 'Configuration and secrets',
            description: 'Home page: link to the page about configuration and secrets',
          }),
        },
        {
          to: `${docs}/hands-on/cleaning-up`,
          label: translate({
            id: 'homepage.pages.cleaningUp',
            message: 'Clean up',
            description: 'Home page: link to the page about reclaiming disk space',
          }),
        },
        {
          to: `${docs}/hands-on/share-on-docker-hub`,
          label: translate({
            id: 'homepage.pages.dockerHub',
            message: 'Share it on Docker Hub',
            description: 'Home page: link to the page about pushing to Docker Hub',
          }),
        },
        {
          to: `${docs}/hands-on/deploy`,
          label: translate({
            id: 'homepage.pages.deploy',
            message: 'Deploy it on a server',
            description: 'Home page: link to the deployment page',
          }),
        },
      ],
    },
    {
      title: translate({
        id: 'homepage.parts.reference.title',
        message: 'Reference',
        description: 'Home page: title of the reference part',
      }),
      summary: translate({
        id: 'homepage.parts.reference.summary',
        message: 'Every command of the course on two printable pages, and the terms in English and Spanish.',
        description: 'Home page: summary of the reference part',
      }),
      pages: [
        {
          to: `${docs}/reference/commands`,
          label: translate({
            id: 'homepage.pages.commands',
            message: 'Command cheat sheet',
            description: 'Home page: link to the command reference',
          }),
        },
        {
          to: `${docs}/reference/glossary`,
          label: translate({
            id: 'homepage.pages.glossary',
            message: 'Glossary',
            description: 'Home page: link to the glossary',
          }),
        },
      ],
    },
  ];
}

export default function Home(): ReactNode {
  // Link to the latest edition's permanent URLs, so a copied link keeps pointing at the same text.
  const docs = useLatestVersion(undefined).path;
  const parts = useCourseParts(docs);
  return (
    <Layout
      title={translate({id: 'homepage.title', message: 'Learn Docker', description: 'The home page title'})}
      description={translate({
        id: 'homepage.description',
        message: 'A free beginner course on Docker, in English and Spanish.',
        description: 'The home page meta description',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            <Translate id="homepage.heading" description="The home page main heading">
              Learn Docker, one step at a time
            </Translate>
          </Heading>
          <p className={styles.heroLead}>
            <Translate id="homepage.lead" description="The home page introduction under the main heading">
              A free course for beginners: what images, containers and registries are, then how to run, build,
              debug, persist, compose and ship a real application. Every command is copyable text, every
              picture a diagram.
            </Translate>
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={docs}>
              <Translate id="homepage.start" description="The home page call to action">
                Start the course
              </Translate>
            </Link>
            <Link className="button button--secondary button--lg" to={`${docs}/reference/commands`}>
              <Translate id="homepage.cheatSheet" description="The home page link to the command cheat sheet">
                Command cheat sheet
              </Translate>
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <div className={styles.parts}>
          {parts.map((part) => (
            <section key={part.title} className={styles.part}>
              <Heading as="h2">{part.title}</Heading>
              <p>{part.summary}</p>
              <ol>
                {part.pages.map((page) => (
                  <li key={page.to}>
                    <Link to={page.to}>{page.label}</Link>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
        <section className={styles.news}>
          <Heading as="h2">
            <Translate
              id="homepage.news.title"
              description="Home page: heading of what is new in the latest edition"
            >
              New in edition 1.1
            </Translate>
          </Heading>
          <ul>
            <li>
              <Translate id="homepage.news.lessons" description="Home page: what is new, the new lessons">
                Seven new lessons: networks, multi-stage builds, health checks, configuration and secrets,
                cleaning up, sharing on Docker Hub, and Docker without installing it.
              </Translate>
            </li>
            <li>
              <Translate
                id="homepage.news.answers"
                description="Home page: what is new, answers to the exercises"
              >
                Answers to every “check yourself” list, hidden until you open them.
              </Translate>
            </li>
            <li>
              <Translate id="homepage.news.fixes" description="Home page: what is new, fixes">
                Deployment steps that work as written, supported image versions, and clearer Spanish.
              </Translate>{' '}
              <Link to={`${docs}/#whats-new`}>
                <Translate
                  id="homepage.news.more"
                  description="Home page: link to the full list of what is new"
                >
                  All the changes
                </Translate>
              </Link>
            </li>
          </ul>
        </section>
        <section className={styles.howTo}>
          <Heading as="h2">
            <Translate
              id="homepage.howTo.title"
              description="Home page: heading of the tips on using the site"
            >
              Find your way
            </Translate>
          </Heading>
          <ul>
            <li>
              <Translate
                id="homepage.howTo.search"
                description="Home page: tip about search; {shortcut} is the keyboard shortcut, {command} an example command"
                values={{
                  shortcut: <kbd className={styles.key}>Ctrl K</kbd>,
                  command: (
                    <code translate="no" dir="ltr">
                      {SEARCH_EXAMPLE}
                    </code>
                  ),
                }}
              >
                {
                  'Search works offline: press {shortcut} (⌘ K on a Mac) and type a command such as {command}.'
                }
              </Translate>
            </li>
            <li>
              <Translate id="homepage.howTo.language" description="Home page: tip about switching language">
                The language menu in the top bar switches between English and Spanish and keeps your place on
                the page.
              </Translate>
            </li>
            <li>
              <Translate
                id="homepage.howTo.editions"
                description="Home page: tip for teachers about stable links"
              >
                Teachers: every page and heading has a permanent link, and each released edition of the course
                keeps its own URLs, so links in your materials keep working.
              </Translate>
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
