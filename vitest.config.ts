import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the `@bindsafe/source` condition,
// so tests run against `src/` without a build step.
const conditions = ['@bindsafe/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'fixtures/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
