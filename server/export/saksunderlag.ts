// The NUIT year view written out as a saksunderlag: a small document model (headings, facts, lists,
// tables) built once from the gathered data, in the chosen language. yearAgendaMarkdown.ts and
// yearAgendaPdf.ts render the same blocks, so the paper and the pasted text say the same thing.
import { formatPrecisionDate, parsePrecisionDate } from '../domain/dates/index.js';
import type { ExportDate } from '../services/roadmapRows.js';
import type { TiltakSheet, YearAgendaExportData } from '../services/yearAgendaSheets.js';
import {
  DEPENDENCY_KIND,
  DEPENDENCY_STATE,
  ITEM_KIND,
  type Locale,
  labelOf,
  lagText,
  lowerLabelOf,
  STATUS,
  VERDICT,
} from './labels.js';

export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; verdict?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string; header: string[]; rows: string[][]; widths: number[] };

export interface SaksunderlagDoc {
  title: string;
  blocks: Block[];
}

const BODY: Record<string, Record<Locale, string>> = {
  nuit: { nb: 'NUIT', en: 'NUIT' },
  ehelsestyret: { nb: 'Nasjonalt e-helsestyre', en: 'National e-health board' },
  ehelseradet: { nb: 'Nasjonalt e-helseråd', en: 'National e-health council' },
  nufa: { nb: 'NUFA', en: 'NUFA' },
};

export const dateLabel = (d: ExportDate | null, locale: Locale): string =>
  d ? formatPrecisionDate(parsePrecisionDate(d.text), locale) : '';

function period(start: ExportDate | null, end: ExportDate | null, locale: Locale): string {
  const a = dateLabel(start, locale);
  const b = dateLabel(end, locale);
  if (a && b) return a === b ? a : `${a} – ${b}`;
  return a || b || (locale === 'nb' ? 'ikke datert' : 'not dated');
}

/** "flyttet 3 ganger siden 2021; siden forrige veikart +2 kv.; siden første +1 år". */
function datesOverTime(m: TiltakSheet['dateMoves'], locale: Locale): string {
  const nb = locale === 'nb';
  if (!m) return nb ? 'ingen daterte utsagn' : 'no dated statements';
  const since = m.sinceYear === null ? '' : nb ? ` siden ${m.sinceYear}` : ` since ${m.sinceYear}`;
  const moved =
    m.moves === 0
      ? nb
        ? `ikke flyttet (${m.statements} utsagn)`
        : `not moved (${m.statements} statements)`
      : nb
        ? `flyttet ${m.moves} ${m.moves === 1 ? 'gang' : 'ganger'}${since}`
        : `moved ${m.moves} ${m.moves === 1 ? 'time' : 'times'}${since}`;
  const parts = [moved];
  if (m.sincePrevious)
    parts.push(`${nb ? 'siden forrige veikart' : 'since the previous veikart'} ${m.sincePrevious}`);
  if (m.sinceFirst && m.moves > 0) parts.push(`${nb ? 'siden første' : 'since the first'} ${m.sinceFirst}`);
  return parts.join('; ');
}

