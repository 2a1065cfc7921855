// A small typed fetch wrapper for the GraphQL endpoint: POST {query, variables} to /graphql,
// read `data` and `errors`. No client library: the pages need no cache beyond React state.

import { getToken } from './token';

export const GRAPHQL_ENDPOINT = '/graphql';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/** A request that produced no data: transport failure, HTTP error or GraphQL errors. */
export class GraphQLRequestError extends Error {
  readonly errors: GraphQLErrorEntry[];
  readonly status: number | null;

  constructor(errors: GraphQLErrorEntry[], status: number | null = null) {
    super(errors.map(describeError).join('; ') || 'Request failed');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
  }

  /** The first `extensions.code`, e.g. UNAUTHENTICATED. */
  get code(): string | null {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code ?? null;
  }
}

/** "message (CODE)" for one error. */
export function describeError(error: GraphQLErrorEntry): string {
  const code = error.extensions?.code;
  return code ? `${error.message} (${code})` : error.message;
}

/** What a successful request returns: the data and any errors that came with partial data. */
export interface GraphQLResult<T> {
  data: T;
  errors: GraphQLErrorEntry[];
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Override for tests. */
  fetchImpl?: typeof fetch;
  token?: string | null;
}

export function requestHeaders(token: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/**
 * Runs one GraphQL operation. Resolves with `data` (and any partial errors); rejects with a
 * GraphQLRequestError when there is no data. Variables that are `undefined` are left out, so
 * the server's defaults apply.
 */
export async function graphqlRequest<T, V extends object = Record<string, unknown>>(
  query: string,
  variables?: V,
  options: RequestOptions = {},
): Promise<GraphQLResult<T>> {
  const doFetch = options.fetchImpl ?? fetch;
  const token = options.token === undefined ? getToken() : options.token;
  let response: Response;
  try {
    response = await doFetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: requestHeaders(token),
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new GraphQLRequestError([
      { message: `Could not reach the server: ${(err as Error)?.message ?? String(err)}`, extensions: { code: 'NETWORK' } },
    ]);
  }

  const text = await response.text();
  let body: GraphQLResponse<T> | null = null;
  try {
    body = text ? (JSON.parse(text) as GraphQLResponse<T>) : null;
  } catch {
    body = null;
  }

  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (body && body.data !== undefined && body.data !== null) {
    return { data: body.data, errors };
  }
  if (errors.length > 0) throw new GraphQLRequestError(errors, response.status);
  const snippet = text.trim().slice(0, 200);
  throw new GraphQLRequestError(
    [
      {
        message: `HTTP ${response.status} ${response.statusText}${snippet ? `: ${snippet}` : ''}`.trim(),
        extensions: { code: `HTTP_${response.status}` },
      },
    ],
    response.status,
  );
}
