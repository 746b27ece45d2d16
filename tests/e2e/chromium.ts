/**
 * How the browser tests and the benchmark start a browser: Debian's Chromium, never a downloaded one.
 * `CHROMIUM_PATH` points elsewhere on a machine that keeps Chromium in another place.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, sandbox-less (containers), and quiet: no background calls to Google that would disturb measurements. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
