// For partner developers: the endpoint, tokens, limits, the schema, and a typed client.

import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../components/usePageTitle';

export function DevelopersPage() {
  usePageTitle('Developers');
  const origin = window.location.origin;
  return (
    <>
      <h1>The Realise GraphQL API</h1>
      <p>Everything in Realise is one GraphQL graph: the pages you see here use the same API that partner tools use.</p>
      <h2>Endpoint</h2>
      <p>
        <code>POST {origin}/graphql</code> with a JSON body <code>{'{"query": "...", "variables": {...}}'}</code>.
      </p>
      <p>
        <Link className="nhsuk-button" to="/graphiql">
          Open GraphiQL
        </Link>{' '}
        <a className="nhsuk-button nhsuk-button--secondary" href="/schema.graphql" download>
          Download schema.graphql
        </a>
      </p>
      <h2>Tokens</h2>
      <p>
        Every request carries <code>Authorization: Bearer TOKEN</code>. Partner tools get a read-only PARTNER token from their
        Realise administrator (<code>realise token --role PARTNER --sub my-tool --ttl 12h</code>). Without a valid token the
        answer is HTTP 401 with the code <code>UNAUTHENTICATED</code>.
      </p>
      <h2>Limits</h2>
      <ul>
        <li>Queries may be at most 15 levels deep and cost at most 50,000 points; over either, nothing runs.</li>
        <li>
          A field costs 1, a list its page size times what each item selects, and each distinct date of derived figures (
          <code>realisation</code>, <code>ownership</code>, <code>register</code>, <code>coverage</code>) 2,500 more. Every answer
          says what it cost in <code>extensions.cost</code>.
        </li>
        <li>
          Each token has a budget of 1,000,000 points that refills at 10,000 a second. Over budget, the answer is HTTP 429 with{' '}
          <code>Retry-After</code> and a <code>THROTTLED</code> error.
        </li>
        <li>
          A request runs for at most 10 seconds (<code>TIMEOUT</code>, HTTP 503); a response carries at most 50 errors.
        </li>
        <li>
          Lists are Relay connections: <code>first</code> is at most 100 (default 20); page on with{' '}
          <code>after: pageInfo.endCursor</code>.
        </li>
      </ul>
      <h2>A typed client with graphql-codegen</h2>
      <p>Generate TypeScript types for your queries from the schema:</p>
      <pre className="app-code">
        <code>{`npm install --save-dev @graphql-codegen/cli @graphql-codegen/client-preset
curl -o schema.graphql ${origin}/schema.graphql

# codegen.ts
import type { CodegenConfig } from '@graphql-codegen/cli';
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.ts'],
  generates: { 'src/gql/': { preset: 'client' } },
};
export default config;

# src/trust.ts
import { graphql } from './gql';
export const Trust = graphql(\`
  query Trust($ods: String!) {
    organisation(odsCode: $ods) {
      name
      commitments(first: 20) { edges { node { status progress { rag } } } }
    }
  }
\`);

npx graphql-codegen   # then send Trust with any GraphQL client: result and variables are typed`}</code>
      </pre>
    </>
  );
}
