// The legend for status colours, shown beside every view that colours by status.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey, Messages } from '../i18n/messages';
import { STATUS_COLOURS, STATUSES } from './status';

/** A status colour's name in the UI's language ("Grønn: i rute"). */
export function statusLabel(t: Messages, status: keyof typeof STATUS_COLOURS): string {
  return status === 'UNKNOWN' ? t.statusUnknown : t[`status${status}` as MessageKey];
}

/** `children`: further entries (<li>) a view adds, such as the timeline's red conflict arrow. */
export function StatusLegend({ children }: { children?: ReactNode } = {}) {
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
            {statusLabel(t, s)}
          </li>
        ))}
        {children}
      </ul>
    </section>
  );
}
