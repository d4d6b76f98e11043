// Whole-dataset checks after merging: required fields, unique ids, references, quotes in their
// lines, date order, and dependency cycles. Returns the dataset or every problem found.
import { findCycle, tryParsePrecisionDate } from '../server/seedEntry.js';
import { dependencyId, type ResolvedDependency, type SeedDataset } from './dataset.js';
import type { SeedIssue } from './issues.js';
import type { MergedRecord, MergedRecords } from './merge.js';
import { type Paper, quoteStandsIn } from './papers.js';
import type { SourceRef } from './schema/common.js';
import type { RecordKind, Risk } from './schema/records.js';
import { resolveStatements } from './statements.js';

const REQUIRED: Record<RecordKind, string[]> = {
  actors: ['name', 'kind'],
  initiatives: ['name', 'kind'],
  goals: ['title'],
  conditions: ['name', 'kind'],
  milestones: ['name', 'initiative'],
  dependencies: [],
  risks: ['name', 'kind'],
  meetings: ['body'],
  'agenda-items': ['meeting', 'number', 'title', 'kind'],
  snapshots: [],
};

// Which kinds of node a reference may point to.
type RefTarget = 'actor' | 'initiative' | 'goal' | 'condition' | 'milestone' | 'meeting' | 'agendaItem';

