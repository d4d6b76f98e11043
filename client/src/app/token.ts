// The planner's bearer token, kept for the browser session only (never in the URL).
import { useSyncExternalStore } from 'react';

const KEY = 'veikart.plannerToken';
const listeners = new Set<() => void>();

export function plannerToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setPlannerToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(KEY, token.trim());
  else window.sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function usePlannerToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    plannerToken,
    () => null,
  );
}
