import { describe, expect, it } from 'vitest';
import { en, nb } from '../../i18n/messages';
import {
  fieldLabel,
  formatDay,
  formatTimestamp,
  formatValue,
  operationLabel,
  relationshipWords,
  varianceLabel,
  visibleChanges,
  visibleFields,
} from './changeFormat';

describe('how a change reads', () => {
  it('formats times and days with Intl in the language', () => {
    const at = new Date(2026, 11, 6, 23, 31).toISOString();
    expect(formatTimestamp(at, 'nb')).toMatch(/6\. des\.? 2026.*23[:.]31/);
    expect(formatTimestamp(at, 'en')).toMatch(/6 Dec 2026.*23:31/);
    expect(formatDay('2025-10-15', 'nb')).toMatch(/15\. okt\.? 2025/);
    expect(formatDay('2025-Q1', 'nb')).toBe('2025-Q1');
    expect(formatTimestamp('not a date', 'nb')).toBe('not a date');
  });

  it('shows values plainly, "—" for nothing', () => {
    expect(formatValue('"2025-Q1"')).toBe('2025-Q1');
    expect(formatValue('null')).toBe('—');
    expect(formatValue(null)).toBe('—');
    expect(formatValue('["a","b"]')).toBe('a, b');
    expect(formatValue('42')).toBe('42');
  });

  it('names operations and hides bookkeeping fields', () => {
    expect(operationLabel('DELETE_INITIATIVE', nb)).toBe('Slettet tiltak');
    expect(operationLabel('UPDATE_MILESTONE', en)).toBe('Changed milestone');
    expect(operationLabel('SOMETHING_NEW', en)).toBe('something new');
    expect(
      visibleFields([
        { field: 'end', before: '"2025"', after: '"2026"' },
        { field: 'version', before: '3', after: '4' },
        { field: 'updatedAt', before: null, after: '"x"' },
      ]).map((f) => f.field),
    ).toEqual(['end']);
  });

  it('names fields as the details panel does', () => {
    expect(fieldLabel('phase', nb)).toBe('Fase');
    expect(fieldLabel('end', en)).toBe('End');
    expect(fieldLabel('somethingElse', nb)).toBe('somethingElse');
  });

  it('labels a variance in days', () => {
    expect(varianceLabel(45)).toBe('+45 d');
    expect(varianceLabel(-10)).toBe('−10 d');
    expect(varianceLabel(0)).toBe('±0 d');
  });
});

describe('relationship changes as a reader sees them', () => {
  it('leaves out the provenance links and keeps plan links', () => {
    const changes = [
      { kind: 'relationship', label: 'CITES', id: 'a-[CITES]->src-1' },
      { kind: 'relationship', label: 'DEPENDS_ON', id: 'a-[DEPENDS_ON]->b' },
      { kind: 'node', label: 'Initiative', id: 'a' },
    ];
    expect(visibleChanges(changes).map((c) => c.id)).toEqual(['a-[DEPENDS_ON]->b', 'a']);
  });

  it.each([
    ['DEPENDS_ON', 'nb', 'avhenger av'],
    ['DEPENDS_ON', 'en', 'depends on'],
    ['OWNS', 'nb', 'eier'],
    ['SOMETHING_NEW', 'nb', 'SOMETHING_NEW'],
  ] as const)('%s in %s reads "%s"', (type, locale, words) => {
    expect(relationshipWords(type, locale)).toBe(words);
  });
});
