import ssgTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {describe, expect, it} from 'vitest';
import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate';
import {entryScripts} from '../../../plugins/first-paint-first/entry-scripts';
import {ENTRY_SCRIPT_LOADER, ssrTemplate} from '../../../plugins/first-paint-first/ssr-template';

describe('the page template', () => {
  const template = ssrTemplate();

  it('preloads the entry scripts instead of deferring them, and runs its scripts from the end of the body', () => {
    expect(template).not.toMatch(/<script[^>]*\bdefer\b/);
    expect(template).toMatch(
      /<%~ it\.postBodyTags %>\n[\s\S]*<script type="application\/json" data-entry-scripts>[^\n]*<\/script>\n\s*<script>\(function \(\) \{[\s\S]*\}\)\(\);<\/script>\s*<\/body>/,
    );
    // Everything else is Docusaurus's own template.
    expect(
      template
        .replace(/ {4}<% const scriptUrls[\s\S]*?<script>[\s\S]*?<\/script>\n/, '')
        .replace(/ {4}<% it\.scripts\.filter[\s\S]*?as="script">\n {4}<% }\); %>\n/, ''),
    ).toBe(ssgTemplate.replace(/ {4}<% it\.scripts\.forEach[\s\S]*?<% }\); %>\n/, ''));
  });

  it("lists the route's chunks, then the entry scripts, and preloads only the entry scripts", async () => {
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
    expect(html.match(/<link rel="preload"[^>]*>/g)).toEqual([
      '<link rel="preload" href="/es/assets/js/runtime~main.0a1b2c3d.js" as="script">',
      '<link rel="preload" href="/es/assets/js/main.4e5f6a7b.js" as="script">',
    ]);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("fails, naming the template, when Docusaurus's template changed", () => {
    expect(() => ssrTemplate('<html><body></body></html>')).toThrow(
      /ssgTemplate\.html\.js\) no longer contains .*Check whether plugins\/first-paint-first\/ssr-template\.ts still applies/,
    );
  });

  it('runs the listed scripts in order, one after the other, where paints are not reported', () => {
    document.head.innerHTML = '<link rel="preload" href="/assets/js/other.js" as="script">';
    document.body.innerHTML =
      '<div id="__docusaurus"></div>' +
      '<script type="application/json" data-entry-scripts>' +
      '["/assets/js/route.js","/assets/js/runtime~main.js","/assets/js/main.js"]</script>';
    // jsdom reports no paints, like a browser without the Paint Timing API.
    new Function(ENTRY_SCRIPT_LOADER)();
    const scripts = [...document.body.querySelectorAll<HTMLScriptElement>('script[src]')];
    expect(scripts.map((script) => new URL(script.src).pathname)).toEqual([
      '/assets/js/route.js',
      '/assets/js/runtime~main.js',
      '/assets/js/main.js',
    ]);
    expect(scripts.every((script) => !script.async)).toBe(true);
  });
});
