// Live updates: GraphQL subscriptions over one WebSocket (graphql-transport-ws), signed in
// with the same bearer token as every request. The socket opens when a page first subscribes,
// reconnects by itself when it drops, and reports its state so pages can say so.

import { useSyncExternalStore } from 'react';
import { createClient as createSocket, type Client as SocketClient } from 'graphql-ws';
import { subscriptionExchange } from 'urql';
import { getToken, onTokenChange } from '../auth/token';
import { GRAPHQL_ENDPOINT } from './endpoint';

/** Where the live connection stands. */
export type LiveState = 'idle' | 'connecting' | 'live' | 'reconnecting';

let state: LiveState = 'idle';
let connectedOnce = false;
const listeners = new Set<() => void>();

function setState(next: LiveState) {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

/** The live connection's state, re-rendering when it moves. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

function socketUrl(): string {
  const url = new URL(GRAPHQL_ENDPOINT, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

let socket: SocketClient | null = null;

/** The live socket's client, made on first use. */
export function liveSocket(): SocketClient {
  if (!socket) {
    // The server closes a socket when the token it signed in with expires, with a code
    // graphql-ws takes as final: when the token is renewed, reconnect with the new one first.
    // Terminating is retried, and every subscription is sent again on the new socket.
    onTokenChange(() => {
      if (state === 'live') socket?.terminate();
    });
  }
  socket ??= createSocket({
    url: socketUrl(),
    lazy: true,
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Pings keep proxies from closing a quiet socket, and find a dead one.
    keepAlive: 15_000,
    // Always try again (after a dropped network, a restarted server, an expired token that the
    // page has since renewed), backing off up to about half a minute.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const wait = Math.min(30_000, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, wait));
    },
    on: {
      connecting: () => setState(connectedOnce ? 'reconnecting' : 'connecting'),
      connected: () => {
        connectedOnce = true;
        setState('live');
      },
      closed: () => setState(connectedOnce ? 'reconnecting' : 'idle'),
    },
  });
  return socket;
}

/** urql's exchange for subscriptions, over the live socket. */
export const liveExchange = subscriptionExchange({
  forwardSubscription(request) {
    const input = { ...request, query: request.query || '' };
    return {
      subscribe(sink) {
        const unsubscribe = liveSocket().subscribe(input, sink);
        return { unsubscribe };
      },
    };
  },
});
