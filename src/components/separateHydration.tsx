import {Suspense, type ComponentType, type ReactNode} from 'react';

/**
 * Puts a component in its own Suspense boundary. The server renders it in full as before; in the browser,
 * React hydrates the rest of the page first and each boundary afterwards in a pass of its own, so a long page
 * hydrates in many short tasks instead of one long one that keeps the reader from scrolling or clicking.
 * Lazy components need a boundary anyway: it holds the server's HTML until their code has arrived.
 */
export function separateHydration<Props extends object>(
  Component: ComponentType<Props>,
  name: string,
): ComponentType<Props> {
  function SeparatelyHydrated(props: Props): ReactNode {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  SeparatelyHydrated.displayName = `SeparatelyHydrated(${name})`;
  return SeparatelyHydrated;
}
