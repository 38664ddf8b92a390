// @ts-check
/**
 * Lint rules that catch defects, not taste (Prettier owns the form): promises nobody awaits, unused
 * code, `any` leaking through typed code, and the accessibility rules of eslint-plugin-astro's
 * jsx-a11y set for `.astro` markup. Type-aware rules read tsconfig.json through the project service.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', '.cache/', 'node_modules/', 'content/', 'demo/', 'test/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // A promise nobody awaits loses its error: a build step or a test that "passes" while failing.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `any` switches the type checker off for everything it touches.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // In `.astro` templates the linter cannot resolve the type of JSX elements (astro-eslint-parser
    // reports them as the `error` type), so every `.map(() => <li>…)` would read as an unsafe `any`.
    // The frontmatter is still type-checked by `astro check`; explicit `any` stays forbidden.
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service: it reads tsconfig.json itself.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // Tables that phones show stacked (display: block) restate their roles, because changing a
      // table's display drops its semantics in some browsers (Safari); html-validate allows the same.
      'astro/jsx-a11y/no-redundant-roles': [
        'error',
        { nav: ['navigation'], table: ['table'], thead: ['rowgroup'], tbody: ['rowgroup'], tfoot: ['rowgroup'] },
      ],
      'astro/jsx-a11y/no-interactive-element-to-noninteractive-role': [
        'error',
        { tr: ['none', 'presentation', 'row'], th: ['columnheader', 'rowheader', 'cell'], td: ['cell'] },
      ],
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (configs) is not part of the TypeScript project: no type-aware rules there.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
