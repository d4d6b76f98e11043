// A PowerPoint file read back for the export tests: each slide's shapes (name, position and size in
// points) and text, from the slide XML inside the zip.
import JSZip from 'jszip';

export interface PptxShape {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  geometry: string | null;
  text: string;
}

const EMU_PER_POINT = 12700;

export async function readPptx(
  bytes: Buffer,
): Promise<{ slides: PptxShape[][]; core: string; slideSize: { w: number; h: number } }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  const slides: PptxShape[][] = [];
  for (const name of names) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const shapes: PptxShape[] = [];
    for (const sp of xml.match(/<p:(sp|cxnSp|graphicFrame)>[\s\S]*?<\/p:\1>/g) ?? []) {
      const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp);
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
      shapes.push({
        name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? '',
        x: Number(off?.[1] ?? 0) / EMU_PER_POINT,
        y: Number(off?.[2] ?? 0) / EMU_PER_POINT,
        w: Number(ext?.[1] ?? 0) / EMU_PER_POINT,
        h: Number(ext?.[2] ?? 0) / EMU_PER_POINT,
        geometry: /<a:prstGeom prst="(\w+)"/.exec(sp)?.[1] ?? null,
        text: [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('\n'),
      });
    }
    slides.push(shapes);
  }
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  return {
    slides,
    core,
    slideSize: { w: Number(size?.[1]) / EMU_PER_POINT, h: Number(size?.[2]) / EMU_PER_POINT },
  };
}
