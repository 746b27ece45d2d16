/**
 * The page template: Docusaurus's own, with one change to how its scripts load: the entry scripts
 * (`runtime~main.js`, `main.js`) and the chunks of the page's route (see plugins/route-chunks).
 *
 * Docusaurus loads them with `defer`. A deferred script runs as soon as the page is parsed, and the browser
 * often has not painted yet: on a fast connection with a slow processor, the reader looks at a blank page
 * while `main.js` evaluates, although the server sent the whole page. Here the page preloads the entry scripts
 * as early as before, so they download at the same time, and a small script at the end of the body runs its
 * scripts (in order, as `defer` would) only once the browser has painted the page. The route's chunks come
 * first: they only register their modules, so they are in place when `main.js` renders the route.
 *
 * The route's chunks are not preloaded. They start downloading with the first paint, while `main.js`, several
 * times larger, is still on its way, so they are in place by the time it runs; preloaded, they would share the
 * connection with the stylesheet and hold back the first paint wherever the server does not send the
 * stylesheet first (HTTP/1.1 hosts, and Lighthouse's simulation of a slow phone).
 *
 * The loader's text never changes, so the Content-Security-Policy allows it by one hash (see scripts/csp.ts).
 */
import ssgTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';
import {ENTRY_SCRIPT, ENTRY_SCRIPTS_ATTRIBUTE} from './entry-scripts';

const DEFERRED_SCRIPTS = [
  '    <% it.scripts.forEach((script) => { %>',
  '      <script src="<%= it.baseUrl %><%= script %>" defer></script>',
  '    <% }); %>',
].join('\n');

/** The entry scripts download from the start, at the priority the browser gives scripts. */
const PRELOADED_SCRIPTS = [
  `    <% it.scripts.filter((script) => ${ENTRY_SCRIPT}.test(script)).forEach((script) => { %>`,
  '      <link rel="preload" href="<%= it.baseUrl %><%= script %>" as="script">',
  '    <% }); %>',
].join('\n');

/**
 * Every script the page runs, in order, for the loader: the route's chunks, as they only register their
 * modules, then the entry scripts, which run the app. A JSON data block, which never runs.
 */
const SCRIPT_LIST = [
  `    <% const scriptUrls = it.scripts.filter((script) => !${ENTRY_SCRIPT}.test(script))`,
  `      .concat(it.scripts.filter((script) => ${ENTRY_SCRIPT}.test(script)))`,
  '      .map((script) => it.baseUrl + script); %>',
  `    <script type="application/json" ${ENTRY_SCRIPTS_ATTRIBUTE}><%~ JSON.stringify(scriptUrls) %></script>`,
].join('\n');

const POST_BODY_TAGS = '    <%~ it.postBodyTags %>\n';

/**
 * Runs the page's scripts (the list in its JSON data block), in order, once the browser reports that it has
 * painted the page's content (the `first-contentful-paint` entry, which comes once the frame is on screen).
 * At once in a hidden tab or a browser that does not report paints, and after a second at the latest.
 */
export const ENTRY_SCRIPT_LOADER = [
  '(function () {',
  '  var started = false;',
  '  function run() {',
  '    if (started) return;',
  '    started = true;',
  `    var listed = document.querySelector('script[${ENTRY_SCRIPTS_ATTRIBUTE}]');`,
  '    JSON.parse(listed.textContent).forEach(function (src) {',
  "      var script = document.createElement('script');",
  '      script.src = src;',
  '      script.async = false;',
  '      document.body.appendChild(script);',
  '    });',
  '  }',
  '  var observes = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;',
  "  if (document.visibilityState === 'hidden' || !observes || observes.indexOf('paint') < 0) return run();",
  '  new PerformanceObserver(function (list, observer) {',
  '    list.getEntries().forEach(function (entry) {',
  "      if (entry.name !== 'first-contentful-paint') return;",
  '      observer.disconnect();',
  '      setTimeout(run);',
  '    });',
  "  }).observe({type: 'paint', buffered: true});",
  '  setTimeout(run, 1000);',
  '})();',
].join('\n');

/** Docusaurus's template with the entry scripts run after the first paint; throws if that template changed. */
export function ssrTemplate(template: string = ssgTemplate): string {
  for (const part of [DEFERRED_SCRIPTS, POST_BODY_TAGS]) {
    if (!template.includes(part)) {
      throw new Error(
        `Docusaurus's page template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) no longer contains ` +
          `${JSON.stringify(part)}. Check whether plugins/first-paint-first/ssr-template.ts still applies, and update ` +
          'it (README.md, "Upgrading Docusaurus").',
      );
    }
  }
  return template
    .replace(DEFERRED_SCRIPTS, PRELOADED_SCRIPTS)
    .replace(
      POST_BODY_TAGS,
      `${POST_BODY_TAGS}${SCRIPT_LIST}\n    <script>${ENTRY_SCRIPT_LOADER}</script>\n`,
    );
}
