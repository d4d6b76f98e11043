// "Eksporter": a menu button with the formats a view offers. Pictures (PNG, SVG) are drawn in the
// browser; the rest come from the server's /export routes with the view's filters. While an export
// runs the menu says which format it is making and, when the size is known, how far it has come.
import { useEffect, useRef, useState } from 'react';
import { usePlannerToken } from '../../app/token';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { downloadExport, fetchPicturePage, type Progress, saveBlob } from './download';
import { svgToPng } from './png';

/** One entry of the menu. */
export type ExportChoice =
  | { kind: 'server'; id: string; label: string; url: string; fallbackName: string }
  | { kind: 'svg' | 'png'; id: string; label: string; fileName: string; svg(): string }
  /** A picture the server draws (the timeline renderer), one file per page, PNG made here. */
  | { kind: 'picture'; format: 'svg' | 'png'; id: string; label: string; url: string; fallbackName: string };

interface Busy {
  label: string;
  loaded: number;
  total: number | null;
}

export function ExportMenu({ choices, testId }: { choices: readonly ExportChoice[]; testId?: string }) {
  const { t, locale } = useI18n();
  const token = usePlannerToken();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !root.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const run = async (choice: ExportChoice) => {
    setOpen(false);
    setError(null);
    setBusy({ label: choice.label, loaded: 0, total: null });
    const onProgress: Progress = (loaded, total) => setBusy({ label: choice.label, loaded, total });
    try {
      if (choice.kind === 'server') {
        await downloadExport(choice.url, { token, locale, fallbackName: choice.fallbackName, onProgress });
      } else if (choice.kind === 'picture') {
        const options = { token, locale, fallbackName: choice.fallbackName };
        for (let page = 1, count = 1; page <= count; page++) {
          const picture = await fetchPicturePage(choice.url, page, options);
          count = picture.pageCount;
          onProgress(page, count);
          const blob =
            choice.format === 'svg'
              ? new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' })
              : await svgToPng(picture.svg);
          saveBlob(blob, choice.format === 'svg' ? picture.name : picture.name.replace(/\.svg$/, '.png'));
        }
      } else {
        // Let the busy state paint before the drawing takes the main thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const svg = choice.svg();
        const blob =
          choice.kind === 'svg'
            ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
            : await svgToPng(svg);
        saveBlob(blob, choice.fileName);
      }
    } catch (e) {
      setError(
        format(t.exportFailed, { format: choice.label, reason: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-menu" ref={root} data-testid={testId}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!!busy}
        onClick={() => setOpen((o) => !o)}
      >
        {t.exportButton} ▾
      </button>
      {open && (
        <div role="menu" aria-label={t.exportButton} className="export-choices">
          {choices.map((choice) => (
            <button key={choice.id} type="button" role="menuitem" onClick={() => void run(choice)}>
              {choice.label}
            </button>
          ))}
        </div>
      )}
      {busy && (
        <p className="export-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {format(t.exportBusy, { format: busy.label })}
          {busy.total ? (
            <>
              {' '}
              <progress max={busy.total} value={busy.loaded} /> {Math.round((100 * busy.loaded) / busy.total)}{' '}
              %
            </>
          ) : busy.loaded > 0 ? (
            ` ${Math.round(busy.loaded / 1024)} kB`
          ) : null}
        </p>
      )}
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