export function validateDataset(
  merged: MergedRecords,
  papers: Map<string, Paper>,
): { dataset: SeedDataset; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const firstOrigin = (r: MergedRecord) => {
    const [file, line] = (r.origins[0] ?? '').split(/:(?=\d+$)/);
    return { file: file ?? '', line: Number(line) || undefined };
  };
  const report = (
    kind: RecordKind,
    id: string,
    r: MergedRecord,
    field: string | undefined,
    message: string,
  ) => issues.push({ ...firstOrigin(r), kind, id, field, message });

  // Required fields: some paper must state them.
  for (const [kind, fields] of Object.entries(REQUIRED) as [RecordKind, string[]][]) {
    for (const [id, r] of merged[kind]) {
      for (const field of fields) {
        if (r.record[field] === undefined) report(kind, id, r, field, 'is required but no file states it');
      }
    }
  }

  // Ids are unique across all kinds of node, so any id names exactly one thing.
  const kindOfId = new Map<string, RefTarget | 'risk' | 'snapshot'>();
  const nodeKinds: [RecordKind, RefTarget | 'risk' | 'snapshot'][] = [
    ['actors', 'actor'],
    ['initiatives', 'initiative'],
    ['goals', 'goal'],
    ['conditions', 'condition'],
    ['milestones', 'milestone'],
    ['risks', 'risk'],
    ['meetings', 'meeting'],
    ['agenda-items', 'agendaItem'],
    ['snapshots', 'snapshot'],
  ];
  for (const [kind, target] of nodeKinds) {
    for (const [id, r] of merged[kind]) {
      const previous = kindOfId.get(id);
      if (previous) report(kind, id, r, 'id', `is already used by a ${previous}`);
      else kindOfId.set(id, target);
    }
  }

  const checkRef = (
    kind: RecordKind,
    id: string,
    r: MergedRecord,
    field: string,
    ref: unknown,
    allowed: RefTarget[],
  ) => {
    if (ref === undefined) return;
    const found = kindOfId.get(String(ref));
    if (!found) report(kind, id, r, field, `refers to unknown id "${String(ref)}"`);
    else if (!allowed.includes(found as RefTarget)) {
      report(kind, id, r, field, `refers to "${String(ref)}", a ${found}; expected ${allowed.join(' or ')}`);
    }
  };

  // Dated statements: their meetings, and the current start/end/date/status they give.
  resolveStatements(merged, report);

  for (const [id, r] of merged.initiatives) {
    const rec = r.record;
    checkRef('initiatives', id, r, 'partOf', rec.partOf, ['initiative']);
    checkRef('initiatives', id, r, 'goal', rec.goal, ['goal']);
    checkRef('initiatives', id, r, 'succeeds.id', (rec.succeeds as { id?: string } | undefined)?.id, [
      'initiative',
    ]);
    for (const [i, owner] of ((rec.owners as string[] | undefined) ?? []).entries()) {
      checkRef('initiatives', id, r, `owners.${i}`, owner, ['actor']);
    }
    for (const [i, p] of ((rec.participants as string[] | undefined) ?? []).entries()) {
      checkRef('initiatives', id, r, `participants.${i}`, p, ['actor']);
    }
    checkPeriod('initiatives', id, r, rec.start, rec.end, report);
  }
  for (const [id, r] of merged.goals)
    checkRef('goals', id, r, 'agendaItem', r.record.agendaItem, ['agendaItem']);
  for (const [id, r] of merged.milestones) {
    checkRef('milestones', id, r, 'initiative', r.record.initiative, ['initiative']);
  }
  for (const [id, r] of merged['agenda-items']) {
    checkRef('agenda-items', id, r, 'meeting', r.record.meeting, ['meeting']);
    for (const [i, c] of ((r.record.concerns as string[] | undefined) ?? []).entries()) {
      checkRef('agenda-items', id, r, `concerns.${i}`, c, ['initiative', 'milestone', 'goal', 'condition']);
    }
  }
  for (const [id, r] of merged.risks) {
    for (const [i, a] of ((r.record.affects as { target: string }[] | undefined) ?? []).entries()) {
      checkRef('risks', id, r, `affects.${i}.target`, a.target, [
        'initiative',
        'milestone',
        'condition',
        'goal',
      ]);
    }
  }
  for (const [id, r] of merged.dependencies) {
    checkRef('dependencies', id, r, 'from', r.record.from, ['initiative', 'milestone']);
    checkRef('dependencies', id, r, 'to', r.record.to, ['initiative', 'milestone', 'condition']);
    if (r.record.from === r.record.to) report('dependencies', id, r, 'to', 'an item cannot depend on itself');
  }

  // An inference is marked (inferred: true) and says why in a note, so a reader can weigh it.
  for (const [kind, records] of Object.entries(merged) as [RecordKind, Map<string, MergedRecord>][]) {
    for (const [id, r] of records) {
      for (const { path, link } of inferredLinksIn(r.record)) {
        if (!hasNote(link)) {
          report(
            kind,
            id,
            r,
            path ? `${path}.note` : 'note',
            'is missing: an inference says why in its note',
          );
        }
      }
    }
  }

  // Every source: a known paper, lines inside it, and the quote standing in those lines.
  for (const [kind, records] of Object.entries(merged) as [RecordKind, Map<string, MergedRecord>][]) {
    for (const [id, r] of records) {
      for (const { path, source } of sourcesIn(r.record, '')) {
        const paper = papers.get(source.doc);
        if (!paper) {
          report(kind, id, r, `${path}.doc`, `names an unknown paper "${source.doc}"`);
          continue;
        }
        const [from, to] = source.lines;
        if (to > paper.lines.length) {
          report(
            kind,
            id,
            r,
            `${path}.lines`,
            `${from}–${to} runs past the end of ${source.doc} (${paper.lines.length} lines)`,
          );
        } else if (!quoteStandsIn(paper, from, to, source.quote)) {
          report(
            kind,
            id,
            r,
            `${path}.quote`,
            `"${source.quote.slice(0, 80)}" is not in ${source.doc} lines ${from}–${to}`,
          );
        }
      }
    }
  }

  const dependencies: ResolvedDependency[] = [...merged.dependencies.values()].map((r) => {
    const d = r.record as ResolvedDependency;
    return { ...d, id: dependencyId(d.from, d.to), type: d.type ?? 'FS', lagDays: d.lagDays ?? 0 };
  });
  const cycle = findCycle({
    items: [...merged.initiatives.keys(), ...merged.milestones.keys(), ...merged.conditions.keys()].map(
      (id) => ({
        id,
        kind: 'initiative' as const,
      }),
    ),
    dependencies: dependencies.map((d) => ({ from: d.from, to: d.to, type: d.type, lagDays: d.lagDays })),
  });
  if (cycle) {
    issues.push({
      file: 'seed/data',
      kind: 'dependencies',
      message: `dependency cycle: ${cycle.join(' → ')}`,
    });
  }

  for (const [id, r] of merged.risks) {
    const affects = r.record.affects as Affects[] | undefined;
    if (affects)
      r.record.affects = mergeAffects(affects, (message) => report('risks', id, r, 'affects', message));
  }

  const values = <T>(kind: RecordKind) => [...merged[kind].values()].map((r) => r.record as T);
  return {
    dataset: {
      actors: values('actors'),
      initiatives: values('initiatives'),
      goals: values('goals'),
      conditions: values('conditions'),
      milestones: values('milestones'),
      dependencies,
      risks: values('risks'),
      meetings: values('meetings'),
      agendaItems: values('agenda-items'),
      snapshots: values('snapshots'),
    },
    issues,
  };
}

