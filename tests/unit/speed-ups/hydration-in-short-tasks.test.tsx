import fs from 'node:fs';
import path from 'node:path';
import {act, useContext, type Context as ReactContext, type ReactNode} from 'react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {afterAll, describe, expect, it} from 'vitest';
import {writeBrowserContextCopy} from '../../../plugins/hydration-in-short-tasks/copies';

// Inside the project, so the copies resolve `react` as the site does.
const cache = path.resolve(__dirname, '../../../node_modules/.cache');
fs.mkdirSync(cache, {recursive: true});
const dir = fs.mkdtempSync(path.join(cache, 'hydration-'));
const browserContext = writeBrowserContextCopy(dir);
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

interface BrowserContextModule {
  Context: ReactContext<boolean>;
  BrowserContextProvider: (props: {children: ReactNode}) => ReactNode;
}

describe('the copy of browserContext that keeps hydration in short tasks', () => {
  it('replaces the module Docusaurus resolves', () => {
    expect(require.resolve('@docusaurus/core/lib/client/browserContext.js')).toMatch(browserContext.replaces);
    // Relative imports point at the original's folder.
    expect(fs.readFileSync(browserContext.file, 'utf8')).not.toMatch(/from ['"]\.\.?\//);
  });

  it('render the app inside one Suspense boundary and say "browser" once it has hydrated', async () => {
    const {BrowserContextProvider, Context} = (await import(browserContext.file)) as BrowserContextModule;
    function Probe(): ReactNode {
      return <p>{useContext(Context) ? 'browser' : 'server'}</p>;
    }
    const app = (
      <BrowserContextProvider>
        <Probe />
      </BrowserContextProvider>
    );
    const html = renderToString(app);
    expect(html).toBe('<!--$--><p>server</p><!--/$-->');

    const container = document.createElement('div');
    container.innerHTML = html;
    const paragraph = container.querySelector('p');
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, app, {onRecoverableError: (error) => errors.push(error)});
    });
    expect(container.textContent).toBe('browser');
    // Hydrated, not rendered again: the server's element is still in place.
    expect(container.querySelector('p')).toBe(paragraph);
    expect(errors).toEqual([]);
  });
});
