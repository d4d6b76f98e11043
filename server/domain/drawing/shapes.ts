// A drawing: pages of positioned shapes and text in points (1/72 inch), the one description of a
// picture that every format draws as it is (SVG, PNG from the SVG, PDF, PowerPoint). A format only
// translates shapes; it never places anything itself, so every format shows the same picture.

/** The page (or slide) sizes a drawing is made for, in points. */
export const PAGE_SIZES = {
  A4: { width: 841.89, height: 595.28 },
  A3: { width: 1190.55, height: 841.89 },
  /** A 16:9 slide as PowerPoint makes it (13.333 × 7.5 in). */
  slide: { width: 960, height: 540 },
} as const;
export type PageFormat = keyof typeof PAGE_SIZES;
export const PAGE_FORMATS = Object.keys(PAGE_SIZES) as PageFormat[];

interface ShapeBase {
  /** The roadmap item the shape stands for (bars, milestones, their labels), for tests and links. */
  itemId?: string;
}

export interface RectShape extends ShapeBase {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  stroke?: string;
  /** 0–1; pale fills for uncertain ends and periods. */
  opacity?: number;
}

export interface DiamondShape extends ShapeBase {
  type: 'diamond';
  cx: number;
  cy: number;
  /** Half the diagonal. */
  r: number;
  fill: string;
  stroke: string;
}

export interface LineShape extends ShapeBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  /** An arrowhead at (x2, y2). */
  arrow?: boolean;
}

export interface TextShape extends ShapeBase {
  type: 'text';
  /** The box the text sits in: left edge, top of the first line, width. */
  x: number;
  y: number;
  w: number;
  /** Lines already broken (at word boundaries) by the renderer, so every format breaks alike. */
  lines: string[];
  size: number;
  bold?: boolean;
  colour: string;
  align: 'left' | 'center' | 'right';
}

export type Shape = RectShape | DiamondShape | LineShape | TextShape;

export interface DrawingPage {
  shapes: Shape[];
}

export interface Drawing {
  width: number;
  height: number;
  /** The document's title (SVG <title>, PDF and PPTX metadata). */
  title: string;
  pages: DrawingPage[];
}

/** The height of a text shape: lines × line height. */
export const LINE_HEIGHT = 1.2;
export const textHeight = (t: Pick<TextShape, 'lines' | 'size'>) => t.lines.length * t.size * LINE_HEIGHT;
