import ssgTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {describe, expect, it} from 'vitest';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {entryScripts} from '../../../plugins/main-bundle/entry-scripts';
import {ENTRY_SCRIPT_LOADER, ssrTemplate} from '../../../plugins/main-bundle/ssr-template';

describe('the page template', () => {
  const template = ssrTemplate();

  it('preloads the entry scripts instead of deferring them, and runs them from the end of the body', () => {
    expect(template).not.toMatch(/<script[^>]*\bdefer\b/);
    expect(template).toMatch(
      /<%~ it\.postBodyTags %>\s*<script>\(function \(\) \{[\s\S]*\}\)\(\);<\/script>\s*<\/body>/,
    );
    // Everything else is Docusaurus's own template.
    expect(
      template
        .replace(/ {4}<script>[\s\S]*?<\/script>\n/, '')
        .replace(/ {4}<% const isEntry[\s\S]*data-entry-script>\n {4}<% }\); %>\n/, ''),
    ).toBe(ssgTemplate.replace(/ {4}<% it\.scripts\.forEach[\s\S]*?<% }\); %>\n/, ''));
  });

  it("lists the route's chunks at low priority, then the entry scripts", async () => {
    const render = await compileSSGTemplate(template);
    const html = render({
      appHtml: '<main></main>',
      baseUrl: '/es/',
      htmlAttributes: '',
      bodyAttributes: '',
      headTags: '',
      preBodyTags: '',
      postBodyTags: '',
      metaAttributes: [],
      scripts: [
        'assets/js/runtime~main.0a1b2c3d.js',
        'assets/js/main.4e5f6a7b.js',
        'assets/js/17896441.8c9d0e1f.js',
        'assets/js/8622.2a3b4c5d.js',
      ],
      stylesheets: ['assets/css/styles.6e7f8a9b.css'],
      noIndex: false,
      version: '3',
    });
    expect(entryScripts(html)).toEqual([
      '/es/assets/js/17896441.8c9d0e1f.js',
      '/es/assets/js/8622.2a3b4c5d.js',
      '/es/assets/js/runtime~main.0a1b2c3d.js',
      '/es/assets/js/main.4e5f6a7b.js',
    ]);
    const preloads = html.match(/<link rel="preload"[^>]*>/g)!;
    expect(preloads.map((link) => link.includes('fetchpriority="low"'))).toEqual([true, true, false, false]);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("fails, naming the template, when Docusaurus's template changed", () => {
    expect(() => ssrTemplate('<html><body></body></html>')).toThrow(
      /ssgTemplate\.html\.js\) no longer contains .*Check whether plugins\/main-bundle\/ssr-template\.ts still applies/,
    );
  });

  it('runs the preloaded scripts in document order, one after the other, where paints are not reported', () => {
    document.head.innerHTML =
      '<link rel="preload" href="/assets/js/runtime~main.js" as="script" data-entry-script>' +
      '<link rel="preload" href="/assets/js/main.js" as="script" data-entry-script>' +
      '<link rel="preload" href="/assets/js/route.js" as="script">';
    document.body.innerHTML = '<div id="__docusaurus"></div>';
    // jsdom reports no paints, like a browser without the Paint Timing API.
    new Function(ENTRY_SCRIPT_LOADER)();
    const scripts = [...document.body.querySelectorAll('script')];
    expect(scripts.map((script) => new URL(script.src).pathname)).toEqual([
      '/assets/js/runtime~main.js',
      '/assets/js/main.js',
    ]);
    expect(scripts.every((script) => !script.async)).toBe(true);
  });
});
