// A drawing's page as an SVG document: each shape as its SVG element, in points (the viewBox) with
// the size in millimetres so it prints at its size. Pure, so the server sends it and the browser
// turns the same text into a PNG.
import { type Drawing, LINE_HEIGHT, type Shape } from './shapes.js';

export const SVG_FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

const n = (x: number) => String(Math.round(x * 100) / 100);
const item = (s: Shape) => (s.itemId ? ` data-item="${escapeXml(s.itemId)}"` : '');

function shapeSvg(s: Shape): string {
  switch (s.type) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}${s.stroke ? ` stroke="${s.stroke}" stroke-width="0.5"` : ''}${item(s)}/>`;
    case 'diamond':
      return `<path d="M${n(s.cx)},${n(s.cy - s.r)} L${n(s.cx + s.r)},${n(s.cy)} L${n(s.cx)},${n(s.cy + s.r)} L${n(s.cx - s.r)},${n(s.cy)} Z" fill="${s.fill}" stroke="${s.stroke}" stroke-width="0.6"${item(s)}/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.arrow ? ' marker-end="url(#arrow)"' : ''}/>`;
    case 'text': {
      const anchor = s.align === 'left' ? 'start' : s.align === 'center' ? 'middle' : 'end';
      const x = s.align === 'left' ? s.x : s.align === 'center' ? s.x + s.w / 2 : s.x + s.w;
      // The first baseline sits at the font's ascent below the box's top (0.93 em in DejaVu Sans),
      // as PDF and PowerPoint put it.
      const spans = s.lines
        .map(
          (line, i) =>
            `<tspan x="${n(x)}" y="${n(s.y + s.size * (0.93 + i * LINE_HEIGHT))}">${escapeXml(line)}</tspan>`,
        )
        .join('');
      return `<text font-size="${n(s.size)}"${s.bold ? ' font-weight="bold"' : ''} fill="${s.colour}" text-anchor="${anchor}"${item(s)}>${spans}</text>`;
    }
  }
}

/** Page `index` (0-based) of a drawing as an SVG document. */
export function drawingSvg(drawing: Drawing, index = 0): string {
  const page = drawing.pages[index];
  if (!page) throw new RangeError(`no page ${index + 1} (the drawing has ${drawing.pages.length})`);
  const mm = (pt: number) => n((pt * 25.4) / 72);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${mm(drawing.width)}mm" height="${mm(drawing.height)}mm" viewBox="0 0 ${n(drawing.width)} ${n(drawing.height)}" font-family="${escapeXml(SVG_FONT)}">
<title>${escapeXml(drawing.title)}</title>
<defs><marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L6,3 L0,6 Z" fill="#7a828c"/></marker></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
${page.shapes.map(shapeSvg).join('\n')}
</svg>
`;
}
