import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NO_NODE = 'core, data, features and the service import no Node built-in: ask the host (service/host.ts) or move this to an adapter (node/, cli/).';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    // Preloads run with node --require, before any module system but CommonJS.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure layers and the service: they run wherever a host gives them text (Node, a web worker), so they know nothing of Node or of the adapters.
    files: ['server/src/core/**', 'server/src/data/**', 'server/src/features/**', 'server/src/service/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: NO_NODE })),
          patterns: [
            { group: ['node:*'], message: NO_NODE },
            { group: ['**/lsp/**', '**/node/**', '**/cli/**'], message: 'core, data, features and the service import nothing from the adapters: move the shared type or helper into the pure layer.' },
            // The language server library's Node half (its common half runs in a web worker too).
            { group: ['vscode-languageserver/node'], message: NO_NODE },
          ],
        },
      ],
    },
  },
);
