// The NUIT year view written out as a saksunderlag: a small document model (headings, facts, lists,
// tables) built once from the gathered data, in the chosen language. yearAgendaMarkdown.ts and
// yearAgendaPdf.ts render the same blocks, so the paper and the pasted text say the same thing.

import { NUIT_QUESTION } from '../domain/agenda/nuitQuestion.js';
import { formatPrecisionDate, parsePrecisionDate } from '../domain/dates/index.js';
import type { Verdict } from '../domain/model/index.js';
import type { ExportDate } from '../services/roadmapRows.js';
import type { GoalSheet, SakRow, TiltakSheet, YearAgendaExportData } from '../services/yearAgendaSheets.js';
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
  | {
      kind: 'table';
      label: string;
      header: string[];
      rows: string[][];
      widths: number[];
      /** A column the PDF prints as heading rows where it changes (the goal of the summary). */
      bandColumn?: number;
      /** Text size in the PDF (default 8). */
      size?: number;
      /**
       * The PDF sets the table on the rest of its page: the largest text size (from `size` down to
       * 5.5) at which it fits, each cell cut to its column's `maxLines` with "…".
       */
      onePage?: { maxLines: number[] };
    }
  /** Blocks a PDF keeps on one page when they fit on one (a tiltak). */
  | { kind: 'keep'; blocks: Block[] }
  /** Numbered source notes, set small. */
  | { kind: 'notes'; label: string; items: string[] }
  | { kind: 'pageBreak' };

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
  // An open end is printed open ("2023 –"), never as if the period were that one date.
  if (a) return `${a} –`;
  if (b) return `– ${b}`;
  return locale === 'nb' ? 'ikke datert' : 'not dated';
}

/**
 * Lines of a paper joined without their line break ("2026Helse Vest"): a space where a digit or a
 * sentence's end runs into a capitalised word.
 */
