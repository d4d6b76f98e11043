// Planner sign-in with the bearer token, and the "new …" actions once signed in.
import { useRef, useState } from 'react';
import { setPlannerToken, usePlannerToken } from '../../app/token';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorKind } from './EditorDialog';

export function PlannerSignIn({ onNew }: { onNew(kind: EditorKind): void }) {
  const { t } = useI18n();
  const token = usePlannerToken();
  const [draft, setDraft] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  if (!token) {
    return (
      <details className="menu planner" ref={menu}>
        <summary>{t.editorLogin}</summary>
        <form
          className="menu-body"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) setPlannerToken(draft);
            setDraft('');
            close();
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
        <button
          type="button"
          onClick={() => {
            close();
            onNew('initiative');
          }}
        >
          {t.newInitiative}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            onNew('milestone');
          }}
        >
          {t.newMilestone}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            onNew('dependency');
          }}
        >
          {t.newDependency}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            setPlannerToken(null);
          }}
        >
          {t.editorSignOut}
        </button>
      </div>
    </details>
  );
}
