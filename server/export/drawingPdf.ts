// A drawing (server/domain/drawing) onto PDF pages: each shape as pdfkit draws it, in the same
// points, with DejaVu Sans (whose widths the renderer measured with). Adds one page per drawing page.
import { type Drawing, LINE_HEIGHT, type Shape } from '../domain/drawing/shapes.js';

function drawShape(doc: PDFKit.PDFDocument, s: Shape): void {
  switch (s.type) {
    case 'rect':
      doc.save();
      if (s.opacity !== undefined) doc.fillOpacity(s.opacity);
      doc.rect(s.x, s.y, s.w, s.h);
      if (s.stroke) doc.lineWidth(0.5).fillAndStroke(s.fill, s.stroke);
      else doc.fill(s.fill);
      doc.restore();
      return;
    case 'diamond':
      doc
        .save()
        .polygon([s.cx, s.cy - s.r], [s.cx + s.r, s.cy], [s.cx, s.cy + s.r], [s.cx - s.r, s.cy])
        .lineWidth(0.6)
        .fillAndStroke(s.fill, s.stroke)
        .restore();
      return;
    case 'line': {
      doc.save().moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).lineWidth(s.width).strokeColor(s.stroke).stroke();
      if (s.arrow) {
        const angle = Math.atan2(s.y2 - s.y1, s.x2 - s.x1);
        const len = 3 + s.width * 2;
        const at = (a: number) =>
          [s.x2 - len * Math.cos(angle + a), s.y2 - len * Math.sin(angle + a)] as [number, number];
        doc.polygon([s.x2, s.y2], at(0.45), at(-0.45)).fill(s.stroke);
      }
      doc.restore();
      return;
    }
    case 'text':
      doc
        .font(s.bold ? 'bold' : 'regular')
        .fontSize(s.size)
        .fillColor(s.colour);
      s.lines.forEach((line, i) => {
        doc.text(line, s.x, s.y + i * s.size * LINE_HEIGHT, {
          width: s.w + 2,
          align: s.align,
          lineBreak: false,
        });
      });
      return;
  }
}

/** Adds the drawing's pages to `doc` (made with createPdf at the drawing's size). */
export function drawOnPdf(doc: PDFKit.PDFDocument, drawing: Drawing): void {
  for (const page of drawing.pages) {
    doc.addPage({ size: [drawing.width, drawing.height], margin: 0 });
    doc.page.margins.bottom = 0;
    for (const shape of page.shapes) drawShape(doc, shape);
  }
}
