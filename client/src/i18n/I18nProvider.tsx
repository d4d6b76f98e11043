// Holds the current language; the choice is kept in the URL (?lang=en) so a shared link keeps it.
// The API writes some text in the request's language (reasons, NUIT's question, date labels), so a
// change of language first lets the app drop what it holds in the old one (onLanguageChange).
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Locale, type Messages, messages } from './messages';

interface I18n {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

function localeFromUrl(): Locale {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'nb';
}

export function I18nProvider({
  children,
  onLanguageChange,
}: {
  children: ReactNode;
  /** Called with the new language in the URL, before the UI switches: the app refetches its data. */
  onLanguageChange?: () => Promise<unknown>;
}) {
  const [locale, setLocaleState] = useState<Locale>(localeFromUrl);
  const setLocale = useCallback(
    (next: Locale) => {
      const url = new URL(window.location.href);
      if (next === 'nb') url.searchParams.delete('lang');
      else url.searchParams.set('lang', next);
      window.history.replaceState(null, '', url);
      document.documentElement.lang = next === 'nb' ? 'nb' : 'en';
      // The UI switches when the data is there in the new language (or could not be fetched).
      void (onLanguageChange?.() ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => setLocaleState(next));
    },
    [onLanguageChange],
  );
  const value = useMemo(() => ({ locale, t: messages[locale], setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
