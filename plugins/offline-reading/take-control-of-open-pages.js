/**
 * Runs in the service worker (plugin-pwa's `swCustom` option). On its first activation the worker takes control of
 * the pages already open, so the tab in which a reader first opened the course keeps working when the network
 * drops: until a page is controlled, its next lesson's scripts still come from the network. On an update it changes
 * nothing the reader sees: the new worker activates only when the reader chooses "Refresh", which reloads the page.
 */
export default function takeControlOfOpenPages() {
  self.addEventListener('activate', (event) => {
    event.waitUntil(self.clients.claim());
  });
}
