import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer with, from an Accept-Encoding header: brotli, else gzip, else none. A coding
 * with `q=0` is refused; `*` stands for any coding not named.
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name.trim(), qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const accepts = (coding: Encoding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/** Brotli (best) and gzip (level 9) forms of a body, when it is worth it (over 1 KB, at least 10 % smaller). */
export function precompress(body: Buffer): Partial<Record<Encoding, Buffer>> {
  if (body.length < 1024) return {};
  const out: Partial<Record<Encoding, Buffer>> = {};
  const br = zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  if (br.length < body.length * 0.9) out.br = br;
  const gzip = zlib.gzipSync(body, { level: 9 });
  if (gzip.length < body.length * 0.9) out.gzip = gzip;
  return out;
}
