import {Suspense} from 'react';
import {describe, expect, it} from 'vitest';
import {renderToHtml} from '../../../plugins/complete-html/render-to-html';

/** A page like a long doc page: over 12.8 kB before a Suspense boundary of more than 500 bytes. */
function LongPage() {
  return (
    <main>
      <p>{'Navigation and sidebar. '.repeat(700)}</p>
      <Suspense fallback={<p>Loading</p>}>
        <article>
          <h1>Images and containers</h1>
          <p>{'The page text. '.repeat(60)}</p>
        </article>
      </Suspense>
    </main>
  );
}

describe('renderToHtml of the server bundle', () => {
  it('writes a Suspense boundary in place, complete, with no script needed to show it', async () => {
    const html = await renderToHtml(<LongPage />);
    expect(html).toMatch(/<!--\$--><article><h1>Images and containers<\/h1>/);
    expect(html).not.toContain('<div hidden id="S:');
    expect(html).not.toContain('<template id="B:');
    expect(html).not.toContain('Loading');
  });
});
