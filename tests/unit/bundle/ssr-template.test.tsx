import ssgTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {describe, expect, it} from 'vitest';
import {ENTRY_SCRIPT_LOADER, ssrTemplate} from '../../../plugins/main-bundle/ssr-template';

describe('the page template', () => {
  const template = ssrTemplate();

  it('preloads the entry scripts instead of deferring them, and runs them from the end of the body', () => {
    expect(template).not.toMatch(/<script[^>]*\bdefer\b/);
    expect(template).toContain(
      '<link rel="preload" href="<%= it.baseUrl %><%= script %>" as="script" data-entry-script>',
    );
    expect(template).toMatch(
      /<%~ it\.postBodyTags %>\s*<script>\(function \(\) \{[\s\S]*\}\)\(\);<\/script>\s*<\/body>/,
    );
    // Everything else is Docusaurus's own template.
    expect(
      template.replace(/ {4}<script>[\s\S]*?<\/script>\n/, '').replace(/<link rel="preload"[^\n]*/, ''),
    ).toBe(ssgTemplate.replace(/<script src="[^\n]*/, ''));
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
