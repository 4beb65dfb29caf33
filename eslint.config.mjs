import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '.bench/**', '**/fixtures/**', 'scripts/**', '*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Rules are pure functions over the model: no file system, network or runner access.
    files: ['src/scanners/*/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['fs', 'node:fs', 'fs/*', 'node:fs/*', 'http', 'https', 'node:http', 'node:https', 'child_process', 'node:child_process', '@actions/*'] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
