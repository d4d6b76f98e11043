import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  const table = {
    name: 't',
    columns: [
      { key: 'a', header: 'Navn' },
      { key: 'b', header: 'Dag' },
      { key: 'c', header: 'Tall' },
    ],
    rows: [
      ['Helse Sør-Øst, RHF', { day: '2023-01-01' }, 3],
      ['sier "hei"\nog mer', null, true],
    ],
  };

  it('starts with a BOM, ends lines with CRLF and quotes only what needs it', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFNavn,Dag,Tall\r\n"Helse Sør-Øst, RHF",2023-01-01,3\r\n"sier ""hei""\nog mer",,true\r\n',
    );
  });

  it('quotes by the delimiter in use', () => {
    expect(toCsv(table, ';').split('\r\n')[1]).toBe('Helse Sør-Øst, RHF;2023-01-01;3');
  });
});
