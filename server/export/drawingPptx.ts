// A drawing (server/domain/drawing) as PowerPoint slides with pptxgenjs: native rectangles,
// diamonds, lines with arrowheads and text boxes, so people can move and edit every piece. The
// drawing is in points; PowerPoint places in inches (72 points each).

import { type Drawing, LINE_HEIGHT, type Shape } from '../domain/drawing/shapes.js';
import type { Presentation, Slide } from './pptx.js';

/** The font the slides ask for; narrower than DejaVu Sans, so the renderer's line breaks hold. */
export const SLIDE_FONT = 'Arial';
const inch = (pt: number) => Math.round((pt / 72) * 10000) / 10000;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function addShape(pptx: Presentation, slide: Slide, s: Shape): void {
  switch (s.type) {
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, {
        x: inch(s.x),
        y: inch(s.y),
        w: inch(s.w),
        h: inch(s.h),
        fill: {
          color: hex(s.fill),
          transparency: s.opacity === undefined ? 0 : Math.round((1 - s.opacity) * 100),
        },
        line: s.stroke ? { color: hex(s.stroke), width: 0.5 } : { type: 'none' },
        ...(s.itemId ? { objectName: `item:${s.itemId}` } : {}),
      });
      return;
    case 'diamond':
      slide.addShape(pptx.ShapeType.diamond, {
        x: inch(s.cx - s.r),
        y: inch(s.cy - s.r),
        w: inch(2 * s.r),
        h: inch(2 * s.r),
        fill: { color: hex(s.fill) },
        line: { color: hex(s.stroke), width: 0.6 },
        ...(s.itemId ? { objectName: `item:${s.itemId}` } : {}),
      });
      return;
    case 'line':
      slide.addShape(pptx.ShapeType.line, {
        x: inch(Math.min(s.x1, s.x2)),
        y: inch(Math.min(s.y1, s.y2)),
        w: inch(Math.abs(s.x2 - s.x1)),
        h: inch(Math.abs(s.y2 - s.y1)),
        flipH: s.x2 < s.x1,
        flipV: s.y2 < s.y1,
        line: { color: hex(s.stroke), width: s.width, ...(s.arrow ? { endArrowType: 'triangle' } : {}) },
      });
      return;
    case 'text':
      slide.addText(
        s.lines.map((line, i) => ({ text: line, options: { breakLine: i < s.lines.length - 1 } })),
        {
          x: inch(s.x),
          y: inch(s.y),
          w: inch(s.w + 2),
          h: inch(s.lines.length * s.size * LINE_HEIGHT),
          fontFace: SLIDE_FONT,
          fontSize: s.size,
          bold: !!s.bold,
          color: hex(s.colour),
          align: s.align,
          valign: 'top',
          margin: 0,
          wrap: false,
          lineSpacing: s.size * LINE_HEIGHT,
          ...(s.itemId ? { objectName: `label:${s.itemId}` } : {}),
        },
      );
      return;
  }
}

/** Adds one slide per drawing page (the presentation's layout must be the drawing's size). */
export function drawOnSlides(pptx: Presentation, drawing: Drawing): void {
  for (const page of drawing.pages) {
    const slide = pptx.addSlide();
    for (const shape of page.shapes) addShape(pptx, slide, shape);
  }
}