function tiltakBlocks(t: TiltakSheet, year: number, locale: Locale): Block[] {
  const nb = locale === 'nb';
  const none = nb ? 'Ingen' : 'None';
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t.name, verdict: t.verdict },
    {
      kind: 'facts',
      rows: [
        [nb ? 'Vurdering' : 'Assessment', labelOf(VERDICT, t.verdict, locale)],
        ['Status', [labelOf(STATUS, t.status ?? 'unknown', locale), t.phase].filter(Boolean).join(', ')],
        [nb ? 'Periode' : 'Period', period(t.start, t.end, locale)],
        [nb ? 'Eiere' : 'Owners', t.owners.join(', ') || none],
        [nb ? `Hva skal skje i ${year}` : `What happens in ${year}`, t.activity ?? '–'],
        [
          nb ? 'Forsinkelse om kjente risikoer inntreffer' : 'Delay if known risks happen',
          t.projectedSlipDays ? `${t.projectedSlipDays} ${nb ? 'dager' : 'days'}` : nb ? 'ingen' : 'none',
        ],
        [nb ? 'Datoer over tid' : 'Dates over time', datesOverTime(t.dateMoves, locale)],
        ['ID', t.id],
      ],
    },
    { kind: 'list', label: nb ? 'Begrunnelse' : 'Reasons', items: t.reasons.map((r) => r[locale]) },
  ];
  blocks.push({
    kind: 'table',
    label: nb ? 'Avhengigheter og deres tilstand' : 'Dependencies and their state',
    header: nb
      ? ['Avhenger av', 'Type', 'Tilstand', 'Begrunnelse']
      : ['Depends on', 'Type', 'State', 'Reason'],
    widths: [0.28, 0.17, 0.13, 0.42],
    rows: t.dependencies.map((d) => [
      `${d.targetName} (${labelOf(ITEM_KIND, d.targetKind, locale)})`,
      [d.type, lagText(d.lagDays), lowerLabelOf(DEPENDENCY_KIND, d.kind, locale)].filter(Boolean).join(', '),
      labelOf(DEPENDENCY_STATE, d.state, locale),
      d.reason[locale],
    ]),
  });
  blocks.push({
    kind: 'list',
    label: nb ? 'Risikoer' : 'Risks',
    items: t.risks.map((r) => {
      const length =
        r.expectedDelayDays !== null
          ? `${r.expectedDelayDays} ${nb ? 'dager' : 'days'}`
          : nb
            ? 'lengde ikke oppgitt'
            : 'length not given';
      return `${r.name} (${length}${r.delayText ? `: ${r.delayText}` : ''})`;
    }),
  });
  blocks.push({
    kind: 'table',
    label: nb ? 'Vedtakshistorikk' : 'History of decisions (vedtak)',
    header: nb ? ['Møte', 'Sak', 'Tittel', 'Vedtak'] : ['Meeting', 'Sak', 'Title', 'Decision (vedtak)'],
    widths: [0.2, 0.1, 0.28, 0.42],
    rows: t.vedtak.map((s) => [
      [s.body ? (BODY[s.body]?.[locale] ?? s.body) : '', dateLabel(s.meetingDate, locale)]
        .filter(Boolean)
        .join(' '),
      s.number,
      s.title,
      s.decision ??
        (s.deferred
          ? nb
            ? 'Utsatt'
            : 'Deferred'
          : s.proposedDecision
            ? `${nb ? 'Forslag til vedtak' : 'Proposed'}: ${s.proposedDecision}`
            : '–'),
    ]),
  });
  blocks.push({
    kind: 'list',
    label: nb ? 'Kilder' : 'Sources',
    items: t.sources.map((s) => {
      const where = `${s.documentTitle ?? s.doc}, ${nb ? 'linje' : 'lines'} ${s.fromLine}–${s.toLine}${s.sak ? `, sak ${s.sak}` : ''}`;
      return `${where}: «${s.quote}»`;
    }),
  });
  return blocks;
}

export function saksunderlag(data: YearAgendaExportData, locale: Locale): SaksunderlagDoc {
  const nb = locale === 'nb';
  const count = data.goals.reduce((n, g) => n + g.tiltak.length, 0);
  const title = nb ? `Saksunderlag: veikart-tiltak ${data.year}` : `Briefing: veikart tiltak ${data.year}`;
  const blocks: Block[] = [
    {
      kind: 'title',
      text: title,
      subtitle: nb ? 'Kan tiltakene gjennomføres som planlagt?' : 'Can the tiltak be carried out as planned?',
    },
    {
      kind: 'paragraph',
      text: nb
        ? `${count} tiltak: ${data.summary['as-planned']} som planlagt, ${data.summary['at-risk']} usikre, ${data.summary['not-as-planned']} ikke som planlagt. Vurderingen bygger på tiltakenes status, avhengighetene og deres tilstand, og risikoene som rammer dem, slik papirene oppgir dem (kilder under hvert tiltak).`
        : `${count} tiltak: ${data.summary['as-planned']} as planned, ${data.summary['at-risk']} at risk, ${data.summary['not-as-planned']} not as planned. The assessment rests on each tiltak's status, its dependencies and their state, and the risks that hit it, as the papers give them (sources under each tiltak).`,
    },
  ];
  if (count === 0) {
    blocks.push({
      kind: 'paragraph',
      text: nb ? `Ingen tiltak er planlagt for ${data.year}.` : `No tiltak are planned for ${data.year}.`,
    });
  }
  for (const goal of data.goals) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: goal.title ?? (nb ? 'Tiltak uten veikartmål' : 'Tiltak under no veikart goal'),
    });
    const facts: [string, string][] = [];
    if (goal.target) facts.push([nb ? 'Målsetting' : 'Target', goal.target]);
    if (goal.deadline) facts.push([nb ? 'Frist' : 'Deadline', dateLabel(goal.deadline, locale)]);
    if (goal.conditionsText) facts.push([nb ? 'Forutsetninger' : 'Conditions', goal.conditionsText]);
    if (facts.length) blocks.push({ kind: 'facts', rows: facts });
    for (const t of goal.tiltak) blocks.push(...tiltakBlocks(t, data.year, locale));
  }
  return { title, blocks };
}
