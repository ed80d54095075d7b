// Lint for the SPA: TypeScript's and React's rules, and the boundaries between features.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The shared content kernel: every feature may use it, as it may use components, i18n, api and app. */
const KERNEL = 'content';
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A feature imports only itself and the shared places. Where two features
 * need one piece, that piece moves to a shared place instead of being allowed here.
 */
const featureBoundaries = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: feature === KERNEL ? [`./${KERNEL}`] : [`./${feature}`, `./${KERNEL}`],
    message: `features/${feature} may not import another feature: move what both need to features/${KERNEL}, src/components, src/i18n or src/api.`,
  })),
  {
    target: ['./src/components', './src/i18n', './src/api'],
    from: './src/features',
    message: 'Shared code does not depend on a feature.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: featureBoundaries }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    rules: {
      // Pages compare times with the present on purpose (a session has started, a deadline
      // has passed); a re-render that sees a later "now" shows what is true by then.
      'react-hooks/purity': 'off',
    },
  },
  {
    files: ['eslint.config.js', 'vite.config.ts', 'vite-plugins/**'],
    languageOptions: { globals: globals.node },
  },
);
