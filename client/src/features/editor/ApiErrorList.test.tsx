// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeApiErrors } from '../../components/apiErrors';
import type { Locale } from '../../i18n/messages';
import { renderIn } from '../../test/render';
import { ApiErrorList, problemFor } from './ApiErrorList';

afterEach(cleanup);

// The errors as the API sends them (extensions.code, messageNb/messageEn, problems, cycle).
const RESPONSES = {
  validation: {
    message: 'Validation failed',
    extensions: {
      code: 'VALIDATION',
      messageNb: 'Noen felter er ugyldige.',
      messageEn: 'Some fields are invalid.',
      problems: [{ field: 'name', message: 'Navn kan ikke være tomt.' }],
    },
  },
  cycle: {
    message: 'Cycle',
    extensions: {
      code: 'CYCLE',
      messageNb: 'Avhengigheten ville lage en sirkel.',
      messageEn: 'The dependency would close a cycle.',
      cycle: ['persontjenesten', 'helseplattformen', 'persontjenesten'],
    },
  },
  stale: {
    message: 'Conflict',
    extensions: {
      code: 'CONFLICT',
      messageNb: 'Tiltaket er endret av noen andre siden du åpnet det.',
      messageEn: 'Someone else changed the initiative since you opened it.',
    },
  },
};

function errorsFor(kind: keyof typeof RESPONSES, locale: Locale) {
  return describeApiErrors(new CombinedGraphQLErrors({ errors: [RESPONSES[kind]] }), locale);
}

describe('ApiErrorList', () => {
  it('renders nothing without errors', () => {
    const { container } = renderIn('nb', <ApiErrorList errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it.each([
    ['validation', 'nb', 'VALIDATION', 'Noen felter er ugyldige.'],
    ['validation', 'en', 'VALIDATION', 'Some fields are invalid.'],
    ['cycle', 'nb', 'CYCLE', 'Avhengigheten ville lage en sirkel.'],
    ['cycle', 'en', 'CYCLE', 'The dependency would close a cycle.'],
    ['stale', 'nb', 'CONFLICT', 'Tiltaket er endret av noen andre siden du åpnet det.'],
    ['stale', 'en', 'CONFLICT', 'Someone else changed the initiative since you opened it.'],
  ] as const)('shows a %s error in %s with its code', (kind, locale, code, message) => {
    const { getByRole } = renderIn(locale, <ApiErrorList errors={errorsFor(kind, locale)} />);
    const alert = getByRole('alert');
    expect(alert.querySelector('[data-code]')?.getAttribute('data-code')).toBe(code);
    expect(alert.querySelector('.error-title')?.textContent).toBe(message);
  });

  it.each([
    ['nb', 'Sirkel som ville oppstått:'],
    ['en', 'The cycle it would close:'],
  ] as const)('lists the cycle path as links in %s', (locale, heading) => {
    const { getByRole, getByText } = renderIn(locale, <ApiErrorList errors={errorsFor('cycle', locale)} />);
    expect(getByText(heading)).toBeTruthy();
    const links = [...getByRole('alert').querySelectorAll('ol.cycle li a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['persontjenesten', `/?${locale === 'en' ? 'lang=en&' : ''}item=persontjenesten`],
      ['helseplattformen', `/?${locale === 'en' ? 'lang=en&' : ''}item=helseplattformen`],
      ['persontjenesten', `/?${locale === 'en' ? 'lang=en&' : ''}item=persontjenesten`],
    ]);
  });

  it.each([
    ['nb', 'Last inn siste versjon'],
    ['en', 'Load the latest version'],
  ] as const)('offers to reload the latest version of a stale edit in %s', (locale, label) => {
    const onReload = vi.fn();
    const { getByRole } = renderIn(
      locale,
      <ApiErrorList errors={errorsFor('stale', locale)} onReload={onReload} />,
    );
    fireEvent.click(getByRole('button', { name: label }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('offers no reload for a validation error', () => {
    const { queryByRole } = renderIn(
      'nb',
      <ApiErrorList errors={errorsFor('validation', 'nb')} onReload={() => {}} />,
    );
    expect(queryByRole('button')).toBeNull();
  });
});

describe('problemFor', () => {
  it.each([
    ['name', 'Navn kan ikke være tomt.'],
    ['phase', undefined],
  ])('finds the problem for field %s', (field, expected) => {
    expect(problemFor(errorsFor('validation', 'nb'), field)).toBe(expected);
  });
});
