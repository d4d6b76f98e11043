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
