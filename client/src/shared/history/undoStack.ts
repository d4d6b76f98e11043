// The session's undo and redo stacks and the toast that reports the last edit. Pure: a reducer, so
// the store (undoStore.ts) and the tests share it.

export type EditAction = 'created' | 'updated' | 'deleted';

export interface UndoEntry {
  /** The change set to undo (after a redo: the redo's change set). */
  changeSetId: string;
  /** What the toast names: «X». */
  name: string;
  action: EditAction;
  /** The item to open again after an undo brings it back (a deleted tiltak or milestone). */
  itemId?: string;
  /** Names of the ids the change set touched, to name what changed since in a conflict. */
  names?: Readonly<Record<string, string>>;
  /** What the edit did to others (successors moved, links broken, year verdicts changed), one line each. */
  consequences?: readonly string[];
}

export type Toast =
  | { kind: 'done'; entry: UndoEntry }
  | { kind: 'undone'; entry: UndoEntry }
  | { kind: 'redone'; entry: UndoEntry }
  | { kind: 'error'; message: string }
  | { kind: 'info'; message: string };

export interface UndoState {
  /** Oldest first; the last is what Ctrl+Z undoes. */
  done: readonly UndoEntry[];
  /** Oldest first; the last is what Ctrl+Shift+Z redoes. */
  undone: readonly UndoEntry[];
  toast: Toast | null;
  /** An undo or redo is on its way (one at a time). */
  busy: boolean;
}

export type UndoEvent =
  | { type: 'recorded'; entry: UndoEntry }
  | { type: 'started' }
  | { type: 'undone'; entry: UndoEntry }
  | { type: 'redone'; entry: UndoEntry; changeSetId: string }
  | { type: 'failed'; message: string }
  | { type: 'info'; message: string }
  | { type: 'dismissed' };

export const MAX_UNDO = 50;

export const emptyUndoState: UndoState = { done: [], undone: [], toast: null, busy: false };

const without = (list: readonly UndoEntry[], entry: UndoEntry) =>
  list.filter((e) => e.changeSetId !== entry.changeSetId);

export function undoReducer(state: UndoState, event: UndoEvent): UndoState {
  switch (event.type) {
    case 'recorded':
      // A new edit ends what could be redone, as in any editor.
      return {
        done: [...without(state.done, event.entry), event.entry].slice(-MAX_UNDO),
        undone: [],
        toast: { kind: 'done', entry: event.entry },
        busy: false,
      };
    case 'started':
      return { ...state, busy: true };
    case 'undone':
      return {
        done: without(state.done, event.entry),
        undone: [...without(state.undone, event.entry), event.entry],
        toast: { kind: 'undone', entry: event.entry },
        busy: false,
      };
    case 'redone': {
      const entry = { ...event.entry, changeSetId: event.changeSetId };
      return {
        done: [...without(state.done, event.entry), entry].slice(-MAX_UNDO),
        undone: without(state.undone, event.entry),
        toast: { kind: 'redone', entry },
        busy: false,
      };
    }
    case 'failed':
      return { ...state, toast: { kind: 'error', message: event.message }, busy: false };
    case 'info':
      return { ...state, toast: { kind: 'info', message: event.message }, busy: false };
    case 'dismissed':
      return { ...state, toast: null };
  }
}

/** What Ctrl+Z undoes, and what Ctrl+Shift+Z redoes. */
export const nextUndo = (state: UndoState): UndoEntry | undefined => state.done.at(-1);
export const nextRedo = (state: UndoState): UndoEntry | undefined => state.undone.at(-1);
