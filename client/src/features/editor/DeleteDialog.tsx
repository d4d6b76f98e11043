// Deleting a tiltak, a milestone or a dependency: asks first, naming what goes with it ("Slett
// tiltaket «X» med 3 milepæler og 5 avhengigheter?"), then deletes and offers the undo toast.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { navigate } from '../../app/url';
import { type ApiError, describeApiErrors } from '../../components/apiErrors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBox } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { DeleteTarget } from '../../shared/history/deleteTarget';
import { deleteQuestion } from '../../shared/history/deleteText';
import { recordEdit } from '../../shared/history/undoStore';
import { ApiErrorList } from './ApiErrorList';
import {
  DeleteDependencyMutation,
  DeleteInitiativeMutation,
  DeleteMilestoneMutation,
  DeletePreviewQuery,
} from './deleteQueries';

export function DeleteDialog({ target, onClose }: { target: DeleteTarget; onClose(): void }) {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const isItem = target.kind !== 'dependency';
  const preview = useQuery(DeletePreviewQuery, {
    variables: { id: target.id },
    skip: !isItem,
    fetchPolicy: 'network-only',
  });
  const [deleteInitiative] = useMutation(DeleteInitiativeMutation);
  const [deleteMilestone] = useMutation(DeleteMilestoneMutation);
  const [deleteDependency] = useMutation(DeleteDependencyMutation);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);

  const entity = preview.data?.entity;
  let name = target.kind === 'dependency' ? target.name : (entity?.name ?? target.id);
  let milestones = 0;
  let dependencies = 0;
  if (entity?.__typename === 'Initiative') {
    milestones = entity.milestones.length;
    const ids = new Set<string>();
    for (const d of [...entity.dependsOn, ...entity.dependents]) ids.add(d.id);
    for (const m of entity.milestones) for (const d of [...m.dependsOn, ...m.dependents]) ids.add(d.id);
    dependencies = ids.size;
  } else if (entity?.__typename === 'Milestone') {
    dependencies = new Set([...entity.dependsOn, ...entity.dependents].map((d) => d.id)).size;
  }
  if (!entity && target.kind !== 'dependency') name = target.name ?? target.id;
  const question = deleteQuestion({ kind: target.kind, name, milestones, dependencies }, t);

  const confirm = async () => {
    setBusy(true);
    setErrors([]);
    try {
      if (target.kind === 'dependency') {
        await deleteDependency({ variables: { id: target.id, version: target.version } });
      } else {
        const version = entity?.version;
        if (version === undefined) return;
        if (target.kind === 'initiative') await deleteInitiative({ variables: { id: target.id, version } });
        else await deleteMilestone({ variables: { id: target.id, version } });
      }
      onClose();
      if (
        target.kind !== 'dependency' &&
        new URLSearchParams(window.location.search).get('item') === target.id
      )
        navigate({ item: null });
      await Promise.resolve(client.refetchQueries({ include: 'active' })).catch(() => undefined);
      await recordEdit(client, {
        touchedId: target.kind === 'dependency' ? target.fromId : target.id,
        name,
        action: 'deleted',
        ...(target.kind !== 'dependency' ? { itemId: target.id } : {}),
      });
    } catch (error) {
      setErrors(describeApiErrors(error, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      question={question}
      note={t.deleteUndoHint}
      confirmLabel={t.deleteConfirm}
      busy={busy || (isItem && preview.loading)}
      error={
        <>
          {preview.error && <ErrorBox error={preview.error} onRetry={() => void preview.refetch()} />}
          <ApiErrorList errors={errors} onReload={() => void preview.refetch()} />
        </>
      }
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
