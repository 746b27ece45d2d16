// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import docusaurus from '@docusaurus/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/**',
      '.docusaurus*/**',
      'node_modules/**',
      'test-results/**',
      'bench-results/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Everything a reader sees goes through translate() or <Translate>.
    files: ['src/**/*.tsx'],
    plugins: {'@docusaurus': docusaurus, 'react-hooks': reactHooks},
    rules: {
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-untranslated-text': [
        'error',
        // Symbols and names that read the same in every language.
        {
          ignoredStrings: [
            '·',
            '—',
            '×',
            '→',
            '←',
            '$',
            '#',
            '/',
            ':',
            '(',
            ')',
            'Docker',
            'EN',
            'ES',
            'Docker Hub',
            'Ctrl',
            'K',
          ],
        },
      ],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
