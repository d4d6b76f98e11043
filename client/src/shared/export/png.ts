// PNG from an SVG, drawn on a canvas at print resolution (300 dpi for the picture's width in CSS
// pixels at 96 dpi), with a pHYs chunk so print programs size it right. Browser only, except the
// byte helpers, which are pure and tested.
import { PRINT_DPI } from './svgText';

/** Chromium refuses canvases past 16,384 pixels a side. */
const MAX_SIDE = 16_000;

/** The scale from CSS pixels to print pixels, lowered when the picture would get too tall. */
export function printScale(width: number, height: number, dpi = PRINT_DPI): number {
  return Math.min(dpi / 96, MAX_SIDE / width, MAX_SIDE / height);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Inserts (after IHDR) a pHYs chunk saying `dpi` dots per inch. */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const ihdrEnd = 8 + 25; // signature + IHDR (length, type, 13 bytes, CRC)
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd), 0);
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** Draws an SVG document to a PNG at print resolution. */
export async function svgToPng(svg: string): Promise<Blob> {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const boxWidth = Number(box?.[1] ?? 1123);
  const boxHeight = Number(box?.[2] ?? 794);
  // The printed size: from width="…mm" when given (drawings in points), else the viewBox in CSS px.
  const mm = /width="([\d.]+)mm"/.exec(svg);
  const width = mm ? (Number(mm[1]) / 25.4) * 96 : boxWidth;
  const height = (width * boxHeight) / boxWidth;
  const scale = printScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
    );
    const bytes = withDpi(new Uint8Array(await blob.arrayBuffer()), Math.round(96 * scale));
    return new Blob([bytes as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
