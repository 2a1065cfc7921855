import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, graphqlRequest, requestHeaders } from './client';

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body: string, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/graphql-response+json' } });
  }) as unknown as typeof fetch;
}

describe('requestHeaders', () => {
  it('asks for GraphQL-over-HTTP responses and adds the bearer token only when there is one', () => {
    expect(requestHeaders(null)).toEqual({
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    });
    expect(requestHeaders('abc').Authorization).toBe('Bearer abc');
  });
});

describe('graphqlRequest', () => {
  it('posts the query and variables to /graphql and returns data', async () => {
    const calls: Call[] = [];
    const fetchImpl = fakeFetch(200, JSON.stringify({ data: { programmes: { totalCount: 3 } } }), calls);
    const result = await graphqlRequest<{ programmes: { totalCount: number } }>(
      'query { programmes { totalCount } }',
      { first: 5 },
      { fetchImpl, token: 'tok' },
    );
    expect(result).toEqual({ data: { programmes: { totalCount: 3 } }, errors: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({
      query: 'query { programmes { totalCount } }',
      variables: { first: 5 },
    });
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('returns partial data together with its errors', async () => {
    const body = { data: { node: { name: 'x', email: null } }, errors: [{ message: 'no', path: ['node', 'email'], extensions: { code: 'FORBIDDEN' } }] };
    const result = await graphqlRequest('q', {}, { fetchImpl: fakeFetch(200, JSON.stringify(body)), token: null });
    expect(result.data).toEqual(body.data);
    expect(result.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('throws GraphQL errors with their codes when there is no data', async () => {
    const body = { data: null, errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    const err = await graphqlRequest('q', {}, { fetchImpl: fakeFetch(401, JSON.stringify(body)), token: null }).catch((e) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.status).toBe(401);
    expect(err.message).toBe('Token expired (UNAUTHENTICATED)');
  });

  it('reports an HTTP error that is not GraphQL', async () => {
    const err = await graphqlRequest('q', {}, { fetchImpl: fakeFetch(502, '<html>Bad gateway</html>'), token: null }).catch((e) => e);
    expect(err).toBeInstanceOf(GraphQLRequestError);
    expect(err.code).toBe('HTTP_502');
    expect(err.message).toContain('HTTP 502');
    expect(err.message).toContain('Bad gateway');
  });

  it('reports an unreachable server as a network error', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const err = await graphqlRequest('q', {}, { fetchImpl, token: null }).catch((e) => e);
    expect(err.code).toBe('NETWORK');
    expect(err.message).toContain('Failed to fetch');
  });

  it('lets an aborted request reject as an AbortError', async () => {
    const fetchImpl = (async () => {
      throw new DOMException('aborted', 'AbortError');
    }) as unknown as typeof fetch;
    const err = await graphqlRequest('q', {}, { fetchImpl, token: null }).catch((e) => e);
    expect(err.name).toBe('AbortError');
  });
});
