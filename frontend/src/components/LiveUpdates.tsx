// A page that follows live updates: it re-reads its query whenever its subscription delivers
// an event, and says whether it is live or reconnecting. Reading as at a past date, a page
// does not follow: the past does not change.

import { useEffect, useRef, useState } from 'react';
import { useSubscription, type AnyVariables, type TypedDocumentNode } from 'urql';
import { useLiveState } from '../graphql/live';

/**
 * Follows `subscription` while `follow` holds, calling `refresh` after each event. Returns when
 * the page last heard of a change, if it has.
 */
export function useLiveRefresh<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  follow: boolean,
  refresh: () => void,
): Date | null {
  const [heardAt, setHeardAt] = useState<Date | null>(null);
  const [{ data }] = useSubscription({ query: subscription, variables, pause: !follow });
  useEffect(() => {
    if (!data) return;
    setHeardAt(new Date());
    refresh();
    // `refresh` is a fresh function each render: only a new event should call it.
  }, [data]); // eslint-disable-line react-hooks/exhaustive-deps
  // Back from reconnecting, read again once: changes made while the socket was down were not
  // heard.
  const state = useLiveState();
  const previous = useRef(state);
  useEffect(() => {
    const wasDown = previous.current === 'reconnecting';
    previous.current = state;
    if (follow && wasDown && state === 'live') refresh();
  }, [state]); // eslint-disable-line react-hooks/exhaustive-deps
  return heardAt;
}

/** One line saying whether the page is following live updates. */
export function LiveStatus({ follow, heardAt }: { follow: boolean; heardAt: Date | null }) {
  const state = useLiveState();
  if (!follow) return null;
  const text =
    state === 'live'
      ? 'Live: changes appear here as they are made.'
      : state === 'reconnecting'
        ? 'Reconnecting to live updates… the figures shown may be out of date.'
        : 'Connecting to live updates…';
  return (
    <p className={`app-live app-live--${state}`} role="status" data-testid="live-status">
      {text}
      {heardAt && state === 'live' && <> Last change at {heardAt.toLocaleTimeString('en-GB')}.</>}
    </p>
  );
}
