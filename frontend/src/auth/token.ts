// The bearer token, kept in localStorage so it survives a reload. A sign-in link
// (`/?token=...`, printed by `realise serve --dev`) or the sign-in page puts it there; a token
// the server refuses takes the browser back to the sign-in page with the server's reason.

import { useSyncExternalStore } from 'react';

export const TOKEN_KEY = 'realise.token';

type Listener = () => void;
const listeners = new Set<Listener>();
let signedOutBecause: string | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

export function getToken(): string | null {
  const value = storage()?.getItem(TOKEN_KEY)?.trim();
  return value ? value : null;
}

/** Saves the token (a blank value clears it) and tells subscribers. */
export function setToken(value: string | null): void {
  const s = storage();
  const trimmed = value?.trim().replace(/^Bearer\s+/i, '') ?? '';
  if (s) {
    if (trimmed) s.setItem(TOKEN_KEY, trimmed);
    else s.removeItem(TOKEN_KEY);
  }
  if (trimmed) signedOutBecause = null;
  listeners.forEach((l) => l());
}

/** Forgets the token; `reason` (the server's message) is shown on the sign-in page. */
export function signOut(reason: string | null = null): void {
  if (!getToken()) return;
  signedOutBecause = reason;
  setToken(null);
}

/** Signs out here, and at the identity provider when the browser signed in through one. */
export async function signOutEverywhere(): Promise<void> {
  if (storage()?.getItem('realise.provider')) {
    const { signOutAtProvider } = await import('./oidc');
    await signOutAtProvider();
    return;
  }
  setToken(null);
}

/** Shows the sign-in page with `reason`, whatever token the browser holds. */
export function refuseSignIn(reason: string): void {
  signedOutBecause = reason;
  setToken(null);
}

/** Why the browser was signed out, when the server refused its token. */
export function signOutReason(): string | null {
  return signedOutBecause;
}

/** Calls `listener` whenever the token changes (renewed, signed in or out); returns the undo. */
export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const subscribe = onTokenChange;

/** The current token, re-rendering when it changes. */
export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, () => null);
}

/**
 * Takes a token from the page's `?token=` parameter (a sign-in link), keeps it, and removes it
 * from the address bar so it is neither bookmarked nor shared by accident.
 */
export function adoptTokenFromUrl(): void {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  setToken(token);
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.toString());
}
