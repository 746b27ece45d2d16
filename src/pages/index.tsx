import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'homepage.title', message: 'Learn Docker', description: 'The home page title'})}
      description={translate({
        id: 'homepage.description',
        message: 'A free beginner course on Docker, in English and Spanish.',
        description: 'The home page meta description',
      })}
    >
      <main className="container margin-vert--xl">
        <Heading as="h1">
          <Translate id="homepage.heading" description="The home page main heading">
            Docker Course Notes
          </Translate>
        </Heading>
        <Link className="button button--primary button--lg" to="/docs">
          <Translate id="homepage.start" description="The home page call to action">
            Start the course
          </Translate>
        </Link>
      </main>
    </Layout>
  );
}
