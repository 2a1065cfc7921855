// Test support: the browser's localStorage, in memory, for tests that run in Node.

import { vi } from 'vitest';

/** Stands an empty in-memory localStorage in for the browser's. */
export function stubLocalStorage(): void {
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
    removeItem: (key: string) => stored.delete(key),
  });
}
