// The toast after every planner edit ("Endret «X» · Angre"), and the session's keyboard shortcuts:
// Ctrl+Z undoes the last change set of this session, Ctrl+Shift+Z (or Ctrl+Y) redoes. Shown to
// planners only; a refused undo says in plain words what changed since.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { usePlannerToken } from '../../app/token';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type Messages } from '../../i18n/messages';
import type { Toast } from './undoStack';
import { dispatchUndo, redoLast, undoLast, useUndoState } from './undoStore';

/** Typing in a field keeps the browser's own undo. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function toastText(toast: Toast, t: Messages): string {
  switch (toast.kind) {
    case 'done': {
      const key =
        toast.entry.action === 'created'
          ? t.toastCreated
          : toast.entry.action === 'deleted'
            ? t.toastDeleted
            : t.toastUpdated;
      return format(key, { name: toast.entry.name });
    }
    case 'undone':
      return format(t.toastUndone, { name: toast.entry.name });
    case 'redone':
      return format(t.toastRedone, { name: toast.entry.name });
    default:
      return toast.message;
  }
}

export function UndoToast() {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const token = usePlannerToken();
  const state = useUndoState();
  const latest = useRef({ t, locale });
  latest.current = { t, locale };

  useEffect(() => {
    if (!token) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undoLast(client, latest.current.t, latest.current.locale);
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redoLast(client, latest.current.t, latest.current.locale);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, token]);

  // A success notice goes away by itself; an error stays until dismissed.
  const toast = state.toast;
  useEffect(() => {
    if (!toast || toast.kind === 'error') return;
    const ms = toast.kind === 'done' || toast.kind === 'undone' ? 20_000 : 8000;
    const timer = window.setTimeout(() => dispatchUndo({ type: 'dismissed' }), ms);
    return () => window.clearTimeout(timer);
  }, [toast]);

  if (!token || !toast) return null;
  const isError = toast.kind === 'error';
  // After an edit or a redo the toast offers Angre; after an undo, Gjør om.
  const action =
    toast.kind === 'done' || toast.kind === 'redone' ? 'undo' : toast.kind === 'undone' ? 'redo' : null;
  return (
    <div
      className={isError ? 'toast toast-error' : 'toast'}
      role={isError ? 'alert' : 'status'}
      aria-live={isError ? 'assertive' : 'polite'}
      data-testid="undo-toast"
    >
      <span className="toast-text">
        {toastText(toast, t)}
        {toast.kind === 'done' && toast.entry.consequences && (
          <span className="toast-consequences" data-testid="toast-consequences">
            <strong>{t.previewAfterTitle}:</strong>
            {toast.entry.consequences.map((line) => (
              <span key={line} className="small">
                {line}
              </span>
            ))}
          </span>
        )}
      </span>
      {action && (
        <button
          type="button"
          className="toast-action"
          disabled={state.busy}
          onClick={() => void (action === 'undo' ? undoLast : redoLast)(client, t, locale)}
          title={t.undoShortcut}
        >
          {action === 'undo' ? (state.busy ? t.undoing : t.undo) : t.redo}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={t.dismiss}
        onClick={() => dispatchUndo({ type: 'dismissed' })}
      >
        ✕
      </button>
    </div>
  );
}
