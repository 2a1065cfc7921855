// A tiny hash router: "#/organisations/ID?asAt=2012-04-01". Hash routes need nothing from the
// server (it serves index.html at `/`) and keep the dependencies lean.

import { useEffect, useState } from 'react';

export type Route =
  | { name: 'programmes' }
  | { name: 'programme'; id: string; asAt: string | null }
  | { name: 'organisations'; q: string; kind: string; status: string }
  | { name: 'organisation'; id: string; asAt: string | null }
  | { name: 'organisationByOdsCode'; odsCode: string; asAt: string | null }
  | { name: 'services'; lifecycle: string }
  | { name: 'service'; id: string }
  | { name: 'notFound'; path: string };

/** The section of the site a route belongs to, for the navigation's `aria-current`. */
export type Section = 'programmes' | 'organisations' | 'services' | null;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Parses `location.hash` ("#/services/abc?x=1", "#", "") into a route. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const mark = raw.indexOf('?');
  const pathPart = mark < 0 ? raw : raw.slice(0, mark);
  const queryPart = mark < 0 ? '' : raw.slice(mark + 1);
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter((s) => s.length > 0).map(decode);
  if (segments.some((s) => s === null)) return { name: 'notFound', path: pathPart };
  const [first, second, ...rest] = segments as string[];
  const asAt = query.get('asAt') || null;

  if (rest.length > 0) return { name: 'notFound', path: pathPart };
  if (first === undefined || (first === 'programmes' && second === undefined)) return { name: 'programmes' };
  if (first === 'programmes' && second) return { name: 'programme', id: second, asAt };
  if (first === 'organisations' && second === undefined) {
    return {
      name: 'organisations',
      q: query.get('q') ?? '',
      kind: query.get('kind') ?? '',
      status: query.get('status') ?? '',
    };
  }
  if (first === 'organisations' && second) return { name: 'organisation', id: second, asAt };
  if (first === 'ods' && second) return { name: 'organisationByOdsCode', odsCode: second, asAt };
  if (first === 'services' && second === undefined) return { name: 'services', lifecycle: query.get('lifecycle') ?? '' };
  if (first === 'services' && second) return { name: 'service', id: second };
  return { name: 'notFound', path: pathPart };
}

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

const enc = encodeURIComponent;

/** Builders for every link in the app, so paths are spelled once. */
export const href = {
  programmes: () => '#/',
  programme: (id: string, asAt?: string | null) => withQuery(`#/programmes/${enc(id)}`, { asAt }),
  organisations: (f: { q?: string; kind?: string; status?: string } = {}) =>
    withQuery('#/organisations', { q: f.q, kind: f.kind, status: f.status }),
  organisation: (id: string, asAt?: string | null) => withQuery(`#/organisations/${enc(id)}`, { asAt }),
  organisationByOdsCode: (odsCode: string, asAt?: string | null) => withQuery(`#/ods/${enc(odsCode)}`, { asAt }),
  services: (lifecycle?: string) => withQuery('#/services', { lifecycle }),
  service: (id: string) => `#/services/${enc(id)}`,
};

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'programmes':
    case 'programme':
      return 'programmes';
    case 'organisations':
    case 'organisation':
    case 'organisationByOdsCode':
      return 'organisations';
    case 'services':
    case 'service':
      return 'services';
    default:
      return null;
  }
}

/** Goes to a hash route; `replace` keeps typing in a search box out of the history. */
export function navigate(target: string, replace = false): void {
  if (replace) {
    history.replaceState(history.state, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target.replace(/^#/, '');
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
