import {act, type ReactNode} from 'react';
import {createRoot, hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import {KEEP_SERVER_MARKUP, useHydratingServerMarkup} from '@site/src/components/useHydratingServerMarkup';

/** Stands in for a highlighted code block: the server builds a span per token; hydration keeps them. */
function Tokens({words, seen}: {words: string[]; seen: boolean[]}): ReactNode {
  const keep = useHydratingServerMarkup();
  seen.push(keep);
  if (keep) return <code dangerouslySetInnerHTML={KEEP_SERVER_MARKUP} suppressHydrationWarning />;
  return (
    <code>
      {words.map((word, i) => (
        <span key={i} className="token">
          {word}
        </span>
      ))}
    </code>
  );
}

/** As on the server, which has no `window` (the test environment simulates a browser). */
function renderOnServer(element: ReactNode): string {
  vi.stubGlobal('window', undefined);
  try {
    return renderToString(element);
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('useHydratingServerMarkup', () => {
  it('is false on the server, so the server builds the markup', () => {
    const seen: boolean[] = [];
    expect(renderOnServer(<Tokens words={['docker', 'ps']} seen={seen} />)).toBe(
      '<code><span class="token">docker</span><span class="token">ps</span></code>',
    );
    expect(seen).toEqual([false]);
  });

  it('is true for a component that hydrates, which keeps the server elements through later renders', async () => {
    const words = ['docker', 'ps', '-a'];
    const container = document.createElement('div');
    container.innerHTML = renderOnServer(<Tokens words={words} seen={[]} />);
    const firstToken = container.querySelector('span');
    const seen: boolean[] = [];
    const errors: unknown[] = [];
    let root!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(container, <Tokens words={words} seen={seen} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
    expect(container.querySelector('span')).toBe(firstToken);
    expect(container.textContent).toBe('dockerps-a');
    // A later render (new props) keeps the server's elements too.
    await act(async () => root.render(<Tokens words={['docker', 'images']} seen={seen} />));
    expect(container.querySelector('span')).toBe(firstToken);
    expect(container.textContent).toBe('dockerps-a');
    root.unmount();
  });

  it('is false for a component created in the browser, which builds its markup itself', async () => {
    const container = document.createElement('div');
    const seen: boolean[] = [];
    const root = createRoot(container);
    await act(async () => root.render(<Tokens words={['docker', 'images']} seen={seen} />));
    expect(seen).toEqual([false]);
    expect(container.innerHTML).toBe(
      '<code><span class="token">docker</span><span class="token">images</span></code>',
    );
    root.unmount();
  });
});
