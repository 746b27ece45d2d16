import {Suspense, type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import Admonition from '@theme/Admonition';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {TranslationStatusData} from '@site/src/data/translationStatus';

type Props = WrapperProps<typeof ContentType>;

/** `pathname://` makes a full page load: the English site is another single-page app. */
function linkTarget(englishUrl: string): string {
  return /^https?:\/\//.test(englishUrl) ? englishUrl : `pathname://${englishUrl}`;
}

/**
 * Tells readers of a translated page that the English page changed since it was translated, with a
 * link to the English page. The list of stale pages is computed at build time by the
 * `translation-status` plugin; English pages and up-to-date translations render nothing.
 */
function StaleTranslationNotice(): ReactNode {
  const {metadata} = useDoc();
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  const stale = data?.staleDocs[metadata.version]?.[metadata.id];
  if (!stale) return null;
  return (
    <Admonition
      type="warning"
      className="translation-status-notice"
      title={
        <Translate
          id="translationStatus.notice.title"
          description="Title of the notice on a translated page whose English original changed since it was translated"
        >
          The English page is newer
        </Translate>
      }
    >
      <p>
        <Translate
          id="translationStatus.notice.body"
          description="Notice on a translated page whose English original changed since it was translated; {englishPage} is a link to the English page"
          values={{
            englishPage: (
              <Link to={linkTarget(stale.englishUrl)} autoAddBaseUrl={false} target="_self" hrefLang="en">
                <Translate
                  id="translationStatus.notice.englishPageLink"
                  description="Text of the link to the English page in the stale-translation notice"
                >
                  the English version
                </Translate>
              </Link>
            ),
          }}
        >
          {
            'This translation is older than the latest English version of this page, so it may miss recent changes. See {englishPage}.'
          }
        </Translate>
      </p>
    </Admonition>
  );
}

export default function ContentWrapper(props: Props): ReactNode {
  return (
    <>
      <StaleTranslationNotice />
      {/* The page text hydrates after the navbar, sidebar and table of contents (see separateHydration). */}
      <Suspense fallback={null}>
        <Content {...props} />
      </Suspense>
    </>
  );
}
