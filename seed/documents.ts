// The five source papers, as Document nodes that every Source points into.
import type { DocumentInfo } from '../server/seedEntry.js';

export type { DocumentInfo };

export const DOCUMENTS: DocumentInfo[] = [
  {
    file: '000_0294d171777b1830.txt',
    key: 'nuit-2021-02',
    title:
      'NUIT møte 1/2021 (18. februar 2021), innkalling med saksunderlag, og referat fra NUIT-møtet i november 2020',
  },
  {
    file: '001_565d36bf8bebc15f.txt',
    key: 'nuit-2020-x',
    title: 'Referat fra NUIT-møte i 2020 (sak 18/20–25/20), udatert',
  },
  {
    file: '002_a0ef8617a5154810.txt',
    key: 'nuit-2023-09',
    title: 'NUIT møte 14. september 2023, presentasjon (sak 27/23–41/23)',
  },
  {
    file: '003_a62f4332b125e81f.txt',
    key: 'ehr-2022-12',
    title: 'Nasjonalt e-helseråd møte 6/2022 (2. desember 2022), innkalling, og referat fra møte 5/2022',
  },
  {
    file: '004_42186ddcc7bb4984.txt',
    key: 'ehs-2021-03',
    title:
      'Nasjonalt e-helsestyre møte 1/2021 (18. mars 2021), innkalling, og referat fra møtet i desember 2020',
  },
];
