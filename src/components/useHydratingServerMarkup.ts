import {useState, useSyncExternalStore} from 'react';

const neverChanges = (): (() => void) => () => {};

/**
 * Whether this component came to life by hydrating the server's HTML (true for as long as it stays mounted),
 * rather than being rendered on the server or created in the browser, as after a client-side navigation.
 *
 * React reads the server snapshot of an external store exactly while it hydrates a component, so the store
 * tells the two apart; the answer is kept for the component's life. Markup that the server built and that
 * never changes can then be kept as it is (`<element dangerouslySetInnerHTML={KEEP_SERVER_MARKUP} />`)
 * instead of being built again in the browser only to be matched against the same HTML.
 */
export function useHydratingServerMarkup(): boolean {
  const hydrating = useSyncExternalStore(
    neverChanges,
    () => false,
    () => typeof window !== 'undefined',
  );
  const [fromServer] = useState(hydrating);
  return fromServer;
}

/**
 * Leaves an element's server-rendered children in place while React hydrates it, and ever after. React sets
 * `innerHTML` only when this prop changes, so it must always be this one object.
 */
export const KEEP_SERVER_MARKUP = Object.freeze({__html: ''});
