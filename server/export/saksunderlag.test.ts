import { describe, expect, it } from 'vitest';
import { mendJoinedLines } from './saksunderlag.js';

describe('mendJoinedLines', () => {
  it.each([
    ['innen 2026Helse Vest RHF', 'innen 2026 Helse Vest RHF'],
    ['i møtet.2.NUIT drøfter', 'i møtet.2. NUIT drøfter'],
    ['finansiering.Aktivitetene', 'finansiering. Aktivitetene'],
    // Left alone: decimals, abbreviations in lower case, names in camel case, line breaks → spaces.
    ['33.7 uker', '33.7 uker'],
    ['St.meld. 9', 'St.meld. 9'],
    ['HelsaMi og\nHelsenorge', 'HelsaMi og Helsenorge'],
  ])('%s', (text, mended) => {
    expect(mendJoinedLines(text)).toBe(mended);
  });
});
