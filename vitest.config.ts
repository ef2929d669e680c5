import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; type-graphql and Apollo must share one realm.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Against Neo4j every file shares one database, so files run one after another.
    fileParallelism: !process.env.NEO4J_URI,
    setupFiles: ['reflect-metadata'],
    globalSetup: ['tests/support/global-setup.ts'],
    // The JSON report is what .ci/run counts to print its `N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
