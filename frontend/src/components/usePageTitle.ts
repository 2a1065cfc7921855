import { useEffect } from 'react';

/** Sets the document title to "PAGE – Realise", as the NHS service manual asks. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Realise` : 'Realise';
  }, [title]);
}
