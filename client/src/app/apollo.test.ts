import { describe, expect, it } from 'vitest';
import { uiLanguage } from './apollo';

describe('uiLanguage (sent as Accept-Language, so the API answers in the UI language)', () => {
  it.each([
    ['?lang=en', 'en'],
    ['?view=year&lang=en', 'en'],
    ['', 'nb'],
    ['?lang=de', 'nb'],
  ] as const)('%s → %s', (search, language) => {
    expect(uiLanguage(search)).toBe(language);
  });
});
