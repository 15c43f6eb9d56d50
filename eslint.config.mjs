// Process boundaries are enforced here, not by good will (docs: architecture.md "Boundaries").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import react from 'eslint-plugin-react';
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

// Every word an operator reads comes from the catalogue (shared/i18n/en/*.ts, through useT()), so
// a literal sentence in the window's JSX is an error: plain JSX text, a string as JSX text, a
// string in a ternary or && shown as text, and a string in a prop that is read or heard (labels,
// hints, titles, aria-labels, placeholders, alt). Props that are never shown (className, type, id,
// data-*) may stay literal. Marks with no words in them are allowed.
const ALLOWED_MARKS = ['·', '—', '–', '✓', '✕', '×', '!', '…', '/', ':', '(', ')', ',', '.', '#'];
const VISIBLE_PROPS =
  '/^(aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|title|placeholder|alt|label|hint|submitLabel|summary|legend|caption|heading|message|description)$/';
// A catalogue id ("ui.find.start") is a key, not words: t('ui.find.start') is how text is written.
const WORDS = 'Literal[value=/[A-Za-z]/]:not([value=/^[a-z0-9-]+(\\.[a-z0-9-]+)+$/])';
const shownAsText = ['JSXElement', 'JSXFragment'].flatMap((parent) => [
  `${parent} > JSXExpressionContainer > ConditionalExpression > ${WORDS}`,
  `${parent} > JSXExpressionContainer > ConditionalExpression > ConditionalExpression > ${WORDS}`,
  `${parent} > JSXExpressionContainer > LogicalExpression > ${WORDS}`,
]);
const catalogueMessage =
  "Words an operator reads come from the catalogue: t('ui.…') with the entry in shared/i18n/en/ui.ts (or t.msg(message) for the core's).";
const noLiteralWords = [
  ...shownAsText.map((selector) => ({ selector, message: catalogueMessage })),
  { selector: `JSXAttribute[name.name=${VISIBLE_PROPS}] ${WORDS}`, message: catalogueMessage },
  {
    selector: `JSXAttribute[name.name=${VISIBLE_PROPS}] TemplateElement[value.raw=/[A-Za-z]/]`,
    message: catalogueMessage,
  },
];

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
    files: ['renderer/**/*.tsx'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': [
        'error',
        { noStrings: true, ignoreProps: true, allowedStrings: ALLOWED_MARKS },
      ],
      'no-restricted-syntax': ['error', ...noLiteralWords],
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
  {
    // A Message ({id, params}) put into a template or concatenated prints "[object Object]";
    // TypeScript allows it, so the type-aware rule catches it where the core and the CLIs build
    // their lines (say() or formatMessage() turn a Message into words).
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.node.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowAny: true,
          allowBoolean: true,
          allowNullish: true,
          allowNumber: true,
          allowRegExp: true,
          allowNever: true,
        },
      ],
    },
  },
);
