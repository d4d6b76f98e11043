// Saving an export: files made in the browser (SVG, PNG) and files the server makes (/export/…),
// fetched with the bearer token in the Authorization header (never in the URL) and read as a stream
// so the menu can show progress when the server sends a Content-Length.
import type { Locale } from '../../i18n/messages';

export type Progress = (loaded: number, total: number | null) => void;

/** A refused or failed export, in the user's language when the server said why. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

/** Offers a blob as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of Content-Disposition (`attachment; filename="x.csv"` or RFC 5987 `filename*=`). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

async function readWithProgress(response: Response, onProgress: Progress): Promise<Blob> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  return new Blob(chunks as BlobPart[], { type });
}

/** Fetches an export, or throws ExportError with the server's reason in the user's language. */
async function fetchExport(
  url: string,
  options: { token: string | null; locale: Locale; signal?: AbortSignal },
): Promise<Response> {
  const response = await fetch(url, {
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) {
    let body: { code?: string; messageNb?: string; messageEn?: string } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // not JSON: keep the status text
    }
    const message =
      (options.locale === 'nb' ? body.messageNb : body.messageEn) ??
      `${response.status} ${response.statusText}`;
    throw new ExportError(message, body.code ?? 'HTTP', response.status);
  }
  return response;
}

/** Fetches an export from the server and saves it under the name the server gives. */
export async function downloadExport(
  url: string,
  options: {
    token: string | null;
    locale: Locale;
    fallbackName: string;
    onProgress: Progress;
    signal?: AbortSignal;
  },
): Promise<string> {
  const response = await fetchExport(url, options);
  const blob = await readWithProgress(response, options.onProgress);
  const name = fileNameOf(response.headers.get('content-disposition'), options.fallbackName);
  saveBlob(blob, name);
  return name;
}

/** One page of a paged picture the server draws (roadmap.svg): its SVG, file name and page count. */
export async function fetchPicturePage(
  url: string,
  page: number,
  options: { token: string | null; locale: Locale; fallbackName: string },
): Promise<{ svg: string; name: string; pageCount: number }> {
  const response = await fetchExport(`${url}${url.includes('?') ? '&' : '?'}page=${page}`, options);
  return {
    svg: await response.text(),
    name: fileNameOf(response.headers.get('content-disposition'), options.fallbackName),
    pageCount: Number(response.headers.get('x-page-count')) || 1,
  };
}
