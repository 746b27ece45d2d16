import {defineConfig} from 'vitest/config';

// Serving tests: Debian's real nginx runs deploy/nginx.conf over the production build (DEPLOY_BUILD_DIR,
// default build/) on 127.0.0.1; tests/deploy/global-setup.ts starts it once for every file. Files run one
// after the other: two of them drive Chromium, and this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/deploy/**/*.test.ts'],
    globalSetup: ['tests/deploy/global-setup.ts'],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
