import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const mocks = path.join(root, 'tests/unit/components/mocks');

// Unit tests: content checks, data schemas, components and the course examples.
// Browser tests live in tests/e2e and have their own configuration.
export default defineConfig({
  // The site's tsconfig keeps JSX for Docusaurus to compile; tests compile it themselves.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    // Components import Docusaurus client modules that only exist inside a site build; the tests swap in
    // small stand-ins (translations come from i18n/es/code.json, so Spanish renders as on the site).
    alias: [
      {find: /^@site\/(.*)$/, replacement: path.join(root, '$1')},
      {find: '@docusaurus/Translate', replacement: path.join(mocks, 'Translate.tsx')},
      {find: '@docusaurus/useDocusaurusContext', replacement: path.join(mocks, 'useDocusaurusContext.ts')},
      {find: '@docusaurus/useGlobalData', replacement: path.join(mocks, 'useGlobalData.ts')},
      {find: '@docusaurus/Link', replacement: path.join(mocks, 'Link.tsx')},
      {find: '@docusaurus/plugin-content-docs/client', replacement: path.join(mocks, 'docsClient.ts')},
      {find: '@theme/Heading', replacement: path.join(mocks, 'Heading.tsx')},
      {find: /^@code-translations\/.*$/, replacement: path.join(mocks, 'codeTranslations.ts')},
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/examples/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        // React components render in a simulated browser.
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx', 'src/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: [path.join(mocks, 'setup.ts')],
        },
      },
    ],
  },
});
