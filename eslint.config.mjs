// Lint for the whole workspace. The Nx module-boundary rule enforces DESIGN.md's layering:
// apps depend on libs and never on each other; libs/moderation and libs/crisis stay pure (no
// Nest, TypeORM, Node I/O or DOM) so they run in the browser; libs/contracts imports only zod.
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const serverOnly = ['@nestjs/*', 'typeorm', 'pg', 'express', 'bullmq', 'ioredis', 'redis', 'socket.io', 'nestjs-pino', 'pino', 'helmet'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/test-results/**', '**/playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], allowedExternalImports: ['zod'] },
            {
              sourceTag: 'type:pure',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:pure'],
              bannedExternalImports: [...serverOnly, 'react', 'react-dom', 'node:*', 'fs', 'path', 'http', 'https'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts', 'type:data'], bannedExternalImports: ['react', 'react-dom', '@nestjs/*'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'], bannedExternalImports: serverOnly },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:pure', 'type:data'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:pure'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' } },
  },
];