export function mendJoinedLines(quote: string): string {
  return quote
    .replace(/([0-9.,;:!?)»])(?=[A-ZÆØÅ][A-Za-zÆØÅæøå])/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The footnotes of a section: each source once, numbered through the document. */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  private pending: string[] = [];
  constructor(private readonly locale: Locale) {}

  /** "[3]" for a source, numbering it on first use. */
  ref(s: TiltakSheet['sources'][number]): string {
    let n = this.numbers.get(s.id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(s.id, n);
      const nb = this.locale === 'nb';
      const where = `${s.documentTitle ?? s.doc}, ${nb ? 'linje' : 'lines'} ${s.fromLine}–${s.toLine}${s.sak ? `, sak ${s.sak}` : ''}`;
      this.pending.push(`[${n}] ${where}: «${mendJoinedLines(s.quote)}»`);
    }
    return `[${n}]`;
  }

  /** The notes numbered since the last call. */
  take(): string[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/**
 * The reason that decides the verdict (the first that names an obstacle) in a few words, for the
 * summary table and the slides ("Forutsetning ukjent: Finansiering av PLL-aktivitetene",
 * "Avhengighet forsinket: Standard for kritisk informasjon"): a dependency's or condition's state and
 * name; other reasons are short already. The whole text is in the tiltak's own section.
 */
export function mainReason(t: TiltakSheet, locale: Locale): string {
  const reason = t.reasons.find((r) => r.kind !== 'none') ?? t.reasons[0];
  if (!reason) return '';
  const dependency = t.dependencies.find((d) => d.reason.nb === reason.nb);
  if (!dependency || (reason.kind !== 'dependency' && reason.kind !== 'condition')) return reason[locale];
  const what =
    reason.kind === 'condition'
      ? locale === 'nb'
        ? 'Forutsetning'
        : 'Condition'
      : locale === 'nb'
        ? 'Avhengighet'
        : 'Dependency';
  return `${what} ${lowerLabelOf(DEPENDENCY_STATE, dependency.state, locale)}: ${dependency.targetName}`;
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

function tiltakBlocks(t: TiltakSheet, year: number, locale: Locale, notes: Footnotes): Block[] {
  const nb = locale === 'nb';
  const none = nb ? 'Ingen' : 'None';
  const facts: [string, string][] = [
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
  ];
  // The saker are in the goal's vedtak history; here only which ones concern this tiltak.
  if (t.vedtak.length)
    facts.push([
      nb ? 'Saker (se vedtakshistorikken)' : 'Saker (see the history)',
      t.vedtak.map((s) => s.number).join(', '),
    ]);
  if (t.sources.length) facts.push([nb ? 'Kilder' : 'Sources', t.sources.map((s) => notes.ref(s)).join(' ')]);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t.name, verdict: t.verdict },
    { kind: 'facts', rows: facts },
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
  return [{ kind: 'keep', blocks }];
}

/** The saker about a goal's tiltak, each once, oldest first (undated last). */
function goalVedtak(goal: GoalSheet): SakRow[] {
  const byId = new Map<string, SakRow>();
  for (const t of goal.tiltak) for (const s of t.vedtak) byId.set(s.id, s);
  return [...byId.values()].sort(
    (a, b) =>
      (a.meetingDate?.first ?? '9999').localeCompare(b.meetingDate?.first ?? '9999') ||
      a.number.localeCompare(b.number),
  );
}

function vedtakTable(saker: SakRow[], locale: Locale): Block {
  const nb = locale === 'nb';
  return {
    kind: 'table',
    label: nb ? 'Vedtakshistorikk' : 'History of decisions (vedtak)',
    header: nb ? ['Møte', 'Sak', 'Tittel', 'Vedtak'] : ['Meeting', 'Sak', 'Title', 'Decision (vedtak)'],
    widths: [0.2, 0.1, 0.28, 0.42],
    rows: saker.map((s) => [
      [s.body ? (BODY[s.body]?.[locale] ?? s.body) : '', dateLabel(s.meetingDate, locale)]
        .filter(Boolean)
        .join(' '),
      s.number,
      s.title,
      mendJoinedLines(
        s.decision ??
          (s.deferred
            ? nb
              ? 'Utsatt'
              : 'Deferred'
            : s.proposedDecision
              ? `${nb ? 'Forslag til vedtak' : 'Proposed'}: ${s.proposedDecision}`
              : '–'),
      ),
    ]),
  };
}

const noGoal = (locale: Locale) =>
  locale === 'nb' ? 'Tiltak uten veikartmål' : 'Tiltak under no veikart goal';

/**
 * The saksunderlag: title block (what, data per, export date), the one-page summary (goal, tiltak,
 * verdict, main reason), then per goal its facts, its vedtak history once, each tiltak kept
 * together, and the goal's sources as numbered notes.
 */
export function saksunderlag(data: YearAgendaExportData, locale: Locale, date?: string): SaksunderlagDoc {
  const nb = locale === 'nb';
  const count = data.goals.reduce((n, g) => n + g.tiltak.length, 0);
  const title = nb ? `Saksunderlag: veikart-tiltak ${data.year}` : `Briefing: veikart tiltak ${data.year}`;
  const verdict = (v: Verdict) => `${data.summary[v]} ${lowerLabelOf(VERDICT, v, locale)}`;
  const day = date ? dateLabel({ text: date, precision: 'day', first: date, last: date }, locale) : null;
  const blocks: Block[] = [
    {
      kind: 'title',
      text: title,
      subtitle: NUIT_QUESTION[locale],
    },
  ];
  if (day) {
    blocks.push({
      kind: 'facts',
      rows: [
        [
          nb ? 'Data per' : 'Data as of',
          `${day} (${nb ? 'gjeldende plan i Veikart' : 'the current plan in Veikart'})`,
        ],
        [
          nb ? 'Utvalg' : 'Selection',
          nb
            ? `Alle veikart-tiltak for ${data.year}, gruppert etter veikartmål`
            : `Every veikart tiltak of ${data.year}, grouped by veikart goal`,
        ],
      ],
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: nb
      ? `${count} tiltak: ${verdict('as-planned')}, ${verdict('at-risk')}, ${verdict('not-as-planned')}. Vurderingen bygger på tiltakenes status, avhengighetene og deres tilstand, og risikoene som rammer dem, slik papirene oppgir dem (kildene er fotnoter bak hvert mål).`
      : `${count} tiltak: ${verdict('as-planned')}, ${verdict('at-risk')}, ${verdict('not-as-planned')}. The assessment rests on each tiltak's status, its dependencies and their state, and the risks that hit it, as the papers give them (the sources are notes after each goal).`,
  });
  if (count === 0) {
    blocks.push({
      kind: 'paragraph',
      text: nb ? `Ingen tiltak er planlagt for ${data.year}.` : `No tiltak are planned for ${data.year}.`,
    });
  } else {
    blocks.push({
      kind: 'table',
      label: nb ? 'Oversikt' : 'Summary',
      header: nb
        ? ['Veikartmål', 'Tiltak', 'Vurdering', 'Hovedgrunn']
        : ['Veikart goal', 'Tiltak', 'Assessment', 'Main reason'],
      widths: [0.2, 0.55, 0.12, 0.33],
      bandColumn: 0,
      size: 7.5,
      // One page: a name on at most two lines, the main reason on one (the whole text follows).
      onePage: { maxLines: [1, 2, 1, 1] },
      rows: data.goals.flatMap((g) =>
        g.tiltak.map((t) => [
          g.title ?? noGoal(locale),
          t.name,
          labelOf(VERDICT, t.verdict, locale),
          mainReason(t, locale),
        ]),
      ),
    });
    blocks.push({ kind: 'pageBreak' });
  }
  const notes = new Footnotes(locale);
  for (const goal of data.goals) {
    blocks.push({ kind: 'heading', level: 2, text: goal.title ?? noGoal(locale) });
    const facts: [string, string][] = [];
    if (goal.target) facts.push([nb ? 'Målsetting' : 'Target', goal.target]);
    if (goal.deadline) facts.push([nb ? 'Frist' : 'Deadline', dateLabel(goal.deadline, locale)]);
    if (goal.conditionsText) facts.push([nb ? 'Forutsetninger' : 'Conditions', goal.conditionsText]);
    if (facts.length) blocks.push({ kind: 'facts', rows: facts });
    const saker = goalVedtak(goal);
    if (saker.length) blocks.push(vedtakTable(saker, locale));
    for (const t of goal.tiltak) blocks.push(...tiltakBlocks(t, data.year, locale, notes));
    const goalNotes = notes.take();
    if (goalNotes.length) blocks.push({ kind: 'notes', label: nb ? 'Kilder' : 'Sources', items: goalNotes });
  }
  return { title, blocks };
}
