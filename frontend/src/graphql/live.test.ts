import { beforeAll, describe, expect, it, vi } from 'vitest';
import { stubLocalStorage } from '../testing/storage';
import type { ClientOptions, Sink, SubscribePayload } from 'graphql-ws';

// The socket client is graphql-ws's: what is checked here is what Realise asks of it.
const terminate = vi.fn();
let options: ClientOptions | undefined;
// The payload and sink of the last subscription graphql-ws was given.
let subscribed: { payload: SubscribePayload; sink: Sink } | undefined;
vi.mock('graphql-ws', () => ({
  createClient: (given: ClientOptions) => {
    options = given;
    const subscribe = (payload: SubscribePayload, sink: Sink) => {
      subscribed = { payload, sink };
      return () => {};
    };
    return { subscribe, terminate, dispose: () => {}, on: () => () => {}, iterate: () => {} };
  },
}));

const { liveSocket, subscribeLive, currentLiveState, eventIdOf, KEEP_OPEN_MS } = await import('./live');
const { setToken } = await import('../auth/token');

beforeAll(() => {
  vi.stubGlobal('window', { location: { href: 'https://realise.example/programmes/1' } });
  stubLocalStorage();
});

describe('the live socket', () => {
  it('connects to /graphql on the page’s host, over wss for https, signed in with the current token', async () => {
    liveSocket();
    expect(options?.url).toBe('wss://realise.example/graphql');
    setToken('first-token');
    const params = typeof options?.connectionParams === 'function' ? await options.connectionParams() : null;
    expect(params).toEqual({ authorization: 'Bearer first-token' });
  });

  it('reconnects with a renewed token while connected, and only then', () => {
    const on = options?.on;
    terminate.mockClear();
    on?.connected?.({} as never, undefined, false);
    setToken('renewed-token');
    expect(terminate).toHaveBeenCalledTimes(1);

    on?.closed?.({});
    setToken('renewed-again');
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('always tries again, backing off to about half a minute', async () => {
    expect(options?.retryAttempts).toBe(Infinity);
    expect(options?.shouldRetry?.({})).toBe(true);
  });

  it('keeps the socket open between pages, and says reconnecting only when it drops with a page following', () => {
    liveSocket();
    const on = options?.on;
    expect(options?.lazyCloseTimeout).toBe(KEEP_OPEN_MS);
    const sink = { next: () => {}, error: () => {}, complete: () => {} };

    const stop = subscribeLive({ query: 'subscription { a }' }, sink);
    on?.connecting?.(false);
    expect(currentLiveState()).toBe('connecting');
    on?.connected?.({} as never, undefined, false);
    expect(currentLiveState()).toBe('live');
    // The network drops while the page follows.
    on?.closed?.({});
    expect(currentLiveState()).toBe('reconnecting');
    on?.connecting?.(true);
    expect(currentLiveState()).toBe('reconnecting');
    on?.connected?.({} as never, undefined, true);
    expect(currentLiveState()).toBe('live');

    // The last page stops following and the socket is closed after the wait: idle, then a
    // new page connects afresh.
    stop();
    stop();
    on?.closed?.({});
    expect(currentLiveState()).toBe('idle');
    subscribeLive({ query: 'subscription { b }' }, sink);
    on?.connecting?.(false);
    expect(currentLiveState()).toBe('connecting');
  });

  it('resumes a subscription from the last event heard when graphql-ws sends it again', () => {
    const heard: unknown[] = [];
    const sink = { next: (value: unknown) => heard.push(value), error: () => {}, complete: () => {} };
    const variables = { programme: 'P1', after: '40:37' };
    const stop = subscribeLive({ query: 'subscription { realisationChanged { eventId } }', variables }, sink);
    const sent = subscribed?.payload;
    expect(sent?.variables).toEqual({ programme: 'P1', after: '40:37' });
    const event = { data: { realisationChanged: { eventId: '42', changes: 1 } } };
    subscribed?.sink.next(event);
    // What a reconnect sends again resumes after event 42; the page's own variables are kept.
    expect(sent?.variables).toEqual({ programme: 'P1', after: '42' });
    expect(variables.after).toBe('40:37');
    expect(heard).toEqual([event]);
    stop();

    // A subscription that does not resume is sent as it was given.
    subscribeLive({ query: 'subscription { a { eventId } }', variables: { x: 1 } }, sink);
    subscribed?.sink.next({ data: { a: { eventId: '43' } } });
    expect(subscribed?.payload.variables).toEqual({ x: 1 });
  });
});

describe('an event’s id', () => {
  it.each([
    [{ data: { measurementRecorded: { eventId: '7', value: 1 } } }, '7'],
    [{ data: { commitmentChanged: { change: 'STATUS' } } }, null],
    [{ data: null }, null],
    [{ errors: [{ message: 'no' }] }, null],
  ])('of %j is %s', (value, id) => {
    expect(eventIdOf(value as never)).toBe(id);
  });
});
