// The roadmap projects only the properties decodeAs reads (DECODED_KEYS): if decoding starts to read
// another property, the projection must name it too, or the roadmap would silently drop it.
import { describe, expect, it } from 'vitest';
import { DECODED_KEYS, decodeAs, projectionOf } from '../../server/db/decode.js';

/** Every property name decodeAs asks for when decoding a node of `label`. */
function keysRead(label: keyof typeof DECODED_KEYS): Set<string> {
  const read = new Set<string>();
  // Every property holds a date's text, so date fields go on to read the words they were written as.
  const props = new Proxy({} as Record<string, unknown>, {
    get(_target, key) {
      if (typeof key === 'string') read.add(key);
      return '2024';
    },
  });
  decodeAs(label, props);
  return read;
}

describe('the properties a projection keeps', () => {
  it.each(Object.keys(DECODED_KEYS) as (keyof typeof DECODED_KEYS)[])(
    'covers every property decodeAs reads for %s',
    (label) => {
      expect(
        [...keysRead(label)].filter((k) => !(DECODED_KEYS[label] as readonly string[]).includes(k)),
      ).toEqual([]);
    },
  );

  it('writes a Cypher map projection of them, plus any extra', () => {
    expect(projectionOf('Milestone', 'm', ['dateFirst'])).toBe(
      'm {.id, .name, .title, .version, .inferred, .note, .aliases, .date, .dateText, .status, .description, .dateFirst}',
    );
  });
});