type Affects = NonNullable<Risk['affects']>[number];

interface MaybeInferred {
  inferred?: boolean;
  note?: string;
  notes?: string[];
}

/** The record itself and the links inside it (succeeds, affects) that are marked inferred. */
function inferredLinksIn(record: Record<string, unknown>): { path: string; link: MaybeInferred }[] {
  const found: { path: string; link: MaybeInferred }[] = [];
  const visit = (path: string, value: unknown) => {
    if (value && typeof value === 'object' && (value as MaybeInferred).inferred === true) {
      found.push({ path, link: value as MaybeInferred });
    }
  };
  visit('', record);
  visit('succeeds', record.succeeds);
  for (const [i, a] of ((record.affects as unknown[] | undefined) ?? []).entries()) visit(`affects.${i}`, a);
  return found;
}

function hasNote(link: MaybeInferred): boolean {
  return Boolean(link.note?.trim()) || (link.notes ?? []).some((n) => n.trim() !== '');
}

/**
 * Several papers may say that one risk affects one target: that is one AFFECTS relationship, citing
 * all of them. Delay texts are kept side by side; two different stated delay lengths are an error.
 */
export function mergeAffects(affects: Affects[], report: (message: string) => void): Affects[] {
  const byTarget = new Map<string, Affects>();
  for (const a of affects) {
    const seen = byTarget.get(a.target);
    if (!seen) {
      byTarget.set(a.target, { ...a, sources: [...a.sources] });
      continue;
    }
    const delays = [seen.expectedDelayDays, a.expectedDelayDays].filter(
      (d): d is number => typeof d === 'number',
    );
    if (delays.length === 2 && delays[0] !== delays[1]) {
      report(`two expected delays for ${a.target}: ${delays[0]} and ${delays[1]} days`);
    }
    seen.expectedDelayDays = delays[0] ?? null;
    seen.delayText = joinDistinct(seen.delayText, a.delayText);
    seen.note = joinDistinct(seen.note, a.note);
    seen.inferred = (seen.inferred ?? false) && (a.inferred ?? false);
    for (const source of a.sources) {
      if (!seen.sources.some((x) => JSON.stringify(x) === JSON.stringify(source))) seen.sources.push(source);
    }
  }
  return [...byTarget.values()];
}

function joinDistinct(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || a === b) return a ?? b;
  return `${a} | ${b}`;
}

function checkPeriod(
  kind: RecordKind,
  id: string,
  r: MergedRecord,
  start: unknown,
  end: unknown,
  report: (kind: RecordKind, id: string, r: MergedRecord, field: string, message: string) => void,
): void {
  if (start === undefined || end === undefined) return;
  const s = tryParsePrecisionDate(String(start));
  const e = tryParsePrecisionDate(String(end));
  if (s && e && e.last < s.first)
    report(kind, id, r, 'end', `${String(end)} is before the start ${String(start)}`);
}

/** Every `sources` list anywhere in a record, with its path for error messages. */
export function* sourcesIn(value: unknown, path: string): Generator<{ path: string; source: SourceRef }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* sourcesIn(item, `${path}.${i}`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'sources' && Array.isArray(child)) {
        for (const [i, source] of child.entries())
          yield { path: `${childPath}.${i}`, source: source as SourceRef };
      } else {
        yield* sourcesIn(child, childPath);
      }
    }
  }
}
