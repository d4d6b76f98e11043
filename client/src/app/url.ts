// The view state lives in the URL (view, filters, period, scenario, open item) so that a view can be
// shared as a link. A tiny store over window.location: components read params, and navigate() writes.
import { useMemo, useSyncExternalStore } from 'react';

type ParamValue = string | number | boolean | readonly string[] | null | undefined;

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const getSearch = () => window.location.search;

/** Sets (or, for null/undefined/empty, removes) the given parameters and keeps the others. */
export function applyParams(search: string, patch: Record<string, ParamValue>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || value === false) params.delete(key);
    else if (Array.isArray(value)) {
      if (value.length === 0) params.delete(key);
      else params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Changes URL parameters; `push` makes a history entry (views, items), `replace` does not (typing). */
export function navigate(patch: Record<string, ParamValue>, mode: 'push' | 'replace' = 'push'): void {
  const next = applyParams(window.location.search, patch);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  for (const listener of listeners) listener();
}

export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** A comma-separated list parameter (ids, kinds, statuses). */
export function listParam(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? value.split(',').filter(Boolean) : [];
}

/** A link to the same page with some parameters changed (for <a href>, so links can be opened anew). */
export function hrefWith(patch: Record<string, ParamValue>): string {
  return `${window.location.pathname}${applyParams(window.location.search, patch)}`;
}
