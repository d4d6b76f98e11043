// Small helpers shared by the SVG builders: escaping, a text-width estimate (no DOM to measure with),
// and the legend and heading every exported picture carries.

export const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
/** A4 landscape at CSS pixels (96 per inch): 297 mm. The PNG is drawn at 300 dpi from this. */
export const A4_LANDSCAPE_WIDTH = 1123;
export const PRINT_DPI = 300;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** About how wide a text is in DejaVu Sans (0.6 em a character), for layout without a DOM. */
export const textWidth = (text: string, size: number) => text.length * size * 0.6;

/** Cuts a text to fit a width, ending in "…". */
export function truncateToWidth(text: string, width: number, size: number): string {
  const max = Math.max(1, Math.floor(width / (size * 0.6)));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export const num = (n: number) => String(Math.round(n * 10) / 10);

export interface LegendEntry {
  label: string;
  /** An SVG fragment drawn in a 14×14 box at (0, 0). */
  mark: string;
}

export const swatch = (fill: string, border: string) =>
  `<rect x="0" y="1" width="14" height="12" rx="2" fill="${fill}" stroke="${border}"/>`;

/** The legend as rows of entries within `width`; returns the fragment and its height. */
export function legend(entries: readonly LegendEntry[], x: number, y: number, width: number, title: string) {
  const parts = [
    `<g class="legend" transform="translate(${num(x)},${num(y)})">`,
    `<text x="0" y="11" font-size="11" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  let cx = 0;
  let cy = 18;
  for (const entry of entries) {
    const w = 20 + textWidth(entry.label, 10) + 16;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      cy += 20;
    }
    parts.push(
      `<g class="legend-entry" transform="translate(${num(cx)},${num(cy)})">${entry.mark}<text x="20" y="11" font-size="10">${escapeXml(entry.label)}</text></g>`,
    );
    cx += w;
  }
  parts.push('</g>');
  return { svg: parts.join(''), height: cy + 20 };
}

/** Title, subtitle (period, filters) and date of export at the top of a picture. */
export function heading(title: string, lines: readonly string[], x: number) {
  const parts = [
    `<text class="title" x="${x}" y="34" font-size="22" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  lines.forEach((line, i) => {
    parts.push(
      `<text class="subtitle" x="${x}" y="${56 + i * 16}" font-size="12" fill="#3d4752">${escapeXml(line)}</text>`,
    );
  });
  return { svg: parts.join(''), height: 56 + lines.length * 16 };
}

export function svgDocument(width: number, height: number, title: string, body: string): string {
  // width/height in millimetres at 96 px per inch, so the picture prints at its intended size.
  const mm = (px: number) => num((px * 25.4) / 96);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${mm(width)}mm" height="${mm(height)}mm" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${escapeXml(FONT)}" fill="#1b1f24">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
${body}
</svg>
`;
}
