// The legend for status colours, shown beside every view that colours by status.
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { STATUS_COLOURS, STATUSES } from './status';

export function StatusLegend() {
  const { t } = useI18n();
  return (
    <section className="legend" aria-label={t.statusLegend}>
      <ul>
        {[...STATUSES, 'UNKNOWN' as const].map((s) => (
          <li key={s}>
            <span
              className="swatch"
              aria-hidden="true"
              style={{ background: STATUS_COLOURS[s].fill, borderColor: STATUS_COLOURS[s].border }}
            />
            {s === 'UNKNOWN' ? t.statusUnknown : t[`status${s}` as MessageKey]}
          </li>
        ))}
      </ul>
    </section>
  );
}
