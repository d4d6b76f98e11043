// The API's refusal of an edit, in the user's language: per-field problems, a cycle path, or a
// stale-version conflict with a way to load the latest version.

import type { ApiError } from '../../components/apiErrors';
import { ItemLink } from '../../components/ItemLink';
import { useI18n } from '../../i18n/I18nProvider';

export function ApiErrorList({ errors, onReload }: { errors: ApiError[]; onReload?: () => void }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error-box" data-testid="editor-error">
      {errors.map((e, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity
        <div key={index} data-code={e.code}>
          <p className="error-title">{e.message}</p>
          {e.cycle.length > 0 && (
            <>
              <p>{t.cycleTitle}:</p>
              <ol className="cycle">
                {e.cycle.map((id, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cycle repeats its first id at the end
                  <li key={`${id}-${i}`}>
                    <ItemLink id={id}>{id}</ItemLink>
                  </li>
                ))}
              </ol>
            </>
          )}
          {e.code === 'CONFLICT' && onReload && (
            <button type="button" onClick={onReload}>
              {t.conflictReload}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/** The message for one form field, if the API named it. */
export function problemFor(errors: ApiError[], field: string): string | undefined {
  for (const e of errors) for (const p of e.problems) if (p.field === field) return p.message;
  return undefined;
}
