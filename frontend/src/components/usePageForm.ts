// A whole-page form that adds or changes one object: the draft being typed, a setter per
// field, the problems found before sending or by the server, and a submit that tells `save`
// which fields the person changed (so a change sends only those).

import { useState, type FormEvent } from 'react';
import type { FieldError } from './forms';

/** Sends the draft; the problems to show, or null when it was saved. */
export type Save<D> = (draft: D, changed: (field: keyof D) => boolean) => Promise<FieldError[] | null>;

export function usePageForm<D extends object>(initial: D, save: Save<D>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof D>(field: K) =>
    (value: D[K]) =>
      setDraft((d) => ({ ...d, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const changed = (field: keyof D) => JSON.stringify(draft[field]) !== JSON.stringify(initial[field]);
      setErrors((await save(draft, changed)) ?? []);
    } finally {
      setBusy(false);
    }
  };
  return { draft, set, errors, busy, submit };
}
