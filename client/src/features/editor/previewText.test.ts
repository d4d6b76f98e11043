import { describe, expect, it } from 'vitest';
import { en, nb } from '../../i18n/messages';
import type { EditPreview } from './previewQuery';
import { consequenceLines, previewSections } from './previewText';

const preview = {
  moved: [
    { item: { id: 'me', name: 'Me' }, undated: false, endShiftDays: 365, startShiftDays: 365, newEnd: null },
    {
      item: { id: 'ff', name: 'FF-dependent' },
      undated: false,
      endShiftDays: 200,
      startShiftDays: 0,
      newEnd: { date: { label: '2. kv. 2025' } },
    },
    {
      item: { id: 'hp', name: 'Helseplattformen' },
      undated: true,
      endShiftDays: 30,
      startShiftDays: 30,
      newEnd: null,
    },
  ],
  newConflicts: [
    { slackDays: -45, type: 'FF', from: { id: 'ff', name: 'FF-dependent' }, to: { id: 'me', name: 'Me' } },
  ],
  resolvedConflicts: [],
  verdictChanges: [
    {
      year: 2024,
      before: 'AT_RISK',
      after: 'NOT_AS_PLANNED',
      tiltak: { id: 'me', name: 'Me' },
      reasons: [{ text: 'Datoene passer ikke året' }],
    },
  ],
} as unknown as EditPreview;

describe('previewSections', () => {
  it('names the successors that move (not the item itself), broken links and changed verdicts', () => {
    expect(previewSections(preview, 'me', nb, 'nb')).toEqual({
      moves: ['FF-dependent: +200 d → 2. kv. 2025', 'Helseplattformen: +30 d (udatert)'],
      breaks: ['FF-dependent → Me (FF, brutt med 45 d)'],
      resolves: [],
      verdicts: ['Me 2024: I fare → Ikke som planlagt (Datoene passer ikke året)'],
    });
  });

  it('words the same consequences in English for the toast, leaving out empty groups', () => {
    const lines = consequenceLines(previewSections(preview, 'me', en, 'en'), en);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      'Year verdicts (NUIT) that change: Me 2024: At risk → Not as planned (Datoene passer ikke året)',
    );
  });
});
