// A modal question with a destructive answer (deletes): the question, a note, and Delete / Cancel.
// Escape and Cancel close it; focus starts on Cancel so Enter never deletes by accident.
import { type ReactNode, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { ApiError } from './apiErrors';
import { useModal } from './useModal';

export function ConfirmDialog({
  question,
  note,
  confirmLabel,
  busy,
  error,
  errors = [],
  onConfirm,
  onClose,
}: {
  question: string;
  note?: string;
  confirmLabel: string;
  busy?: boolean;
  /** Anything more to show above the buttons (an error with a way out). */
  error?: ReactNode;
  /** Why the last try failed, in the user's language. */
  errors?: readonly ApiError[];
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useModal(cancel);
  return (
    <dialog
      ref={dialog}
      className="editor confirm"
      aria-labelledby="confirm-question"
      onClose={onClose}
      onCancel={onClose}
      data-testid="confirm-dialog"
    >
      <p id="confirm-question" className="confirm-question">
        {question}
      </p>
      {note && <p className="small muted">{note}</p>}
      {error}
      {errors.length > 0 && (
        <p role="alert" className="field-error">
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? t.deleting : confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
