import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering rules (the compiler enforces the runtime per folder; lint enforces direction):
 * shared ← main, shared ← renderer; never main ↔ renderer; Electron only in the shell,
 * adapters and the Electron IPC file; raw ipcMain/ipcRenderer only in the IPC module and
 * the preload; OS commands and native addons only in adapters. The PKI library
 * (src/main/pki/<topic>/) sits below the use cases: it imports no service, port, adapter or
 * app code, and the rest of main reaches a topic only through its index.ts.
 */
const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

/** Outside pki/, a topic is used through its index only (its files are its own business). */
const PKI_THROUGH_INDEX = {
  group: ['**/pki/*/*', '!**/pki/*/index.js'],
  message: 'Use the PKI topic through its index (src/main/pki/<topic>/index.ts).',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
      'test/vectors/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['node:*', 'electron', 'react', 'react-dom', '**/main/**', '**/renderer/**'],
          message: 'src/shared is pure: no Node, Electron, DOM or other layers.',
        },
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        {
          group: ['node:*', 'electron', '**/main/**'],
          message: 'The renderer is DOM only and talks to main through window.vigie.',
        },
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/**', 'src/main/adapters/**', 'src/main/ipc/electron-ipc.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { group: ['**/renderer/**'], message: 'main must not import the renderer.' },
          {
            group: ['electron'],
            message:
              'Electron APIs live in src/main/shell, src/main/adapters or src/main/ipc/electron-ipc.ts.',
          },
          PKI_THROUGH_INDEX,
        ],
        [
          { name: 'node:child_process', message: 'OS commands live in src/main/adapters.' },
          { name: 'child_process', message: 'OS commands live in src/main/adapters.' },
        ],
      ),
    },
  },
  {
    files: ['src/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          {
            group: ['**/adapters/**', '**/shell/**', '**/ipc/**', '**/renderer/**', 'electron'],
            message: 'Services depend on ports, not adapters, IPC or Electron.',
          },
          PKI_THROUGH_INDEX,
        ],
        [
          { name: 'node:child_process', message: 'OS commands live in src/main/adapters.' },
          { name: 'child_process', message: 'OS commands live in src/main/adapters.' },
        ],
      ),
    },
  },
  {
    // The PKI library is pure certificate logic: it never reaches up into the use cases.
    files: ['src/main/pki/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          {
            group: [
              '**/services/**',
              '**/ports/**',
              '**/adapters/**',
              '**/app/**',
              '**/ipc/**',
              '**/cli/**',
              '**/shell/**',
              '**/dev-bridge/**',
              '**/renderer/**',
              'electron',
            ],
            message: 'src/main/pki is below the use cases: no service, port, adapter, IPC or Electron.',
          },
        ],
        [
          { name: 'node:child_process', message: 'OS commands live in src/main/adapters.' },
          { name: 'child_process', message: 'OS commands live in src/main/adapters.' },
        ],
      ),
    },
  },
  {
    // Runs once per certificate of every file: patterns that made V8's young collector keep
    // each file's data (src/main/pki/README.md, "No process-long WeakMap…", "No object literal…").
    files: ['src/main/pki/**/*.ts'],
    ignores: ['src/main/pki/certificate/operation-memo.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: 'ObjectExpression > Property[kind="get"]',
          message:
            'No getter in an object literal here: each one gets an old-generation hidden class. Use a class.',
        },
        {
          selector: 'NewExpression[callee.name="WeakMap"]',
          message:
            'Memos that outlive a call are operation memos (certificate/operation-memo.ts) or live on the certificate.',
        },
      ],
    },
  },
  {
    files: ['src/main/shell/**/*.ts', 'src/main/adapters/**/*.ts'],
    ignores: ['src/main/shell/preload.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ group: ['**/renderer/**'], message: 'main must not import the renderer.' }, PKI_THROUGH_INDEX],
        [
          {
            name: 'electron',
            importNames: ['ipcMain', 'ipcRenderer'],
            message: 'Raw IPC only in src/main/ipc/electron-ipc.ts and the preload.',
          },
        ],
      ),
    },
  },
  {
    // Tool configs must default-export; .d.ts files merge into globals with interfaces.
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
