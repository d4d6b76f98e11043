// Picks a saved baseline to draw on the timeline as ghost bars (?baseline=<id>), and says what the
// ghosts mean.
import { useQuery } from '@apollo/client/react';
import { navigate } from '../../app/url';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { formatTimestamp } from '../../shared/history/changeFormat';
import { BaselinesQuery } from '../../shared/history/historyQueries';

export function BaselinePicker({ selected }: { selected: string | null }) {
  const { t, locale } = useI18n();
  const { data, error } = useQuery(BaselinesQuery);
  const baselines = data?.baselines ?? [];
  const current = baselines.find((b) => b.id === selected);
  if (!selected && baselines.length === 0) return null;
  return (
    <div className="baseline-picker">
      <label>
        {t.baselinePick}{' '}
        <select
          value={selected ?? ''}
          onChange={(e) => navigate({ baseline: e.target.value || null })}
          disabled={!data && !error}
          data-testid="baseline-picker"
        >
          <option value="">{t.baselineNone}</option>
          {selected && !current && <option value={selected}>{selected}</option>}
          {baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({formatTimestamp(b.at, locale)})
            </option>
          ))}
        </select>
      </label>
      {selected && (
        <p className="small muted legend-baseline">
          <span className="ghost-swatch" aria-hidden="true" />{' '}
          {format(t.baselineLegend, { name: current?.name ?? selected })}
        </p>
      )}
    </div>
  );
}
