// ESLint: the recommended rules of ESLint and typescript-eslint, plus the type-aware rules that catch
// promises left unawaited (cheap next to the type check itself, and the mistakes that cost the most in an extension).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = [
  'AbortController',
  'AbortSignal',
  'Buffer',
  'URL',
  'TextDecoder',
  'TextEncoder',
  'clearImmediate',
  'clearInterval',
  'clearTimeout',
  'console',
  'fetch',
  'performance',
  'process',
  'setImmediate',
  'setInterval',
  'setTimeout',
  'structuredClone',
];

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.code-server/',
      '.e2e-run/',
      '.vscode-test/',
      'bench/tmp/',
      'media/preview.js',
      'test-fixtures/',
      'schemas/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The build and test scripts run in Node (TypeScript files need no list: the compiler knows their globals).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: Object.fromEntries(NODE_GLOBALS.map((name) => [name, 'readonly'])) },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      // The test configuration covers every TypeScript file (sources, tests, scripts).
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // The parsers and the conversion look for control characters on purpose (JSON and YAML forbid them in strings).
      'no-control-regex': 'off',
    },
  },
  {
    // The language client and the lazily loaded libraries are separate bundles, loaded by a `require` esbuild leaves alone.
    files: ['client/src/extension.ts', 'server/src/languageService/util/lazyLibraries.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
