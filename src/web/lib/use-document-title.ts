import { useEffect } from 'react';

/** Sets the browser tab title: "<page> · Balai". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Balai` : 'Balai';
  }, [title]);
}
