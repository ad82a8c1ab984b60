import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'coverage/', '.data/', 'bench/results/', 'test-output/', 'client/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      // Raw SQL results are typed with an assertion at the call site.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  // The pages (web/): Vue single-file components, <script setup lang="ts"> parsed by typescript-eslint.
  ...pluginVue.configs['flat/recommended'].map((config) => ({ ...config, files: config.files ?? ['web/**/*.{ts,vue}'] })),
  {
    files: ['web/**/*.{ts,vue}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { parser: tseslint.parser, projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] },
    },
  },
  {
    files: ['web/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Every CSV goes through csvLines/toCsv (src/common/http/csv.ts), which neutralises formulas.
    files: ['src/**/*.ts'],
    ignores: ['src/common/http/csv.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'csv-stringify/sync',
              message: 'Write CSV with csvLines or toCsv (common/http/csv.ts): they keep spreadsheet formulas out.',
            },
            { name: 'csv-stringify', message: 'Write CSV with csvLines or toCsv (common/http/csv.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
      },
    },
  },
  // Last: turns off the stylistic rules (core and vue/) that Prettier owns. no-unexpected-multiline, one of its
  // "special" rules, catches real bugs and never fights Prettier with semicolons on, so it stays on.
  { ...prettier, rules: { ...prettier.rules, 'no-unexpected-multiline': 'error' } },
);
