// pptxgenjs, typed: under NodeNext its CommonJS-shaped types put the class on `.default`, while at
// run time the default import is the class itself; this takes whichever is there.
import pptxModule from 'pptxgenjs';

type PptxClass = typeof pptxModule.default;
const loaded = pptxModule as unknown as PptxClass | { default: PptxClass };
export const PptxGenJS: PptxClass = 'default' in loaded ? loaded.default : loaded;
export type Presentation = InstanceType<PptxClass>;
export type Slide = ReturnType<Presentation['addSlide']>;
