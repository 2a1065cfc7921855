// GraphiQL, bundled into the front end (no CDN: it works on a closed network), sending the
// signed-in token. Loaded on demand: its editor is heavy.

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './graphiql.css';
import { useEffect, useMemo, useRef } from 'react';
import { getToken } from '../../auth/token';
import { usePageTitle } from '../../components/usePageTitle';
import { keepGraphiQLAccessible } from './graphiqlAccessibility';

const EXAMPLE = `# Realise's GraphQL API. Press the run button (or Ctrl-Enter).
query Programmes {
  viewer { name role }
  programmes(first: 5) {
    edges { node { name status benefits(first: 3) { totalCount } } }
  }
}
`;

export function GraphiQLPage() {
  usePageTitle('GraphiQL');
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: `${window.location.origin}/graphql`,
        headers: { Authorization: `Bearer ${getToken() ?? ''}` },
      }),
    [],
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => (box.current ? keepGraphiQLAccessible(box.current) : undefined), []);
  return (
    <div className="app-graphiql" ref={box}>
      <h1 className="nhsuk-u-visually-hidden">GraphiQL</h1>
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
    </div>
  );
}
