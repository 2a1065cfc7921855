// The one GraphQL client: urql with its document cache. After a mutation, every cached query
// whose result holds an object of a __typename the mutation returned is fetched again, so
// what changed is refreshed everywhere it shows. Every request carries the bearer token; a
// refused token signs the browser out with the server's reason. Subscriptions go over the live
// socket (`live.ts`).

import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { getToken, signOut } from '../auth/token';
import { liveExchange } from './live';

import { GRAPHQL_ENDPOINT } from './endpoint';

export { GRAPHQL_ENDPOINT };

/** The first `extensions.code` of an error (e.g. UNAUTHENTICATED, FORBIDDEN), if any. */
export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** A person-readable sentence for a failed request: the server's own messages. */
export function errorMessage(error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return 'Could not reach the Realise server. Check your connection and try again.';
  }
  return error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
}

function unauthenticated(error: CombinedError): boolean {
  return error.response?.status === 401 || errorCode(error) === 'UNAUTHENTICATED';
}

export function createClient(): Client {
  return new Client({
    url: GRAPHQL_ENDPOINT,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (unauthenticated(error)) signOut(errorMessage(error));
        },
      }),
      fetchExchange,
      liveExchange,
    ],
    fetchOptions: () => {
      const token = getToken();
      return {
        headers: {
          Accept: 'application/graphql-response+json, application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      };
    },
  });
}
