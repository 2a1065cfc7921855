// The optional bearer token, kept in localStorage so it survives a reload. The API is readable
// without one for now; a later issue adds JWT sign-in, which will write the same key.

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
