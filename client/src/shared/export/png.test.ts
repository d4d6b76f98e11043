import { describe, expect, it } from 'vitest';
import { crc32, pngSize, printScale, withDpi } from './png';

// A 1×1 RGBA PNG.
const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('PNG helpers', () => {
  it.each([
    ['IEND', 0xae426082],
    ['123456789', 0xcbf43926],
    ['', 0],
  ])('crc32(%s) = %d', (text, expected) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(expected);
  });

  it('reads width and height from IHDR', () => {
    expect(pngSize(ONE_PIXEL)).toEqual({ width: 1, height: 1 });
    expect(() => pngSize(new Uint8Array(32))).toThrow('not a PNG');
  });

  it('adds a pHYs chunk after IHDR with the dots per metre and a valid CRC', () => {
    const out = withDpi(ONE_PIXEL, 300);
    expect(out.length).toBe(ONE_PIXEL.length + 21);
    const view = new DataView(out.buffer);
    expect(new TextDecoder().decode(out.subarray(37, 41))).toBe('pHYs');
    expect([view.getUint32(33), view.getUint32(41), view.getUint32(45), out[49]]).toEqual([
      9, 11811, 11811, 1,
    ]);
    expect(view.getUint32(50)).toBe(crc32(out.subarray(37, 50)));
    // The picture itself is unchanged.
    expect(pngSize(out)).toEqual({ width: 1, height: 1 });
    expect(out.subarray(54)).toEqual(ONE_PIXEL.subarray(33));
  });

  it.each([
    [1123, 794, 300 / 96],
    [1123, 8000, 2],
  ])('draws %d×%d CSS px at scale %d', (w, h, scale) => {
    expect(printScale(w, h)).toBeCloseTo(scale, 6);
  });

  it('makes an A4 landscape picture 3,509 pixels wide at 300 dpi', () => {
    expect(Math.round(1123 * printScale(1123, 794))).toBe(3509);
  });
});
