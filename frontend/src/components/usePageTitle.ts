import { useEffect } from 'react';

/** Sets the document title as "<page> – Realise", so tabs and history read well. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Realise` : 'Realise';
  }, [title]);
}
