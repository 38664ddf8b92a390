/**
 * Reading the names a Pagefind bundle uses (src/lib/search/bundle-files.ts): every text string of a
 * CBOR value, and a refusal, rather than a guess, for bytes that are not one whole value. A real
 * bundle is read in test/search/shards.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cborTextStrings } from '../../src/lib/search/bundle-files';

const text = (value: string) => [0x60 + Buffer.byteLength(value), ...Buffer.from(value)];

describe('the text strings of a CBOR value', () => {
  it('are found at any depth, beside numbers, bytes, maps and tags', () => {
    // ["1.6.0", [["vi_01fa908", 412]], {"a": h'00ff'}, 1(300), -2, true, "điển hình"]
    const value = Uint8Array.from([
      0x87,
      ...text('1.6.0'),
      0x81,
      0x82,
      ...text('vi_01fa908'),
      0x19,
      0x01,
      0x9c,
      0xa1,
      ...text('a'),
      0x42,
      0x00,
      0xff,
      0xc1,
      0x19,
      0x01,
      0x2c,
      0x21,
      0xf5,
      ...text('điển hình'),
    ]);
    expect([...cborTextStrings(value)].sort()).toEqual(['1.6.0', 'a', 'vi_01fa908', 'điển hình'].sort());
    // After a marker, as in a .pf_meta file.
    expect(cborTextStrings(Uint8Array.from([...Buffer.from('pagefind_dcd'), ...text('x')]), 12)).toEqual(
      new Set(['x']),
    );
  });

  it('are refused when the value is cut short or followed by more bytes', () => {
    expect(() => cborTextStrings(Uint8Array.from([0x82, ...text('vi_1')]))).toThrow(/CBOR/);
    expect(() => cborTextStrings(Uint8Array.from([0x65, 0x61]))).toThrow(/CBOR/);
    expect(() => cborTextStrings(Uint8Array.from([...text('a'), 0x00]))).toThrow(/CBOR/);
    expect(() => cborTextStrings(Uint8Array.from([0x9f, 0xff]))).toThrow(/CBOR/);
  });
});
