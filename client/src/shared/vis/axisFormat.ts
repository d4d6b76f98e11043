// Axis labels in the user's language (vis-timeline's own locales lack bokmål), with quarters.
import type { Locale } from '../../i18n/messages';

const tag = (locale: Locale) => (locale === 'nb' ? 'nb-NO' : 'en-GB');

/** vis-timeline passes a moment; valueOf() gives epoch milliseconds for either a moment or a Date. */
const asDate = (date: { valueOf(): number }) => new Date(date.valueOf());

export function minorLabel(locale: Locale) {
  const month = new Intl.DateTimeFormat(tag(locale), { month: 'short' });
  const day = new Intl.DateTimeFormat(tag(locale), { day: 'numeric' });
  const weekday = new Intl.DateTimeFormat(tag(locale), { weekday: 'short', day: 'numeric' });
  return (value: { valueOf(): number }, scale: string): string => {
    const date = asDate(value);
    switch (scale) {
      case 'year':
        return String(date.getFullYear());
      case 'month':
        return month.format(date);
      case 'week':
      case 'day':
        return day.format(date);
      case 'weekday':
        return weekday.format(date);
      default:
        return date.toLocaleTimeString(tag(locale), { hour: '2-digit', minute: '2-digit' });
    }
  };
}

export function majorLabel(locale: Locale) {
  const monthYear = new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric' });
  return (value: { valueOf(): number }, scale: string): string => {
    const date = asDate(value);
    if (scale === 'year') return '';
    if (scale === 'month') return String(date.getFullYear());
    return monthYear.format(date);
  };
}
