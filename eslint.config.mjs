// Lint rules that catch the faults we care about: unawaited promises and switches that miss a case.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-output/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The solver is a pure library (DESIGN.md): no framework, no database, nothing of the modules that
  // use it. Relative imports may not climb out of src/solver.
  ...[
    ['src/solver/*.ts', '../*'],
    ['src/solver/*/*.ts', '../../*'],
    ['src/solver/*/*/*.ts', '../../../*'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'pg-boss', 'express', outside],
              message:
                'src/solver imports nothing from Nest, TypeORM, the database or the modules.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    // CommonJS files load each other with require() by nature.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
