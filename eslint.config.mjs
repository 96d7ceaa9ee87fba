// Lint rules: typescript-eslint strict defaults plus the dependency direction of DESIGN.md:
// a lib never imports an app, mapping imports nothing of ours, one connector never imports
// another, and the sandbox and the hub never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appImports = ['**/apps/**', '@hub/app*'];
const connectorFolders = ['exact-online', 'snelstart', 'e-boekhouden'];

function forbid(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Nest reads constructor parameter types at runtime; `import type` would erase them.
    files: ['apps/hub/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  { files: ['libs/**/*.ts'], rules: forbid(appImports, 'A lib never imports an app.') },
  {
    files: ['libs/mapping/**/*.ts'],
    rules: forbid([...appImports, '@hub/connectors', '@hub/dunning', '**/libs/connectors/**', '**/libs/dunning/**'], 'libs/mapping imports nothing of ours.'),
  },
  {
    files: ['libs/dunning/**/*.ts'],
    rules: forbid([...appImports, '@hub/connectors', '**/libs/connectors/**'], 'libs/dunning may import only @hub/mapping.'),
  },
  ...connectorFolders.map((folder) => ({
    files: [`libs/connectors/src/${folder}/**/*.ts`],
    rules: forbid(
      [...appImports, ...connectorFolders.filter((other) => other !== folder).map((other) => `**/${other}/**`)],
      'A connector never imports another connector; share through libs/connectors/src/http or the port.',
    ),
  })),
  {
    files: ['apps/sandbox/**/*.ts'],
    rules: forbid(['@hub/*', '**/apps/hub/**', '**/libs/**'], 'The sandbox is a stand-in for the platforms: it imports nothing of ours.'),
  },
  {
    files: ['apps/hub/**/*.ts', 'libs/**/*.ts', 'config/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: forbid(['**/apps/sandbox/**'], 'The hub never imports the sandbox.'),
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'apps/sandbox/src/main.ts', 'apps/hub/src/main.ts', 'apps/hub/src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
