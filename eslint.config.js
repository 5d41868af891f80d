// One lint config for the whole workspace. Type-aware rules are left out on purpose:
// they double the lint time on a 2-core CI machine for little gain over `tsc --strict`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/*.generated.ts',
      'coverage/**',
      '.stryker-tmp*/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // With noUncheckedIndexedAccess, `match[1]!` after a successful regex is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
      ],
    },
  },
  {
    files: ['scripts/**', '**/scripts/**', '*.config.*', '**/*.config.*', 'bench/**', 'test/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['widget/**', 'demo/**', 'extension/**', 'test/**', '**/*.browser.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
