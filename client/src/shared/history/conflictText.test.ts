import { describe, expect, it } from 'vitest';
import { en, nb } from '../../i18n/messages';
import { conflictMessage, namesOfChanges } from './conflictText';

const names = { pll: 'Pasientens legemiddelliste', kj: 'Kjernejournal' };

describe('a refused undo in plain words', () => {
  it('names the items and dependencies that changed since', () => {
    expect(conflictMessage('undo', 'PLL', ['pll', 'pll-[DEPENDS_ON]->kj'], names, nb)).toBe(
      'Kan ikke angre «PLL»: «Pasientens legemiddelliste» og avhengigheten Pasientens legemiddelliste → Kjernejournal er endret etter denne endringen. Se historikken.',
    );
    expect(conflictMessage('redo', 'PLL', ['kj'], names, en)).toBe(
      'Cannot redo “PLL”: «Kjernejournal» changed since. See the history.',
    );
  });

  it('falls back to the id, and shortens long lists', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(conflictMessage('undo', 'X', ids, {}, nb)).toContain('«a», «b», «c», «d», «e» og …');
    expect(conflictMessage('undo', 'X', [], {}, nb)).toContain('noe av det den rørte');
  });

  it('takes names from the change set (after, or before for a delete)', () => {
    expect(
      namesOfChanges([
        { id: 'a', before: null, after: '{"name":"A ny"}' },
        { id: 'b', before: '{"name":"B"}', after: null },
        { id: 'a-[DEPENDS_ON]->b', before: null, after: '{"lagDays":0}' },
      ]),
    ).toEqual({ a: 'A ny', b: 'B' });
  });
});
