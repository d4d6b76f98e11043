// The sources of a fact: paper, lines, sak and the verbatim quote, each expandable.
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';

export interface SourceView {
  id: string;
  document: string;
  documentTitle: string | null;
  fromLine: number;
  toLine: number;
  sak: string | null;
  quote: string;
}

export function SourceList({ sources }: { sources: readonly SourceView[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          <details>
            <summary>
              <span className="source-doc">{s.documentTitle ?? s.document}</span>{' '}
              <span className="muted">
                {format(t.sourceLines, { from: s.fromLine, to: s.toLine })}
                {s.sak && `, ${format(t.sourceSak, { sak: s.sak })}`}
              </span>
            </summary>
            <blockquote className="quote" cite={s.document}>
              {s.quote}
            </blockquote>
            <p className="muted small">{s.document}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
