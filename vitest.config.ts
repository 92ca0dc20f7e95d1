import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// The explorer runs React 19 from web/node_modules while the server keeps its own React at the root,
// so the web component tests pin react/react-dom to the explorer's copy (one React instance per test).
const webModule = (name: string): string =>
  fileURLToPath(new URL(`./web/node_modules/${name}`, import.meta.url));

// One runner for the whole repository: unit, contract, API and e2e suites live under test/.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        // graphql has a CommonJS and an ES build; Node loads the CommonJS one for the libraries
        // (graphql-tools, graphql-jit), so the sources under test must get that one too: one graphql
        // instance, as in production (two break its instanceof checks).
        resolve: {
          alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
        },
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'test/web/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['test/web/**/*.test.ts', 'test/web/**/*.test.tsx'],
          globalSetup: ['test/web/global-setup.ts'],
          server: { deps: { inline: [/@testing-library/] } },
        },
        resolve: {
          alias: [
            // The API the globalSetup starts needs the one graphql instance too (see the node project).
            { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
            // Its CommonJS entry would load the root React; its ES build goes through these aliases.
            {
              find: /^@testing-library\/react$/,
              replacement: fileURLToPath(
                new URL(
                  './node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
                  import.meta.url,
                ),
              ),
            },
            { find: /^react$/, replacement: webModule('react') },
            { find: /^react\/(.*)$/, replacement: `${webModule('react')}/$1` },
            { find: /^react-dom$/, replacement: webModule('react-dom') },
            { find: /^react-dom\/(.*)$/, replacement: `${webModule('react-dom')}/$1` },
          ],
        },
      },
    ],
  },
});
