// Process boundaries are enforced here, not by good will (docs: architecture.md "Boundaries").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const noNode = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'Node built-ins are not available here; ask the core through shared/contract.ts.',
  })),
};
const electronPackage = {
  name: 'electron',
  message: 'Only electron/main.ts and electron/preload.ts may import electron.',
};
const electronFolder = {
  regex: '^\\.{1,2}/(.*/)?electron(/|$)',
  message: 'The renderer reaches the core only through renderer/bridge.ts and shared/contract.ts.',
};
const simulatorFolder = {
  regex: '^\\.{1,2}/(.*/)?simulator(/|$)',
  message:
    'The core never imports the simulator: a host (web-host-cli.ts, main.ts, a CLI, a test) builds the simulated world and hands the core its backends.',
};
const rendererFolder = {
  regex: '^\\.{1,2}/(.*/)?renderer(/|$)',
  message: 'The core and shared code must not depend on the renderer.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'test/lint/fixtures/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [...noNode.paths, electronPackage], patterns: [electronFolder] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...noNode.paths, electronPackage], patterns: [electronFolder, rendererFolder] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPackage], patterns: [rendererFolder] }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronPackage], patterns: [rendererFolder, simulatorFolder] },
      ],
    },
  },
);
