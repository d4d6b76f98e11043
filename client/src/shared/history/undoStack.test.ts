import { describe, expect, it } from 'vitest';
import { emptyUndoState, MAX_UNDO, nextRedo, nextUndo, type UndoEntry, undoReducer } from './undoStack';

const entry = (id: string, action: UndoEntry['action'] = 'updated'): UndoEntry => ({
  changeSetId: id,
  name: `item ${id}`,
  action,
});

describe('the undo stack', () => {
  it('records an edit, shows it in the toast and offers it for undo', () => {
    const s = undoReducer(emptyUndoState, { type: 'recorded', entry: entry('c1') });
    expect(nextUndo(s)?.changeSetId).toBe('c1');
    expect(s.toast).toEqual({ kind: 'done', entry: entry('c1') });
  });

  it('undoes the last change set first, then redoes it under the redo change set', () => {
    let s = undoReducer(emptyUndoState, { type: 'recorded', entry: entry('c1') });
    s = undoReducer(s, { type: 'recorded', entry: entry('c2', 'deleted') });
    s = undoReducer(s, { type: 'started' });
    expect(s.busy).toBe(true);
    s = undoReducer(s, { type: 'undone', entry: entry('c2', 'deleted') });
    expect(s.busy).toBe(false);
    expect(nextUndo(s)?.changeSetId).toBe('c1');
    expect(nextRedo(s)?.changeSetId).toBe('c2');
    expect(s.toast?.kind).toBe('undone');
    s = undoReducer(s, { type: 'redone', entry: entry('c2', 'deleted'), changeSetId: 'r2' });
    expect(nextRedo(s)).toBeUndefined();
    // Undoing again undoes the redo.
    expect(nextUndo(s)?.changeSetId).toBe('r2');
    expect(s.toast).toMatchObject({ kind: 'redone', entry: { changeSetId: 'r2', action: 'deleted' } });
  });

  it('forgets what could be redone when a new edit is made', () => {
    let s = undoReducer(emptyUndoState, { type: 'recorded', entry: entry('c1') });
    s = undoReducer(s, { type: 'undone', entry: entry('c1') });
    s = undoReducer(s, { type: 'recorded', entry: entry('c3') });
    expect(nextRedo(s)).toBeUndefined();
    expect(s.done.map((e) => e.changeSetId)).toEqual(['c3']);
  });

  it('keeps a failed undo on the stack and shows why', () => {
    let s = undoReducer(emptyUndoState, { type: 'recorded', entry: entry('c1') });
    s = undoReducer(s, { type: 'started' });
    s = undoReducer(s, { type: 'failed', message: 'Kan ikke angre' });
    expect(nextUndo(s)?.changeSetId).toBe('c1');
    expect(s.toast).toEqual({ kind: 'error', message: 'Kan ikke angre' });
    expect(s.busy).toBe(false);
    expect(undoReducer(s, { type: 'dismissed' }).toast).toBeNull();
  });

  it(`keeps the last ${MAX_UNDO} edits`, () => {
    let s = emptyUndoState;
    for (let i = 0; i < MAX_UNDO + 5; i++) s = undoReducer(s, { type: 'recorded', entry: entry(`c${i}`) });
    expect(s.done).toHaveLength(MAX_UNDO);
    expect(s.done[0]?.changeSetId).toBe('c5');
  });
});
