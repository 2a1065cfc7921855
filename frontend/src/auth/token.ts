// The bearer token, kept in localStorage so it survives a reload. The API answers nothing
// without one. A sign-in link (`/?token=...`, printed by `realise serve --dev`) puts it there.

export const TOKEN_KEY = 'realise.token';

type Listener = () => void;
const listeners = new Set<Listener>();

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

/** Saves the token (a blank value clears it) and tells subscribers, so queries refetch. */
export function setToken(value: string | null): void {
  const s = storage();
  const trimmed = value?.trim().replace(/^Bearer\s+/i, '') ?? '';
  if (s) {
    if (trimmed) s.setItem(TOKEN_KEY, trimmed);
    else s.removeItem(TOKEN_KEY);
  }
  listeners.forEach((l) => l());
}

export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
