// The question a delete asks, naming what goes with the item: "Slett tiltaket «X» med 3 milepæler og
// 5 avhengigheter?". Pure.
import { format, type Messages } from '../../i18n/messages';

export type DeleteKind = 'initiative' | 'milestone' | 'dependency' | 'scenario';

export interface DeleteSubject {
  kind: DeleteKind;
  name: string;
  /** Milestones that go with it (a tiltak's). */
  milestones?: number;
  /** Dependencies that go with it (its own and its milestones'). */
  dependencies?: number;
}

const TITLE: Record<DeleteKind, keyof Messages> = {
  initiative: 'deleteInitiative',
  milestone: 'deleteMilestone',
  dependency: 'deleteDependency',
  scenario: 'deleteScenario',
};

export function deleteQuestion(subject: DeleteSubject, t: Messages): string {
  const parts: string[] = [];
  const m = subject.milestones ?? 0;
  const d = subject.dependencies ?? 0;
  if (m > 0) parts.push(m === 1 ? t.countMilestones1 : format(t.countMilestonesN, { n: m }));
  if (d > 0) parts.push(d === 1 ? t.countDependencies1 : format(t.countDependenciesN, { n: d }));
  const list = parts.length ? format(t.deleteWith, { list: parts.join(t.deleteAnd) }) : '';
  return `${format(t[TITLE[subject.kind]], { name: subject.name })}${list}?`;
}
