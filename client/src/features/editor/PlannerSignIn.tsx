// Planner sign-in with the bearer token, and the "new …" actions once signed in.
import { useState } from 'react';
import { setPlannerToken, usePlannerToken } from '../../app/token';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorKind } from './EditorDialog';

export function PlannerSignIn({ onNew }: { onNew(kind: EditorKind): void }) {
  const { t } = useI18n();
  const token = usePlannerToken();
  const [draft, setDraft] = useState('');
  if (!token) {
    return (
      <details className="menu planner">
        <summary>{t.editorLogin}</summary>
        <form
          className="menu-body"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) setPlannerToken(draft);
            setDraft('');
          }}
        >
          <label>
            {t.editorTokenLabel}
            <input
              type="password"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              autoComplete="off"
              name="token"
            />
          </label>
          <p className="small muted">{t.editorTokenHelp}</p>
          <button type="submit">{t.editorSignIn}</button>
        </form>
      </details>
    );
  }
  return (
    <details className="menu planner">
      <summary>✎ {t.editorLogin}</summary>
      <div className="menu-body">
        <p className="small">{t.editorSignedIn}</p>
        <button type="button" onClick={() => onNew('initiative')}>
          {t.newInitiative}
        </button>
        <button type="button" onClick={() => onNew('milestone')}>
          {t.newMilestone}
        </button>
        <button type="button" onClick={() => onNew('dependency')}>
          {t.newDependency}
        </button>
        <button type="button" onClick={() => setPlannerToken(null)}>
          {t.editorSignOut}
        </button>
      </div>
    </details>
  );
}
