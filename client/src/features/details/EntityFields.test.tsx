// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render';
import { EntityFields } from './EntityFields';
import type { EntityDetails } from './entityQuery';

afterEach(cleanup);

// A decision that deferred a sak, with one stated and one inferred effect, as the API returns it.
const DECISION = {
  __typename: 'Risk',
  id: 'utsatt-sak-42-20-mandat-nasjonale-utvalg',
  name: 'Nasjonalt e-helsestyre utsetter saken om mandat for nasjonale utvalg (sak 42/20)',
  note: null,
  inferred: false,
  version: 1,
  sources: [],
  aliases: [],
  riskKind: 'DECISION',
  description: null,
  date: null,
  affects: [
    {
      expectedDelayDays: null,
      delayText: 'Saken utsettes.',
      inferred: false,
      target: {
        __typename: 'Milestone',
        id: 'mandat-nuit-nufa-vedtatt',
        name: 'Vedtak av justerte mandater',
      },
    },
    {
      expectedDelayDays: null,
      delayText: null,
      inferred: true,
      target: { __typename: 'Initiative', id: 'nhn-skystrategi', name: 'NHNs skystrategi' },
    },
  ],
} as unknown as EntityDetails;

describe('EntityFields of a risk or event', () => {
  it.each([
    ['nb', 'Beslutning om stans eller utsettelse', 'utledet', 'utledet, ikke uttrykkelig i sakspapirene'],
    ['en', 'Decision to stop or defer', 'inferred', 'inferred, not stated outright in the papers'],
  ] as const)(
    'names the kind from the vocabulary and labels only the inferred effect (%s)',
    (locale, kind, label, why) => {
      const { container, getAllByRole } = renderIn(locale, <EntityFields entity={DECISION} />);
      expect(container.querySelectorAll('dd')[1]?.textContent).toBe(kind);
      const effects = getAllByRole('listitem');
      expect(effects[0]?.textContent).toBe('Vedtak av justerte mandater Saken utsettes.');
      expect(effects[0]?.querySelector('abbr')).toBeNull();
      const mark = effects[1]?.querySelector('abbr');
      expect(mark?.textContent).toBe(label);
      expect(mark?.getAttribute('title')).toBe(why);
    },
  );
});
