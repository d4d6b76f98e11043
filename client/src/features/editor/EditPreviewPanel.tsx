// Before saving: what the proposed dates would do (previewEdit), shown in the editor as the planner
// types; the same consequences go into the toast after saving (EditorDialog).
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { PreviewEditQuery } from './previewQuery';
import { type PreviewSections, previewSections } from './previewText';

export interface ProposedDates {
  start?: string | null;
  end?: string | null;
  date?: string | null;
}

/** Waits until typing pauses, so the engine runs once per proposal rather than per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const DATE_SHAPE = /^\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2})?))?$/;

export function EditPreviewPanel({
  itemId,
  proposed,
  changed,
  onSections,
}: {
  itemId: string;
  proposed: ProposedDates;
  /** The dates differ from the stored ones. */
  changed: boolean;
  onSections(sections: PreviewSections | null): void;
}) {
  const { t, locale } = useI18n();
  const settled = useSettled(JSON.stringify(proposed), 400);
  const variables = JSON.parse(settled) as ProposedDates;
  const wellFormed = Object.values(variables).every(
    (v) => v === null || v === undefined || DATE_SHAPE.test(v),
  );
  const { data, loading, error } = useQuery(PreviewEditQuery, {
    variables: { itemId, ...variables, locale: locale === 'nb' ? 'NB' : 'EN' },
    skip: !changed || !wellFormed,
    fetchPolicy: 'network-only',
  });
  const sections =
    changed && wellFormed && data ? previewSections(data.previewEdit, itemId, t, locale) : null;
  const key = JSON.stringify(sections);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the sections' content
  useEffect(() => onSections(sections), [key]);
  if (!changed || !wellFormed || error) return null;
  return (
    <section className="edit-preview" aria-live="polite" data-testid="edit-preview">
      <h3>{t.previewTitle}</h3>
      {loading && !sections ? <p className="muted small">{t.previewLoading}</p> : null}
      {sections && <PreviewLists sections={sections} />}
    </section>
  );
}

export function PreviewLists({ sections }: { sections: PreviewSections }) {
  const { t } = useI18n();
  const groups: [string, string[], string][] = [
    [t.previewVerdicts, sections.verdicts, 'preview-verdicts'],
    [t.previewBreaks, sections.breaks, 'preview-breaks'],
    [t.previewMoves, sections.moves, 'preview-moves'],
    [t.previewResolves, sections.resolves, 'preview-resolves'],
  ];
  const shown = groups.filter(([, items]) => items.length > 0);
  if (shown.length === 0) return <p className="muted small">{t.previewNone}</p>;
  return (
    <>
      {shown.map(([title, items, testId]) => (
        <div key={testId} data-testid={testId}>
          <h4>{title}</h4>
          <ul className="small">
            {items.slice(0, 12).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {items.length > 12 && <li className="muted">+{items.length - 12} …</li>}
          </ul>
        </div>
      ))}
    </>
  );
}
