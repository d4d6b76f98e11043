// Renaming a saved scenario (planners): an inline field; the rename is recorded like every write and
// offered for undo.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { type ApiError, describeApiErrors } from '../../components/apiErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { recordEdit } from '../../shared/history/undoStore';
import { RenameScenarioMutation, ScenariosQuery } from './scenarioQueries';

export function RenameScenario({ scenario }: { scenario: { id: string; name: string; version: number } }) {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(scenario.name);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [rename, { loading }] = useMutation(RenameScenarioMutation, { refetchQueries: [ScenariosQuery] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    try {
      await rename({ variables: { id: scenario.id, version: scenario.version, name } });
      setEditing(false);
      await recordEdit(client, { touchedId: scenario.id, name: name.trim(), action: 'updated' });
    } catch (error) {
      setErrors(describeApiErrors(error, locale));
    }
  };
  if (!editing)
    return (
      <button
        type="button"
        className="linklike"
        aria-label={`${t.scenarioRename}: ${scenario.name}`}
        onClick={() => {
          setName(scenario.name);
          setEditing(true);
        }}
      >
        {t.scenarioRename}
      </button>
    );
  return (
    <form className="rename-scenario" onSubmit={(e) => void submit(e)}>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label={format(t.scenarioRenameLabel, { name: scenario.name })}
      />
      <button type="submit" disabled={loading}>
        {t.scenarioRenameSave}
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        {t.cancel}
      </button>
      {errors.map((e) => (
        <p key={e.message} className="field-error">
          {e.message}
        </p>
      ))}
    </form>
  );
}
