// How wide a text is in DejaVu Sans (the font the PDFs embed and the SVGs ask for), from the font's
// own advance widths, so the renderer can break and place text without a font engine and every
// format breaks a name at the same word. Characters outside the table count as wide ones.
import { WIDTHS } from './dejavuWidths.js';

const FALLBACK = 0.7;

/** The width of `text` at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const ch of text) units += table.get(ch) ?? FALLBACK;
  return units * size;
}

/** `text` cut at a word (or, for one long word, a character) to fit `width`, ending in "…". */
export function ellipsize(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const words = text.split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (textWidth(`${next}…`, size, bold) > width) break;
    out = next;
  }
  if (!out) {
    // One word longer than the room: cut it (the only mid-word cut, and marked).
    for (const ch of text) {
      if (textWidth(`${out}${ch}…`, size, bold) > width) break;
      out += ch;
    }
  }
  return `${out.replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * Breaks `text` into lines no wider than `width`, at spaces (and after hyphens and slashes), never
 * inside a word; with `maxLines`, the last line ends in "…" when more was left.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold = false,
  maxLines = Infinity,
): string[] {
  const tokens = text
    .trim()
    .split(/(?<=[\s/])|(?<=-)(?=\p{L})/u)
    .filter((t) => t.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), size, bold) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = ellipsize(rest, width, size, bold);
  return kept;
}
