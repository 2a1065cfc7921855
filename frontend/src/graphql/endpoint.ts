// Where the GraphQL API is served: over HTTP for reads and writes, and over a WebSocket for
// live updates.
export const GRAPHQL_ENDPOINT = '/graphql';
