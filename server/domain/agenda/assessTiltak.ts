// Answers NUIT's question for one tiltak — "Kan tiltaket gjennomføres som planlagt?" — from what it
// depends on and what hits it. Pure rules over plain data, each result with its reason, so a
// planner can check every verdict against the papers.

import type { ConditionState, DependencyState, ReasonKind, Verdict, Words } from '../model/index.js';

export type { DependencyState, Verdict };

/**
 * Why a verdict or state was reached, in both languages, with what it rests on: the items it names (the
 * tiltak itself for its dates, the item depended on, the risk) and the sources that state it.
 */
export interface Reason extends Words {
  kind?: ReasonKind;
  itemIds?: readonly string[];
  sourceIds?: readonly string[];
  /** The planner's change that caused it (moved the dates, made the link), when one did. */
  change?: ReasonChange;
}

/** A recorded change set, as a reason names it. */
export interface ReasonChange {
  readonly changeSetId: string;
  readonly seq: number;
  readonly by: string;
  readonly at: string;
}

/** The newest of the changes given (by seq), or undefined. */
export function newestChange(...changes: (ReasonChange | undefined)[]): ReasonChange | undefined {
  return changes.reduce<ReasonChange | undefined>(
    (newest, c) => (c !== undefined && (newest === undefined || c.seq > newest.seq) ? c : newest),
    undefined,
  );
}

export interface RiskOnItem {
  /** The risk's id, when known: the reason links to it. */
  id?: string;
  name: string;
  /** Stated delay length; null when the papers give none. */
  expectedDelayDays: number | null;
  sourceIds?: readonly string[];
}

export interface DependencyFacts {
  /** The id of what is depended on and the sources of the dependency: the reason links to them. */
  targetId?: string;
  sourceIds?: readonly string[];
  targetName: string;
  targetKind: 'initiative' | 'milestone' | 'condition';
  /** For a condition: its state as the papers give it. */
  conditionState?: ConditionState;
  conditionNote?: string | null;
  /** For an initiative: its latest status colour; for a milestone: its status. */
  status?: string | null;
  /** Last day of the target's period or date (ISO), if dated. */
  endsOn?: string | null;
  risks: RiskOnItem[];
}

export interface DependencyAssessment {
  state: DependencyState;
  reason: Reason;
}

export function assessDependency(d: DependencyFacts, yearStart: string): DependencyAssessment {
  const { state, reason } = assessDependencyWords(d, yearStart);
  const riskIds = d.risks.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  return {
    state,
    reason: {
      ...reason,
      kind: d.targetKind === 'condition' ? 'condition' : 'dependency',
      itemIds: [...(d.targetId === undefined ? [] : [d.targetId]), ...riskIds],
      sourceIds: [...(d.sourceIds ?? []), ...d.risks.flatMap((r) => r.sourceIds ?? [])],
    },
  };
}

/**
 * A dependency whose planned dates already break it (the thing depended on ends after the tiltak needs
 * it): delayed, whatever else is known, with the dates in the reason.
 */
export function brokenDependency(
  base: DependencyAssessment,
  broken: { byDays: number; targetEnds: Words; tiltakNeeds: Words },
  targetName: string,
): DependencyAssessment {
  return {
    state: 'delayed',
    reason: {
      ...base.reason,
      kind: 'dependency',
      nb: `Avhengigheten brytes av datoene i planen: ${targetName} er ferdig ${broken.targetEnds.nb}, ${broken.byDays} dager etter at ${broken.tiltakNeeds.nb}`,
      en: `The plan's dates break the dependency: ${targetName} is done ${broken.targetEnds.en}, ${broken.byDays} days after ${broken.tiltakNeeds.en}`,
    },
  };
}

