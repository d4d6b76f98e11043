// Numbers as each language writes them (Intl): "33,7" in bokmål, "33.7" in English.
import type { Locale } from './messages';

const TAGS: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

/** `n` with at most `digits` decimals, in the language's own way. */
export function formatNumber(n: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits }).format(n);
}
