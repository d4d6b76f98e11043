// The session's undo stack as a tiny store (like the planner token): an edit records its change set,
// the toast and Ctrl+Z / Ctrl+Shift+Z undo and redo through the API. Kept in memory only: a reload
// starts a new session.
import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useSyncExternalStore } from 'react';
import { navigate } from '../../app/url';
import { describeApiErrors } from '../../components/apiErrors';
import type { Locale, Messages } from '../../i18n/messages';
import { conflictMessage, namesOfChanges } from './conflictText';
import { LatestChangeQuery, RedoChangeSetMutation, UndoChangeSetMutation } from './historyQueries';
import {
  type EditAction,
  emptyUndoState,
  nextRedo,
  nextUndo,
  type UndoEntry,
  type UndoEvent,
  type UndoState,
  undoReducer,
} from './undoStack';

let state: UndoState = emptyUndoState;
const listeners = new Set<() => void>();

export function dispatchUndo(event: UndoEvent): void {
  state = undoReducer(state, event);
  for (const listener of listeners) listener();
}

export function useUndoState(): UndoState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => emptyUndoState,
  );
}

export interface RecordedEdit {
  /** An id the change set touched (the item, or a dependency's from-item). */
  touchedId: string;
  name: string;
  action: EditAction;
  /** Reopen this item after an undo brings it back. */
  itemId?: string;
  /** What the edit did to others, as the editor's preview showed it. */
  consequences?: readonly string[];
}

/** After an edit: finds its change set (the newest at the item) and offers it for undo. */
export async function recordEdit(client: ApolloClient, edit: RecordedEdit): Promise<void> {
  try {
    const result = await client.query({
      query: LatestChangeQuery,
      variables: { id: edit.touchedId },
      fetchPolicy: 'network-only',
    });
    const changeSet = result.data?.history.changeSets[0];
    if (!changeSet) return;
    const entry: UndoEntry = {
      changeSetId: changeSet.id,
      name: edit.name,
      action: edit.action,
      names: namesOfChanges(changeSet.changes),
      ...(edit.itemId ? { itemId: edit.itemId } : {}),
      ...(edit.consequences?.length ? { consequences: edit.consequences } : {}),
    };
    dispatchUndo({ type: 'recorded', entry });
  } catch {
    // The edit is saved; only its undo is not offered.
  }
}

function conflictIds(error: unknown): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions;
  if (ext?.code !== 'CONFLICT') return null;
  return Array.isArray(ext.ids) ? ext.ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Why an undo or redo was refused: what changed since, by name, or the API's own words. */
function failure(kind: 'undo' | 'redo', entry: UndoEntry, error: unknown, t: Messages, locale: Locale) {
  const ids = conflictIds(error);
  if (ids?.length) return conflictMessage(kind, entry.name, ids, entry.names ?? {}, t);
  return describeApiErrors(error, locale)
    .map((e) => e.message)
    .join(' ');
}

const openItem = () => new URLSearchParams(window.location.search).get('item');

async function refresh(client: ApolloClient) {
  await Promise.resolve(client.refetchQueries({ include: 'active' })).catch(() => undefined);
}

export async function undoLast(client: ApolloClient, t: Messages, locale: Locale): Promise<void> {
  const entry = nextUndo(state);
  if (state.busy) return;
  if (!entry) return dispatchUndo({ type: 'info', message: t.undoNothing });
  dispatchUndo({ type: 'started' });
  try {
    await client.mutate({ mutation: UndoChangeSetMutation, variables: { id: entry.changeSetId } });
    dispatchUndo({ type: 'undone', entry });
    if (entry.action === 'deleted' && entry.itemId) navigate({ item: entry.itemId });
    else if (entry.action === 'created' && entry.itemId && openItem() === entry.itemId)
      navigate({ item: null });
    await refresh(client);
  } catch (error) {
    dispatchUndo({ type: 'failed', message: failure('undo', entry, error, t, locale) });
  }
}

export async function redoLast(client: ApolloClient, t: Messages, locale: Locale): Promise<void> {
  const entry = nextRedo(state);
  if (state.busy) return;
  if (!entry) return dispatchUndo({ type: 'info', message: t.redoNothing });
  dispatchUndo({ type: 'started' });
  try {
    const result = await client.mutate({
      mutation: RedoChangeSetMutation,
      variables: { id: entry.changeSetId },
    });
    const redo = result.data?.redoChangeSet.id ?? entry.changeSetId;
    dispatchUndo({ type: 'redone', entry, changeSetId: redo });
    if (entry.action === 'deleted' && entry.itemId) navigate({ item: null });
    await refresh(client);
  } catch (error) {
    dispatchUndo({ type: 'failed', message: failure('redo', entry, error, t, locale) });
  }
}
