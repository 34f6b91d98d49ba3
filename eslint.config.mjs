import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noSimulator = {
  group: ['@/sim/*', '**/sim/*'],
  message: 'the app never imports the simulator',
};
const noTesting = {
  group: ['@/lib/testing/*', '**/lib/testing/*', '../testing/*', '../../testing/*'],
  message: 'test-only code (fakes, test servers) is for tests, never for production code',
};
const noServer = {
  group: [
    ...['@/lib/server/*', '@/lib/auth/*', '@/app/*', '**/lib/server/*', '**/lib/auth/*'],
    ...['../server/*', '../../server/*', '../auth/*', '../../auth/*'],
  ],
  message: 'providers and lib/upstream never import the server or auth: pass it in the CallContext',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The simulator is a separate program: it must never reach into the app.
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@/*', '../lib/*', '../../lib/*', '../app/*'] },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noSimulator] }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'lib/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noSimulator, noTesting] }],
    },
  },
  {
    // Adapters and upstream HTTP are server-agnostic: what they need comes in the CallContext.
    files: ['lib/providers/**/*.ts', 'lib/upstream/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noSimulator, noTesting, noServer] }],
    },
  },
]);
