import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pickEncoding, precompress } from './compression.js';

describe('compression', () => {
  it('prefers brotli, then gzip, and respects q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });

  it('compresses what is worth it, so that it decompresses to the same bytes', () => {
    const css = Buffer.from('.a { color: red; }\n'.repeat(200));
    const out = precompress(css);
    expect(zlib.brotliDecompressSync(out.br!)).toEqual(css);
    expect(zlib.gunzipSync(out.gzip!)).toEqual(css);
    expect(precompress(Buffer.from('small'))).toEqual({});
  });
});
