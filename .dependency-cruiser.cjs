/**
 * DESIGN.md's architecture rules, checked by `npm test` (dependency-cruiser). Web Crypto is not an
 * import, so "only src/vault touches crypto" is checked by tests/unit/architecture/sourceRules.test.ts.
 */
const LOWER = '^src/(lib|ui|i18n|content|vault|storage|research)/';

module.exports = {
  forbidden: [
    {
      name: 'layers-point-down',
      comment: 'lib, ui, i18n, content, vault, storage and research never import features or app',
      severity: 'error',
      from: { path: LOWER },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-do-not-import-app',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'features-are-independent',
      comment: 'features never import each other; src/app composes them',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'only-storage-imports-dexie',
      severity: 'error',
      from: { pathNot: '^src/storage/' },
      to: { path: '(^|/)node_modules/dexie/' },
    },
    {
      name: 'only-vault-imports-hash-wasm',
      severity: 'error',
      from: { pathNot: '^src/vault/' },
      to: { path: '(^|/)node_modules/hash-wasm/' },
    },
    {
      name: 'ui-never-touches-data',
      comment: 'shared components are presentational: no storage, no vault',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(storage|vault)/' },
    },
    {
      name: 'research-is-pure',
      comment: 'src/research never sees vault data or free text and runs in node too: no React, Dexie, storage or vault',
      severity: 'error',
      from: { path: '^src/research/' },
      to: { path: ['^src/(storage|vault|features|app|ui)/', '(^|/)node_modules/(react|react-dom|dexie)/'] },
    },
    {
      name: 'no-barrel-files',
      comment: 'direct imports only',
      severity: 'error',
      from: {},
      to: { path: '^src/.*/index\\.tsx?$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|json)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
