// A small valid seed folder, written to a temp dir, that each test breaks in one way.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const DOC = '004_42186ddcc7bb4984.txt';
export const src = (lines: [number, number], quote: string, sak?: string) => ({
  doc: DOC,
  lines,
  quote,
  ...(sak ? { sak } : {}),
});
const schrems = src(
  [339, 339],
  'Schrems II-dommen har ført til utsettelse av produksjonssetting av Persontjenesten',
);

export type Files = Record<string, Record<string, unknown>[]>;

export function validFiles(): Files {
  return {
    'p1/actors': [
      {
        id: 'norsk-helsenett',
        name: 'Norsk helsenett SF',
        kind: 'statlig-foretak',
        sources: [src([9, 9], 'Norsk Helsenett SF')],
      },
    ],
    'p1/initiatives': [
      {
        id: 'persontjenesten',
        name: 'Persontjenesten',
        kind: 'national-solution',
        owners: ['norsk-helsenett'],
        start: '2021-Q3',
        end: '2021-Q4',
        sources: [schrems],
      },
      {
        id: 'helseplattformen',
        name: 'Helseplattformen',
        kind: 'national-solution',
        start: 2022,
        sources: [schrems],
      },
    ],
    'p1/dependencies': [
      {
        from: 'helseplattformen',
        to: 'persontjenesten',
        kind: 'technical',
        inferred: true,
        note: 'Concluded from the orientation on Schrems II; the paper does not state the link.',
        sources: [schrems],
      },
    ],
    'p1/milestones': [
      {
        id: 'persontjenesten-innforing',
        name: 'Nasjonal innføring',
        initiative: 'persontjenesten',
        date: '2021-Q3',
        sources: [schrems],
      },
    ],
    'p1/risks': [
      {
        id: 'schrems-ii',
        name: 'Schrems II-dommen',
        kind: 'court-ruling',
        affects: [{ target: 'persontjenesten', expectedDelayDays: null, sources: [schrems] }],
        sources: [schrems],
      },
    ],
    'p1/meetings': [
      {
        id: 'ehelsestyret-2021-1',
        body: 'ehelsestyret',
        number: '1/2021',
        date: '2021-03-18',
        sources: [src([3, 5], 'Møte i Nasjonalt e-helsestyre')],
      },
    ],
    'p1/agenda-items': [
      {
        id: 'ehelsestyret-2021-1/05-21',
        meeting: 'ehelsestyret-2021-1',
        number: '5/21',
        title: 'Nasjonal e-helseportefølje – status og planer',
        kind: 'orientering',
        concerns: ['persontjenesten'],
        sources: [src([16, 16], 'Nasjonal e-helseportefølje – status og planer', '5/21')],
      },
    ],
  };
}

/** Writes the files as YAML into a fresh folder and returns its path. */
export function writeFixture(files: Files, raw: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'veikart-seed-'));
  for (const [name, records] of Object.entries(files)) {
    mkdirSync(join(dir, name.split('/')[0] ?? ''), { recursive: true });
    writeFileSync(join(dir, `${name}.yaml`), stringify(records));
  }
  for (const [name, text] of Object.entries(raw)) {
    mkdirSync(join(dir, name.split('/')[0] ?? ''), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
