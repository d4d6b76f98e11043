// The texts every exported picture carries, in the user's language.
import type { Status } from '../../components/status';
import type { Messages } from '../../i18n/messages';
import { format } from '../../i18n/messages';

export function statusLabels(t: Messages): Record<Status | 'UNKNOWN', string> {
  return {
    GREEN: t.statusGREEN,
    YELLOW: t.statusYELLOW,
    RED: t.statusRED,
    BLUE: t.statusBLUE,
    GREY: t.statusGREY,
    UNKNOWN: t.statusUnknown,
  };
}

/** Today as an ISO day, for file names and "exported on". */
export const isoToday = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export function footer(t: Messages, date: string, url: string): string {
  return format(t.exportFooter, { date: format(t.exportedOn, { date }), url });
}
