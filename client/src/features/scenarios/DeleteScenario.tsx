// Deleting a saved scenario (planners): asks first, then deletes and offers the undo toast.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { navigate } from '../../app/url';
import { type ApiError, describeApiErrors } from '../../components/apiErrors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import { deleteQuestion } from '../../shared/history/deleteText';
import { recordEdit } from '../../shared/history/undoStore';
import { DeleteScenarioMutation, ScenariosQuery } from './scenarioQueries';

export function DeleteScenario({
  scenario,
  isOpen,
}: {
  scenario: { id: string; name: string; version: number };
  isOpen: boolean;
}) {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [remove, { loading }] = useMutation(DeleteScenarioMutation, { refetchQueries: [ScenariosQuery] });
  const confirm = async () => {
    setErrors([]);
    try {
      await remove({ variables: { id: scenario.id, version: scenario.version } });
      setAsking(false);
      if (isOpen) navigate({ scenario: null }, 'replace');
      await recordEdit(client, { touchedId: scenario.id, name: scenario.name, action: 'deleted' });
    } catch (error) {
      setErrors(describeApiErrors(error, locale));
    }
  };
  return (
    <>
      <button
        type="button"
        className="linklike danger-text"
        aria-label={`${t.delete}: ${scenario.name}`}
        onClick={() => setAsking(true)}
      >
        {t.delete}
      </button>
      {asking && (
        <ConfirmDialog
          question={deleteQuestion({ kind: 'scenario', name: scenario.name }, t)}
          note={t.deleteUndoHint}
          confirmLabel={t.deleteConfirm}
          busy={loading}
          errors={errors}
          onConfirm={() => void confirm()}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
