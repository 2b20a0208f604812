import { useSearchParams } from 'react-router';

type Change = string | string[] | null;

/**
 * A page's search and filters kept in the address, so that a search can be bookmarked, shared and
 * gone back to. Any change other than the page number itself starts again at the first page.
 */
export function useQueryState(): [URLSearchParams, (changes: Record<string, Change>) => void] {
  const [params, setParams] = useSearchParams();
  const change = (changes: Record<string, Change>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      next.delete(name);
      if (Array.isArray(value)) {
        value.forEach((item) => next.append(name, item));
      } else if (value) {
        next.set(name, value);
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setParams(next);
  };
  return [params, change];
}
