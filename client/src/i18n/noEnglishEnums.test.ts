// The Norwegian UI never shows an enum's code (the English word the API and the database use, such
// as "financing" or "planned") where the vocabulary has a Norwegian word for it: every enum reaches
// the screen through the one vocabulary (server/domain/model/vocabulary.ts).
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../../server/domain/model/vocabulary';
import { historyNb } from './historyMessages';
import { nb } from './messages';

/** Codes whose bokmål word differs from the code itself (so the code on screen is English). */
const englishCodes = Object.values(VOCABULARIES).flatMap((vocab) =>
  vocab.codes.flatMap((code) => {
    const words = (vocab.labels as Record<string, { nb: string }>)[code];
    const spelled = code.replace(/-/g, ' ');
    // A code that is (part of) its own Norwegian word, such as "tiltak" (Veikart-tiltak), is not English.
    if (!words || words.nb.toLowerCase().includes(spelled) || !/^[a-z][a-z-]{2,}$/.test(code)) return [];
    return [{ vocab: vocab.name, code, spelled }];
  }),
);

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : [];

describe('the Norwegian UI', () => {
  const texts = [...stringsOf(nb), ...stringsOf(historyNb)];

  it('has texts to check and codes to look for', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(englishCodes.map((c) => c.code)).toEqual(
      expect.arrayContaining(['planned', 'programme', 'green']),
    );
  });

  it.each(englishCodes)('never says the code "$code" ($vocab)', ({ code, spelled }) => {
    // Placeholders ({status}) are not words on screen; "MS Project" is a product's name.
    const words = new RegExp(`(?<![{\\w/-])(${code}|${spelled})(?![}\\w-])`, 'i');
    const hits = texts.filter((t) => words.test(t.replace(/\{[^}]*\}/g, '').replace('MS Project', '')));
    expect(hits).toEqual([]);
  });
});
