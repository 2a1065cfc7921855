// Live updates: GraphQL subscriptions over one WebSocket (graphql-transport-ws), signed in
// with the same bearer token as every request. The socket opens when a page first subscribes,
// reconnects by itself when it drops, and reports its state so pages can say so.

import { useSyncExternalStore } from 'react';
import {
  createClient as createSocket,
  type Client as SocketClient,
  type FormattedExecutionResult,
  type Sink,
  type SubscribePayload,
} from 'graphql-ws';
import { subscriptionExchange } from 'urql';
import { getToken, onTokenChange } from '../auth/token';
import { GRAPHQL_ENDPOINT } from './endpoint';

/** Where the live connection stands. */
export type LiveState = 'idle' | 'connecting' | 'live' | 'reconnecting';

let state: LiveState = 'idle';
/** Subscriptions open now: a socket that closes while any is open is reconnecting. */
let following = 0;
const listeners = new Set<() => void>();

/** How long the socket stays open after the last subscription ends, so that moving from one
 * live page to the next keeps it rather than closing it and opening another. */
export const KEEP_OPEN_MS = 10_000;

function setState(next: LiveState) {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

/** The live connection's state now. */
export function currentLiveState(): LiveState {
  return state;
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
    lazyCloseTimeout: KEEP_OPEN_MS,
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
      connecting: () => setState(state === 'reconnecting' ? 'reconnecting' : 'connecting'),
      connected: () => setState('live'),
      // Closed with nothing open (the last page stopped following) is idle, not a drop.
      closed: () => setState(following > 0 ? 'reconnecting' : 'idle'),
    },
  });
  return socket;
}

/** The id of the event a subscription delivered (its root field's `eventId`), if it has one. */
export function eventIdOf(value: FormattedExecutionResult<unknown, unknown>): string | null {
  const data = value.data;
  if (!data || typeof data !== 'object') return null;
  const [event] = Object.values(data as Record<string, unknown>);
  const id = event && typeof event === 'object' ? (event as { eventId?: unknown }).eventId : undefined;
  return typeof id === 'string' ? id : null;
}

/**
 * Subscribes over the live socket, counting the subscription while it is open. A subscription
 * whose variables include `after` resumes: its `after` moves to each event heard, and
 * graphql-ws sends this same payload again when it reconnects, so the server sends what was
 * missed while the socket was down, and nothing twice.
 */
export function subscribeLive<Data, Extensions>(
  payload: SubscribePayload,
  sink: Sink<FormattedExecutionResult<Data, Extensions>>,
): () => void {
  following += 1;
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    following -= 1;
  };
  const variables = payload.variables ? { ...payload.variables } : payload.variables;
  const resumable = !!variables && 'after' in variables;
  const unsubscribe = liveSocket().subscribe<Data, Extensions>(
    { ...payload, variables },
    {
      next: (value) => {
        const id = eventIdOf(value);
        if (resumable && variables && id) variables.after = id;
        sink.next(value);
      },
      error: (error) => {
        close();
        sink.error(error);
      },
      complete: () => {
        close();
        sink.complete();
      },
    },
  );
  return () => {
    close();
    unsubscribe();
  };
}

/** urql's exchange for subscriptions, over the live socket. */
export const liveExchange = subscriptionExchange({
  forwardSubscription(request) {
    const input = { ...request, query: request.query || '' };
    return {
      subscribe(sink) {
        const unsubscribe = subscribeLive(input, sink);
        return { unsubscribe };
      },
    };
  },
});