function assessDependencyWords(
  d: DependencyFacts,
  yearStart: string,
): { state: DependencyState; reason: Words } {
  if (d.targetKind === 'condition') {
    const state = d.conditionState ?? 'unknown';
    // The note is the editors' Norwegian (the seed has no English for it): the English reason says
    // the state alone, so an English reader gets no Norwegian sentence in it.
    const note = d.conditionNote ? `: ${d.conditionNote}` : '';
    const reasons: Record<typeof state, Words> = {
      met: { nb: `Forutsetningen er oppfylt${note}`, en: 'The condition is met' },
      'at-risk': { nb: `Forutsetningen er usikker${note}`, en: 'The condition is uncertain' },
      'not-met': { nb: `Forutsetningen er ikke oppfylt${note}`, en: 'The condition is not met' },
      unknown: {
        nb: `Papirene sier ikke at forutsetningen er oppfylt${note}`,
        en: 'The papers do not say the condition is met',
      },
    };
    return { state, reason: reasons[state] };
  }
  const named = d.risks.map((r) => r.name).join(', ');
  if (d.status === 'cancelled')
    return {
      state: 'not-met',
      reason: { nb: `${d.targetName} er avlyst`, en: `${d.targetName} is cancelled` },
    };
  if (d.status === 'delayed' || d.risks.some((r) => r.expectedDelayDays !== null)) {
    return {
      state: 'delayed',
      reason: named
        ? { nb: `${d.targetName} er forsinket av ${named}`, en: `${d.targetName} is delayed by ${named}` }
        : { nb: `${d.targetName} er forsinket`, en: `${d.targetName} is delayed` },
    };
  }
  if (d.risks.length > 0) {
    return {
      state: 'at-risk',
      reason: { nb: `${d.targetName} rammes av ${named}`, en: `${d.targetName} is hit by ${named}` },
    };
  }
  if (d.status === 'red')
    return {
      state: 'at-risk',
      reason: { nb: `${d.targetName} har rød status`, en: `${d.targetName} has red status` },
    };
  if (d.status === 'done' || (d.endsOn && d.endsOn < yearStart)) {
    return { state: 'met', reason: { nb: `${d.targetName} er levert`, en: `${d.targetName} is delivered` } };
  }
  if (d.status === 'yellow') {
    return {
      state: 'at-risk',
      reason: { nb: `${d.targetName} har gul status`, en: `${d.targetName} has yellow status` },
    };
  }
  return {
    state: 'on-track',
    reason: {
      nb: `Ingen kjente hindringer for ${d.targetName}`,
      en: `No known obstacles for ${d.targetName}`,
    },
  };
}

export interface TiltakFacts {
  /**
   * What is wrong with the tiltak's own dates for the year (from the plan as it is now, edits included):
   * any of these makes it not-as-planned, whatever its conditions.
   */
  dateProblems?: Reason[];
  status?: string | null;
  dependencies: DependencyAssessment[];
  risks: RiskOnItem[];
  /** Days the tiltak's end moves if every known risk happens (from the impact engine); 0 if none. */
  projectedSlipDays: number;
}

export interface TiltakAssessment {
  verdict: Verdict;
  reasons: Reason[];
}

/** not-as-planned when something it needs is delayed or not met; at-risk when something is uncertain. */
export function assessTiltak(t: TiltakFacts): TiltakAssessment {
  const dateProblems = t.dateProblems ?? [];
  const blocking = t.dependencies.filter((d) => d.state === 'delayed' || d.state === 'not-met');
  const uncertain = t.dependencies.filter((d) => d.state === 'at-risk' || d.state === 'unknown');
  const reasons: Reason[] = [...dateProblems, ...[...blocking, ...uncertain].map((d) => d.reason)];
  for (const r of t.risks)
    reasons.push({
      nb: `Rammes av ${r.name}`,
      en: `Hit by ${r.name}`,
      kind: 'risk',
      itemIds: r.id === undefined ? [] : [r.id],
      sourceIds: r.sourceIds ?? [],
    });
  if (t.projectedSlipDays > 0) {
    reasons.push({
      nb: `Forskyves ${t.projectedSlipDays} dager om kjente risikoer inntreffer`,
      en: `Slips ${t.projectedSlipDays} days if known risks happen`,
      kind: 'projection',
      itemIds: t.risks.flatMap((r) => (r.id === undefined ? [] : [r.id])),
    });
  }
  if (t.status === 'red') reasons.push({ nb: 'Rød status', en: 'Red status', kind: 'status' });
  if (t.status === 'yellow') reasons.push({ nb: 'Gul status', en: 'Yellow status', kind: 'status' });
  const verdict: Verdict =
    dateProblems.length > 0 || blocking.length > 0 || t.risks.some((r) => r.expectedDelayDays !== null)
      ? 'not-as-planned'
      : uncertain.length > 0 ||
          t.risks.length > 0 ||
          t.projectedSlipDays > 0 ||
          t.status === 'red' ||
          t.status === 'yellow'
        ? 'at-risk'
        : 'as-planned';
  if (verdict === 'as-planned')
    reasons.push({ nb: 'Ingen kjente hindringer', en: 'No known obstacles', kind: 'none' });
  return { verdict, reasons };
}
