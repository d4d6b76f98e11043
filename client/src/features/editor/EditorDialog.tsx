// View 6, editing for planners: create and edit initiatives and milestones, add dependencies. The
// API validates; its messages (per field, a refused cycle, a stale version) are shown as they come.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { navigate } from '../../app/url';
import { type ApiError, describeApiErrors } from '../../components/apiErrors';
import { EntityPicker, type PickedEntity } from '../../components/EntityPicker';
import { INITIATIVE_KINDS, type InitiativeKind, initiativeKindName } from '../../components/kinds';
import { Loading } from '../../components/QueryState';
import { STATUSES, type Status } from '../../components/status';
import { useModal } from '../../components/useModal';
import { DEPENDENCY_KIND, MILESTONE_STATUS, wordOf } from '../../components/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { recordEdit } from '../../shared/history/undoStore';
import { ApiErrorList, problemFor } from './ApiErrorList';
import { EditPreviewPanel } from './EditPreviewPanel';
import { Field } from './Field';
import {
  CreateDependencyMutation,
  CreateInitiativeMutation,
  CreateMilestoneMutation,
  InitiativeForEditQuery,
  MilestoneForEditQuery,
  UpdateInitiativeMutation,
  UpdateMilestoneMutation,
} from './mutations';
import { consequenceLines, type PreviewSections } from './previewText';

export type EditorKind = 'initiative' | 'milestone' | 'dependency';
export interface EditorTarget {
  kind: EditorKind;
  /** The item to edit; null creates a new one. */
  id: string | null;
}

const MILESTONE_STATUSES = ['PLANNED', 'DONE', 'DELAYED', 'CANCELLED', 'UNKNOWN'] as const;
const DEPENDENCY_KINDS = ['TECHNICAL', 'DELIVERY', 'FINANCING', 'LEGAL', 'ORGANISATIONAL'] as const;
const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function EditorDialog({ target, onClose }: { target: EditorTarget; onClose(): void }) {
  const { t } = useI18n();
  const dialog = useModal();
  const title =
    target.kind === 'initiative'
      ? target.id
        ? t.editInitiative
        : t.newInitiative
      : target.kind === 'milestone'
        ? target.id
          ? t.editMilestone
          : t.newMilestone
        : t.newDependency;
  return (
    <dialog
      ref={dialog}
      className="editor"
      aria-labelledby="editor-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="details-head">
        <h2 id="editor-title">{title}</h2>
        <button type="button" onClick={onClose} aria-label={t.close}>
          ✕
        </button>
      </div>
      {target.kind === 'initiative' && <InitiativeForm id={target.id} onDone={onClose} />}
      {target.kind === 'milestone' && <MilestoneForm id={target.id} onDone={onClose} />}
      {target.kind === 'dependency' && <DependencyForm onDone={onClose} />}
    </dialog>
  );
}

/** What an edit saved: the item to open, and what the undo toast names. */
interface Saved {
  id: string;
  name: string;
  created: boolean;
  /** The id is the edited item itself (for a dependency it is the dependent item). */
  own: boolean;
}

/**
 * Runs a mutation; on success refreshes the views, opens the item and offers the undo toast; on
 * failure keeps the errors.
 */
