import {useActiveVersion, useLatestVersion} from '@docusaurus/plugin-content-docs/client';

/**
 * The URL of a doc in the edition the reader is on (or the latest edition outside the docs), so a link
 * from a frozen edition stays inside that edition.
 */
export function useDocPath(docId: string): string | undefined {
  const active = useActiveVersion(undefined);
  const latest = useLatestVersion(undefined);
  const version = active ?? latest;
  return version.docs.find((doc) => doc.id === docId)?.path;
}
