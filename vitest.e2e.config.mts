import {defineConfig} from 'vitest/config';

// Browser tests: Chromium against the production build (tests/e2e/global-setup.ts serves it, or
// E2E_BASE_URL points at a host that already serves it). One browser for the whole run, files one
// after the other, at most two pages at once: this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
