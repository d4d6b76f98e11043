// UI text. Norwegian bokmål is the default; every key must exist in both languages
// (the type below makes a missing English text a compile error).
export type Locale = 'nb' | 'en';

export const nb = {
  appTitle: 'Veikart',
  appSubtitle: 'Nasjonal e-helseportefølje: tiltak, avhengigheter og veikart',
  languageToggle: 'English',
  languageToggleLabel: 'Bytt språk til engelsk',
  healthTitle: 'Systemstatus',
  healthLoading: 'Henter status …',
  healthError: 'Kunne ikke hente status fra tjeneren',
  healthDatabase: 'Database',
  healthReachable: 'tilgjengelig',
  healthUnreachable: 'ikke tilgjengelig',
  healthVersion: 'Neo4j-versjon',
  healthAppVersion: 'Veikart-versjon',
  healthCounts: 'Innhold',
  healthEmpty: 'Databasen er tom.',
  retry: 'Prøv igjen',
};

export type Messages = { [K in keyof typeof nb]: string };

export const en: Messages = {
  appTitle: 'Veikart',
  appSubtitle: 'National e-health portfolio: initiatives (tiltak), dependencies and roadmap (veikart)',
  languageToggle: 'Norsk',
  languageToggleLabel: 'Switch language to Norwegian',
  healthTitle: 'System status',
  healthLoading: 'Loading status …',
  healthError: 'Could not load status from the server',
  healthDatabase: 'Database',
  healthReachable: 'reachable',
  healthUnreachable: 'unreachable',
  healthVersion: 'Neo4j version',
  healthAppVersion: 'Veikart version',
  healthCounts: 'Contents',
  healthEmpty: 'The database is empty.',
  retry: 'Try again',
};

export const messages: Record<Locale, Messages> = { nb, en };
