// Text and page sizes of a PDF, extracted with PDF.js (Mozilla's reader), for the export tests.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

export async function readPdf(bytes: Buffer): Promise<{ pages: PdfPage[]; info: Record<string, unknown> }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
      .join('');
    pages.push({ width: Math.round(viewport.width), height: Math.round(viewport.height), text });
  }
  const meta = await pdf.getMetadata();
  await task.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

/** Each text run of a page with where it starts: x from the left, baseline y from the top (points). */
export async function readPdfTextPositions(
  bytes: Buffer,
): Promise<{ width: number; height: number; runs: { text: string; x: number; y: number }[] }[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const out: { width: number; height: number; runs: { text: string; x: number; y: number }[] }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              y: viewport.height - (item.transform[5] as number),
            },
          ]
        : [],
    );
    out.push({ width: viewport.width, height: viewport.height, runs });
  }
  await task.destroy();
  return out;
}
