// The client's lists, colours and status words come from the one vocabulary
// (server/domain/model/vocabulary.ts), in the GraphQL spelling the client receives.
import { describe, expect, it } from 'vitest';
import { en, nb } from '../i18n/messages';
import { INITIATIVE_KINDS, initiativeKindName, riskKindName } from './kinds';
import { STATUS_COLOURS, STATUSES } from './status';
import {
  CONDITION_KIND,
  enumValueName,
  INITIATIVE_KIND,
  MILESTONE_STATUS,
  RISK_KIND,
  STATUS_COLOUR,
  STATUS_MEANING,
  STATUS_PALETTE,
  UNKNOWN_STATUS,
  wordOf,
} from './vocabulary';

describe('the client vocabulary', () => {
  it('lists every initiative kind, named in both languages', () => {
    expect(INITIATIVE_KINDS).toEqual(INITIATIVE_KIND.codes.map((c) => enumValueName(INITIATIVE_KIND, c)));
    expect(INITIATIVE_KINDS).toContain('NATIONAL_SOLUTION');
    for (const code of INITIATIVE_KIND.codes) {
      const kind = enumValueName(INITIATIVE_KIND, code);
      expect(initiativeKindName(kind, 'nb')).toBe(INITIATIVE_KIND.labels[code].nb);
      expect(initiativeKindName(kind, 'en')).toBe(INITIATIVE_KIND.labels[code].en);
    }
    expect(initiativeKindName('TILTAK', 'nb')).toBe('Veikart-tiltak');
  });

  it('names every risk kind in both languages, a decision to stop or defer work among them', () => {
    for (const code of RISK_KIND.codes) {
      const kind = enumValueName(RISK_KIND, code);
      expect(riskKindName(kind, 'nb')).toBe(RISK_KIND.labels[code].nb);
      expect(riskKindName(kind, 'en')).toBe(RISK_KIND.labels[code].en);
    }
    expect(riskKindName('DECISION', 'nb')).toBe('Beslutning om stans eller utsettelse');
    expect(riskKindName('COURT_RULING', 'en')).toBe('Court ruling');
    expect(riskKindName('NO_SUCH_KIND', 'en')).toBe('NO_SUCH_KIND');
  });

  it('draws and names each status as the vocabulary says', () => {
    expect(STATUSES).toEqual(['GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY']);
    for (const code of STATUS_COLOUR.codes) {
      const key = enumValueName(STATUS_COLOUR, code) as keyof typeof STATUS_COLOURS;
      expect(STATUS_COLOURS[key]).toEqual(STATUS_PALETTE[code]);
      const message = `status${key}` as keyof typeof nb;
      expect(nb[message]).toBe(`${STATUS_COLOUR.labels[code].nb}: ${STATUS_MEANING[code].nb}`);
      expect(en[message]).toBe(`${STATUS_COLOUR.labels[code].en}: ${STATUS_MEANING[code].en}`);
    }
    expect(STATUS_COLOURS.UNKNOWN).toEqual(STATUS_PALETTE.unknown);
    expect(nb.statusUnknown).toBe(UNKNOWN_STATUS.nb);
    expect(en.statusUnknown).toBe(UNKNOWN_STATUS.en);
  });
});

describe('wordOf', () => {
  it.each([
    [CONDITION_KIND, 'FINANCING', 'nb', CONDITION_KIND.labels.financing.nb],
    [CONDITION_KIND, 'FINANCING', 'en', CONDITION_KIND.labels.financing.en],
    [MILESTONE_STATUS, 'PLANNED', 'nb', 'Planlagt'],
    [MILESTONE_STATUS, 'planned', 'en', 'Planned'],
    [MILESTONE_STATUS, 'SOMETHING_NEW', 'nb', 'SOMETHING_NEW'],
    [MILESTONE_STATUS, null, 'nb', ''],
  ] as const)('%#: %s in %s', (vocab, value, locale, word) => {
    expect(wordOf(vocab as typeof CONDITION_KIND, value, locale)).toBe(word);
  });
});
