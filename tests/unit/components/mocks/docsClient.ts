const version = {
  name: 'current',
  label: 'Next',
  isLast: true,
  path: '/docs',
  mainDocId: 'intro',
  docs: [
    {id: 'intro', path: '/docs'},
    {id: 'reference/glossary', path: '/docs/reference/glossary'},
    {id: 'reference/commands', path: '/docs/reference/commands'},
  ],
  draftIds: [],
};

export function useActiveVersion() {
  return version;
}

export function useLatestVersion() {
  return version;
}
