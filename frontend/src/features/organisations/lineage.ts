// An organisation's history as a timeline: when it opened and closed, and when each of its
// relationships (outgoing and incoming, over all time) began and ended, oldest first.

import type { RelationshipKind } from '../../gql/graphql';

export interface Link {
  kind: RelationshipKind;
  validFrom?: string | null;
  validTo?: string | null;
  /** The organisation at the other end. */
  other: { id: string; name: string } | null;
}

export interface TimelineEvent {
  on: string;
  /** What happened, read before the other organisation's name. */
  text: string;
  other?: { id: string; name: string };
}

/** What an outgoing link's start and end say: "<this organisation> became part of <other>". */
const OUTGOING: Record<RelationshipKind, [begins: string, ends: string]> = {
  PART_OF: ['Became part of', 'Stopped being part of'],
  COMMISSIONED_BY: ['Began to be commissioned by', 'Stopped being commissioned by'],
  HOSTED_BY: ['Began to be hosted by', 'Stopped being hosted by'],
  SERVED_BY: ['Began to use', 'Stopped using'],
  SUCCEEDED_BY: ['Was succeeded by', 'Was succeeded by'],
};

/** What an incoming link's start and end say: "<this organisation> was joined by <other>". */
const INCOMING: Record<RelationshipKind, [begins: string, ends: string]> = {
  PART_OF: ['Joined by', 'Left by'],
  COMMISSIONED_BY: ['Began to commission', 'Stopped commissioning'],
  HOSTED_BY: ['Began to host', 'Stopped hosting'],
  SERVED_BY: ['Began to serve', 'Stopped serving'],
  SUCCEEDED_BY: ['Succeeded', 'Succeeded'],
};

/**
 * The dated events, oldest first; on one day, opening comes first and closing last. A link
 * without dates is not an event (the page's hierarchy lists it). A succession is one event, on
 * the day it took effect (the predecessor's closing day when the link has no start).
 */
export function timeline(
  org: { openedOn?: string | null; closedOn?: string | null },
  outgoing: readonly Link[],
  incoming: readonly Link[],
): TimelineEvent[] {
  const events: (TimelineEvent & { order: number })[] = [];
  if (org.openedOn) events.push({ on: org.openedOn, text: 'Opened', order: 0 });
  const add = (links: readonly Link[], words: typeof OUTGOING, closesThis: boolean) => {
    for (const l of links) {
      if (!l.other) continue;
      const [begins, ends] = words[l.kind];
      if (l.kind === 'SUCCEEDED_BY') {
        const on = l.validFrom ?? (closesThis ? org.closedOn : null);
        if (on) events.push({ on, text: begins, other: l.other, order: 1 });
        continue;
      }
      if (l.validFrom) events.push({ on: l.validFrom, text: begins, other: l.other, order: 1 });
      if (l.validTo) events.push({ on: l.validTo, text: ends, other: l.other, order: 1 });
    }
  };
  add(outgoing, OUTGOING, true);
  add(incoming, INCOMING, false);
  if (org.closedOn) events.push({ on: org.closedOn, text: 'Closed', order: 2 });
  return events.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order).map(({ order: _order, ...event }) => event);
}
