// The app shell: header with the language toggle, and the views below it.
import { HealthPanel } from './features/health/HealthPanel';
import { useI18n } from './i18n/I18nProvider';

export function App() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="shell">
      <header className="topbar">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <button
          type="button"
          aria-label={t.languageToggleLabel}
          onClick={() => setLocale(locale === 'nb' ? 'en' : 'nb')}
        >
          {t.languageToggle}
        </button>
      </header>
      <main>
        <HealthPanel />
      </main>
    </div>
  );
}
