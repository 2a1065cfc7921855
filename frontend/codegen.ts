// Generates the typed GraphQL documents in src/gql/ from the server's exported schema
// (`schema.graphql` at the repository root) and every `graphql(...)` call under src/.
// `npm run codegen` regenerates; the test command fails when src/gql/ is out of date.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          Date: 'string',
          Timestamp: 'string',
          Pence: 'number',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
