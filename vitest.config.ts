import { defineConfig } from 'vitest/config';

// Two projects: fast pure unit tests run in parallel; everything that touches the real
// Neo4j (integration, API, e2e) runs one file at a time against one database started
// by tests/setup/global-neo4j.ts (after tests/setup/global-chromium.ts has checked that the
// browser tests have a Chromium).
export default defineConfig({
  // graphql ships CommonJS and ESM builds; Node loads the CommonJS one for Pothos and Apollo, so the
  // code under test must use the same copy ("Cannot use GraphQLObjectType from another module").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'server/**/*.test.ts',
            'seed/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'client/src/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'tests/integration/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/reliability/**/*.test.ts',
            'tests/e2e/**/*.test.ts',
          ],
          globalSetup: ['tests/setup/global-chromium.ts', 'tests/setup/global-neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
