// A page that follows live updates: it re-reads its query whenever its subscription delivers
// an event, and says whether it is live or reconnecting. Reading as at a past date, a page
// does not follow: the past does not change.
//
// No change is missed between the page's read and its subscription: the page reads where the
// changes stand (`liveCursor`), subscribes from there and reads itself once again, so a change
// made in between is either in that read or sent by the server. After a reconnect the
// subscription resumes from the last event heard (see `subscribeLive`).

import { useEffect, useState } from 'react';
import { useClient, useSubscription, type AnyVariables, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import { errorCode } from '../graphql/client';
import { useLiveState } from '../graphql/live';

/** How long to wait before reading the cursor again after a failed read. */
const CURSOR_RETRY_MS = 5_000;

const LiveCursorDocument = graphql(`
  query LiveCursor {
    liveCursor
  }
`);

/**
 * Follows `subscription` while `follow` holds, calling `refresh` after each event. Returns when
 * the page last heard of a change, if it has.
 */
export function useLiveRefresh<Data, Variables extends AnyVariables>(
  subscription: TypedDocumentNode<Data, Variables & { after?: string | null }>,
  variables: Variables,
  follow: boolean,
  refresh: () => void,
): Date | null {
  const client = useClient();
  const [heardAt, setHeardAt] = useState<Date | null>(null);
  // Where the subscription starts: read when the page starts following, and again when the
  // server can no longer resume from it.
  const [cursor, setCursor] = useState<string | null>(null);
  // A failed read of the cursor (the server restarting, the network down) is tried again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!follow) {
      setCursor(null);
      return;
    }
    if (cursor !== null) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    client
      .query(LiveCursorDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (!result.data) {
          retry = setTimeout(() => setAttempt((n) => n + 1), CURSOR_RETRY_MS);
          return;
        }
        setCursor(result.data.liveCursor);
        // Read after the cursor: every change up to it is in this read, every later one is sent.
        refresh();
      });
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [follow, cursor, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  const [{ data, error }] = useSubscription({
    query: subscription,
    variables: { ...variables, after: cursor },
    pause: !follow || cursor === null,
  });
  useEffect(() => {
    if (!data) return;
    setHeardAt(new Date());
    refresh();
    // `refresh` is a fresh function each render: only a new event should call it.
  }, [data]); // eslint-disable-line react-hooks/exhaustive-deps
  // Away too long to resume (a socket down for many minutes): start again from a new cursor.
  useEffect(() => {
    if (errorCode(error) === 'RESUME_TOO_FAR') setCursor(null);
  }, [error]);
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