function useSubmit() {
  const { locale, t } = useI18n();
  const client = useApolloClient();
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [busy, setBusy] = useState(false);
  // The consequences the preview showed for the dates being saved: after saving, the toast repeats them.
  const [sections, setSections] = useState<PreviewSections | null>(null);
  const run = async (action: () => Promise<Saved | null>, onDone: () => void) => {
    setBusy(true);
    setErrors([]);
    try {
      const saved = await action();
      // The edit is saved; a view that fails to refresh shows its own error, not this form's.
      await Promise.resolve(client.refetchQueries({ include: 'active' })).catch(() => undefined);
      onDone();
      if (saved) navigate({ item: saved.id });
      if (saved)
        await recordEdit(client, {
          touchedId: saved.id,
          name: saved.name,
          action: saved.created ? 'created' : 'updated',
          ...(saved.own ? { itemId: saved.id } : {}),
          ...(sections && !saved.created ? { consequences: consequenceLines(sections, t) } : {}),
        });
    } catch (error) {
      setErrors(describeApiErrors(error, locale));
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run, setSections };
}

function InitiativeForm({ id, onDone }: { id: string | null; onDone(): void }) {
  const { t, locale } = useI18n();
  const existing = useQuery(InitiativeForEditQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const [form, setForm] = useState({
    name: '',
    kind: 'PROJECT' as InitiativeKind,
    status: '',
    phase: '',
    description: '',
    start: '',
    end: '',
  });
  const initial = existing.data?.initiative;
  useEffect(() => {
    if (!initial) return;
    setForm({
      name: initial.name,
      kind: initial.kind,
      status: initial.status ?? '',
      phase: initial.phase ?? '',
      description: initial.description ?? '',
      start: initial.start?.value ?? '',
      end: initial.end?.value ?? '',
    });
  }, [initial]);
  const [reason, setReason] = useState('');
  const [create] = useMutation(CreateInitiativeMutation);
  const [update] = useMutation(UpdateInitiativeMutation);
  const { errors, busy, run, setSections } = useSubmit();
  const datesChanged =
    !!initial &&
    (orNull(form.start) !== (initial.start?.value ?? null) ||
      orNull(form.end) !== (initial.end?.value ?? null));

  if (id && existing.loading && !initial) return <Loading />;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: form.name,
      kind: form.kind,
      status: (orNull(form.status) as Status | null) ?? null,
      phase: orNull(form.phase),
      description: orNull(form.description),
      start: orNull(form.start),
      end: orNull(form.end),
    };
    void run(async () => {
      if (id && initial) {
        const result = await update({
          variables: { id, version: initial.version, input: fields, reason: orNull(reason) },
        });
        const saved = result.data?.updateInitiative;
        return { id: saved?.id ?? id, name: saved?.name ?? form.name, created: false, own: true };
      }
      const { status, ...rest } = fields;
      const result = await create({
        variables: { input: { ...rest, ...(status ? { status } : {}) }, reason: orNull(reason) },
      });
      const saved = result.data?.createInitiative;
      return saved ? { id: saved.id, name: saved.name, created: true, own: true } : null;
    }, onDone);
  };

  return (
    <form className="editor-form" onSubmit={submit} noValidate>
      <Field label={t.fieldName} error={problemFor(errors, 'name')}>
        <input value={form.name} onChange={set('name')} required />
      </Field>
      <Field label={t.fieldKind} error={problemFor(errors, 'kind')}>
        <select value={form.kind} onChange={set('kind')}>
          {INITIATIVE_KINDS.map((k) => (
            <option key={k} value={k}>
              {initiativeKindName(k, locale)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        <Field label={t.fieldStart} error={problemFor(errors, 'start')} help={t.dateHelp}>
          <input value={form.start} onChange={set('start')} placeholder="2025-Q1" />
        </Field>
        <Field label={t.fieldEnd} error={problemFor(errors, 'end')}>
          <input value={form.end} onChange={set('end')} placeholder="2026" />
        </Field>
      </div>
      <div className="field-row">
        <Field label={t.fieldStatus} error={problemFor(errors, 'status')}>
          <select value={form.status} onChange={set('status')}>
            <option value="">{t.statusUnknown}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t[`status${s}` as MessageKey]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.fieldPhase} error={problemFor(errors, 'phase')}>
          <input value={form.phase} onChange={set('phase')} />
        </Field>
      </div>
      <Field label={t.fieldDescription} error={problemFor(errors, 'description')}>
        <textarea value={form.description} onChange={set('description')} rows={3} />
      </Field>
      {id && (
        <EditPreviewPanel
          itemId={id}
          proposed={{ start: orNull(form.start), end: orNull(form.end) }}
          changed={datesChanged}
          onSections={setSections}
        />
      )}
      <ReasonField value={reason} onChange={setReason} />
      <ApiErrorList errors={errors} onReload={() => void existing.refetch()} />
      <FormButtons busy={busy} onCancel={onDone} />
    </form>
  );
}

function MilestoneForm({ id, onDone }: { id: string | null; onDone(): void }) {
  const { t, locale } = useI18n();
  const existing = useQuery(MilestoneForEditQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const initial = existing.data?.entity.__typename === 'Milestone' ? existing.data.entity : undefined;
  const [initiative, setInitiative] = useState<PickedEntity | null>(null);
  const [form, setForm] = useState({ name: '', date: '', dateText: '', status: 'PLANNED', description: '' });
  useEffect(() => {
    if (!initial) return;
    setForm({
      name: initial.name,
      date: initial.date?.value ?? '',
      dateText: initial.dateText ?? '',
      status: initial.status,
      description: initial.description ?? '',
    });
    const owner = initial.initiative[0];
    if (owner) setInitiative({ __typename: 'Initiative', ...owner });
  }, [initial]);
  const [reason, setReason] = useState('');
  const [create] = useMutation(CreateMilestoneMutation);
  const [update] = useMutation(UpdateMilestoneMutation);
  const { errors, busy, run, setSections } = useSubmit();
  const dateChanged = !!initial && orNull(form.date) !== (initial.date?.value ?? null);
  if (id && existing.loading && !initial) return <Loading />;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: form.name,
      date: orNull(form.date),
      dateText: orNull(form.dateText),
      status: form.status as (typeof MILESTONE_STATUSES)[number],
      description: orNull(form.description),
    };
    void run(async () => {
      if (id && initial) {
        const result = await update({
          variables: {
            id,
            version: initial.version,
            input: { ...fields, ...(initiative ? { initiativeId: initiative.id } : {}) },
            reason: orNull(reason),
          },
        });
        const saved = result.data?.updateMilestone;
        return { id: saved?.id ?? id, name: saved?.name ?? form.name, created: false, own: true };
      }
      const result = await create({
        variables: { input: { ...fields, initiativeId: initiative?.id ?? '' }, reason: orNull(reason) },
      });
      const saved = result.data?.createMilestone;
      return saved ? { id: saved.id, name: saved.name, created: true, own: true } : null;
    }, onDone);
  };

  return (
    <form className="editor-form" onSubmit={submit} noValidate>
      <div className="field">
        <EntityPicker
          label={`${t.kindInitiative}${initiative ? `: ${initiative.name}` : ''}`}
          kinds={['Initiative']}
          onPick={setInitiative}
        />
        {problemFor(errors, 'initiativeId') && (
          <span className="field-error">{problemFor(errors, 'initiativeId')}</span>
        )}
      </div>
      <Field label={t.fieldName} error={problemFor(errors, 'name')}>
        <input value={form.name} onChange={set('name')} required />
      </Field>
      <div className="field-row">
        <Field label={t.fieldDate} error={problemFor(errors, 'date')} help={t.dateHelp}>
          <input value={form.date} onChange={set('date')} placeholder="2025-10-15" />
        </Field>
        <Field label={t.fieldStatus} error={problemFor(errors, 'status')}>
          <select value={form.status} onChange={set('status')}>
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {wordOf(MILESTONE_STATUS, s, locale)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t.fieldDescription} error={problemFor(errors, 'description')}>
        <textarea value={form.description} onChange={set('description')} rows={2} />
      </Field>
      {id && (
        <EditPreviewPanel
          itemId={id}
          proposed={{ date: orNull(form.date) }}
          changed={dateChanged}
          onSections={setSections}
        />
      )}
      <ReasonField value={reason} onChange={setReason} />
      <ApiErrorList errors={errors} onReload={() => void existing.refetch()} />
      <FormButtons busy={busy} onCancel={onDone} />
    </form>
  );
}

function DependencyForm({ onDone }: { onDone(): void }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState<PickedEntity | null>(null);
  const [to, setTo] = useState<PickedEntity | null>(null);
  const [kind, setKind] = useState<(typeof DEPENDENCY_KINDS)[number]>('DELIVERY');
  const [type, setType] = useState<(typeof DEPENDENCY_TYPES)[number]>('FS');
  const [lag, setLag] = useState('0');
  const [reason, setReason] = useState('');
  const [create] = useMutation(CreateDependencyMutation);
  const { errors, busy, run } = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await create({
        variables: {
          input: { fromId: from?.id ?? '', toId: to?.id ?? '', kind, type, lagDays: Number(lag) || 0 },
          reason: orNull(reason),
        },
      });
      const saved = result.data?.createDependency;
      return saved
        ? {
            id: saved.from.id,
            name: `${from?.name ?? saved.from.id} → ${to?.name ?? saved.to.id}`,
            created: true,
            own: false,
          }
        : null;
    }, onDone);
  };
  return (
    <form className="editor-form" onSubmit={submit} noValidate>
      <EntityPicker
        label={`${t.dependencyFrom}${from ? `: ${from.name}` : ''}`}
        kinds={['Initiative', 'Milestone']}
        onPick={setFrom}
        testId="dependency-from"
      />
      {problemFor(errors, 'fromId') && <span className="field-error">{problemFor(errors, 'fromId')}</span>}
      <EntityPicker
        label={`${t.dependencyTo}${to ? `: ${to.name}` : ''}`}
        kinds={['Initiative', 'Milestone', 'Condition']}
        onPick={setTo}
        testId="dependency-to"
      />
      {problemFor(errors, 'toId') && <span className="field-error">{problemFor(errors, 'toId')}</span>}
      <div className="field-row">
        <Field label={t.dependencyKind}>
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {wordOf(DEPENDENCY_KIND, k, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.dependencyType}>
          <select value={type} onChange={(e) => setType(e.target.value as typeof type)}>
            {DEPENDENCY_TYPES.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.dependencyLag} error={problemFor(errors, 'lagDays')}>
          <input type="number" value={lag} onChange={(e) => setLag(e.target.value)} />
        </Field>
      </div>
      <ReasonField value={reason} onChange={setReason} />
      <ApiErrorList errors={errors} />
      <FormButtons busy={busy} onCancel={onDone} />
    </form>
  );
}

/** Why the change is made: kept in its change set, shown in the history. */
function ReasonField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <Field label={t.editReason} help={t.editReasonHelp}>
      <input value={value} onChange={(e) => onChange(e.target.value)} name="reason" />
    </Field>
  );
}

function FormButtons({ busy, onCancel }: { busy: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="form-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t.saving : t.save}
      </button>
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
