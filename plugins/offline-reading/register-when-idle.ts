/**
 * Registers the service worker with plugin-pwa's own module (`registerSw.js`), once the page has loaded and the
 * browser is idle, as workbox advises: the worker's install downloads the whole offline copy (several MB), and
 * started with the page, as the plugin's module does on its own, it competed with the page's hydration for the
 * CPU (measured in README.md, "Offline"). Loaded this way, the module and workbox-window also leave `main.js`.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function register(): void {
  void import('@docusaurus/plugin-pwa/lib/registerSw.js');
}

function whenIdle(): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(register, {timeout: 5000});
  else setTimeout(register, 1000);
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, {once: true});
}
