// Lint rules that catch the faults we care about: unawaited promises and switches that miss a case.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** no-restricted-imports for a file `depth` folders below src/ (see "Module boundaries" below). */
function boundaries(depth, { spec = false, config = false, root = false }) {
  const toSrc = depth === 0 ? '\\./' : `(\\.\\./){${depth}}`;
  const entryPoints = [
    '[^/]+/index\\.js$',
    'solver/matching/index\\.js$',
    ...(spec ? ['[^/]+/testing\\.js$'] : []),
    ...(config ? ['[^/]+/[^/]+\\.config\\.js$'] : []),
  ];
  const patterns = [
    {
      regex: `^${toSrc}(?!common/|${entryPoints.join('|')})[^./][^/]*/`,
      message:
        "Another module's internals: import its entry point (src/<module>/index.ts), or export what you need from it there.",
    },
  ];
  if (depth > 0) {
    if (!root) {
      patterns.push({
        regex: `^${toSrc}[^/]+\\.js$`,
        message: 'A module never imports the composition roots (src/*.ts).',
      });
    }
    patterns.push({
      regex: '^(\\.\\.?/)+index\\.js$',
      message: "Import the file itself: the module's own index would import this file back.",
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

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
  // Module boundaries: a module under src/ (src/<name>/) is used by the others only through its
  // entry point, src/<name>/index.ts, which exports what they may use; everything else in it is
  // private and can change without touching another module. Exceptions, each for a reason:
  //  - src/common is the shared kernel (errors, clock and time zone, text, logger, environment
  //    parsers): anything may import its files by path;
  //  - src/solver/matching/index.ts is the solver's second library (priority-appointment matching);
  //  - src/config may import each module's <name>.config.ts (its configuration shape): the
  //    configuration is composed and validated before, and without loading, the modules;
  //  - specs may import a module's testing.ts (its fixtures for other modules' tests).
  // Inside a module, import the file itself, never the module's own index (a cycle). The composition
  // roots (src/*.ts, src/database/entities.ts) follow the same rule. The patterns are per depth
  // because they match the relative path as written; src/module-boundaries.spec.ts checks them.
  ...[0, 1, 2, 3].flatMap((depth) => {
    const dirs = '*/'.repeat(depth);
    return [
      { files: [`src/${dirs}*.ts`], rules: boundaries(depth, {}) },
      { files: [`src/${dirs}*.spec.ts`], rules: boundaries(depth, { spec: true }) },
    ];
  }),
  { files: ['src/config/*.ts'], rules: boundaries(1, { config: true }) },
  // src/openapi documents the whole service, so like a composition root it loads the app module.
  { files: ['src/openapi/*.ts'], rules: boundaries(1, { root: true }) },
  { files: ['src/openapi/*.spec.ts'], rules: boundaries(1, { root: true, spec: true }) },
  { files: ['src/config/*.spec.ts'], rules: boundaries(1, { config: true, spec: true }) },
  // The solver is a pure library (DESIGN.md): no framework, no database, nothing of the modules that
  // use it. Relative imports may not climb out of src/solver (stricter than the boundaries above).
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
