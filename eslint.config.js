import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Which way imports may point (docs/decisions/0010): domain ← server, domain ← web; never server ↔ web. */
const layers = [
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**'], message: 'src/domain holds pure rules: it imports neither the server nor the staff app.' },
            {
              group: ['fastify', 'fastify-*', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'react', 'react-*'],
              message: 'src/domain holds pure rules, without I/O or UI libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/server/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/web/**'], message: 'The server does not import the staff app; share rules through src/domain.' }] },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'fastify', 'drizzle-orm', 'pg'],
              message: 'The staff app talks to the server through the API only (types: lib/api-types).',
            },
          ],
        },
      ],
    },
  },
  {
    // bulletproof-react: a feature uses another feature only through its data hooks (api.ts); the session (auth) is app-wide.
    files: ['src/web/features/**/*.ts', 'src/web/features/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'fastify', 'drizzle-orm', 'pg'],
              message: 'The staff app talks to the server through the API only (types: lib/api-types).',
            },
            {
              regex: '^\\.\\./(?!auth/|\\.\\./)[^/]+/(?!api$).+',
              message:
                'Features do not import each other’s screens: use the other feature’s api.ts, or move shared pieces to src/web/components or src/web/lib.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tmp/', 'coverage/', 'bench/results/', 'src/server/db/migrations/', 'src/web/lib/api-schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  ...layers,
);
