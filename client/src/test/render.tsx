// Renders a component the way the app does (inside the I18nProvider, in a chosen language) for the
// component tests; the language is taken from the URL like in the app.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';

export function renderIn(locale: Locale, ui: ReactElement, search = '') {
  const params = new URLSearchParams(search);
  if (locale === 'en') params.set('lang', 'en');
  const query = params.toString();
  window.history.replaceState(null, '', `/${query ? `?${query}` : ''}`);
  return render(<I18nProvider>{ui}</I18nProvider>);
}
