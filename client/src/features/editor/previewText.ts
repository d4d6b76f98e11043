// The consequences of an edit in words, for the preview and, after saving, for the undo toast. Pure.
import { enumValueName, VERDICT } from '../../components/vocabulary';
import type { Locale, Messages } from '../../i18n/messages';
import { format } from '../../i18n/messages';
import type { EditPreview } from './previewQuery';

export function verdictWords(verdict: string, locale: Locale): string {
  const code = VERDICT.codes.find((c) => enumValueName(VERDICT, c) === verdict);
  return code ? VERDICT.labels[code][locale] : verdict;
}

const signed = (days: number) => `${days > 0 ? '+' : ''}${days} d`;

export interface PreviewSections {
  moves: string[];
  breaks: string[];
  resolves: string[];
  verdicts: string[];
}

/** Each consequence as one line, grouped as the preview shows them; the edited item itself left out. */
export function previewSections(
  preview: EditPreview,
  itemId: string,
  t: Messages,
  locale: Locale,
): PreviewSections {
  const link = (f: { from: { name: string } | null; to: { name: string } | null }) =>
    format(t.previewDependsOn, { from: f.from?.name ?? '?', to: f.to?.name ?? '?' });
  return {
    moves: preview.moved
      .filter((m) => m.item?.id !== itemId)
      .map(
        (m) =>
          `${m.item?.name ?? '?'}: ${signed(m.endShiftDays)}${
            m.undated ? ` (${t.impactUndated})` : m.newEnd ? ` → ${m.newEnd.date.label}` : ''
          }`,
      ),
    breaks: preview.newConflicts.map(
      (c) => `${link(c)} (${c.type}, ${format(t.depReportBrokenBy, { n: -c.slackDays })})`,
    ),
    resolves: preview.resolvedConflicts.map(link),
    verdicts: preview.verdictChanges.map(
      (v) =>
        `${v.tiltak.name} ${v.year}: ${verdictWords(v.before, locale)} → ${verdictWords(v.after, locale)}${
          v.reasons[0] ? ` (${v.reasons[0].text})` : ''
        }`,
    ),
  };
}

/** The same consequences as short lines for the toast after saving ("Årsvurderinger som endres: …"). */
export function consequenceLines(sections: PreviewSections, t: Messages): string[] {
  const line = (title: string, items: string[]) => (items.length ? [`${title}: ${items.join('; ')}`] : []);
  return [
    ...line(t.previewMoves, sections.moves),
    ...line(t.previewBreaks, sections.breaks),
    ...line(t.previewResolves, sections.resolves),
    ...line(t.previewVerdicts, sections.verdicts),
  ];
}
