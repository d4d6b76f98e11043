// The sources of a fact: paper, lines, sak and the verbatim quote, each expandable, with a link that
// opens the paper itself (served by GET /papers/:file) with the cited lines highlighted, in a new tab.
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

/** The server's page of a paper, scrolled to and highlighting the cited lines. */
export function paperHref(source: Pick<SourceView, 'document' | 'fromLine' | 'toLine'>): string {
  const lines = new URLSearchParams({ from: String(source.fromLine), to: String(source.toLine) });
  return `/papers/${encodeURIComponent(source.document)}?${lines}`;
}

export function SourceList({ sources }: { sources: readonly SourceView[] }) {
  const { t } = useI18n();
  if (sources.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul className="sources">
      {sources.map((s) => {
        const lines = format(t.sourceLines, { from: s.fromLine, to: s.toLine });
        return (
          <li key={s.id}>
            <details>
              <summary>
                <span className="source-doc">{s.documentTitle ?? s.document}</span>{' '}
                <span className="muted">
                  {lines}
                  {s.sak && `, ${format(t.sourceSak, { sak: s.sak })}`}
                </span>
              </summary>
              <blockquote className="quote" cite={paperHref(s)}>
                {s.quote}
              </blockquote>
              <p className="small">
                <a
                  href={paperHref(s)}
                  target="_blank"
                  rel="noopener"
                  className="source-open"
                  title={format(t.sourceOpenTitle, { document: s.document, lines })}
                >
                  {t.sourceOpen} <span aria-hidden="true">↗</span>
                </a>{' '}
                <span className="muted">
                  {s.document}, {lines}
                </span>
              </p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
