// GraphQL Code Generator (`npm run codegen`; `npm run codegen:check` fails on stale output): types from
// the API's schema, the one contract of the GraphQL boundary — the resolver types of the server and
// the explorer's typed documents. Generated files (`generated/`, outside Biome) are committed and never
// edited by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const SCHEMA = 'server/src/graphql/schema.graphql';

// Enums as `const` objects: the explorer lists their values (labels, forces, dimensions) in schema order.
const shared = {
  enumsAsConst: true,
  namingConvention: { enumValues: 'keep' },
  scalars: { JSON: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' } },
  useTypeImports: true,
} as const;

const config: CodegenConfig = {
  schema: SCHEMA,
  // schema order, not sorted: the enums' order is the legend's and the filters' order
  config: { sort: false },
  generates: {
    'server/src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: { ...shared },
    },
    // the enums' values, for the explorer's lists (the client preset gives their types only)
    'web/src/api/generated/enums.ts': {
      plugins: ['typescript'],
      config: { ...shared, onlyEnums: true },
    },
    'web/src/api/generated/': {
      documents: 'web/src/api/queries.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { ...shared, documentMode: 'string', skipTypename: true, avoidOptionals: true },
    },
  },
};

export default config;
