import {defineConfig} from 'vitest/config';

// Unit tests: content checks, data schemas, components and the course examples.
// Browser tests live in tests/e2e and have their own configuration.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/examples/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
