import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, apiUrl } from './api';

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' } });

describe('API client', () => {
  it('leaves empty parameters out of the address', () => {
    expect(apiUrl('/regions', { q: 'prabu', level: undefined, parentCode: '', page: 2 })).toBe('/api/regions?q=prabu&page=2');
    expect(apiUrl('/health')).toBe('/api/health');
  });

  it("throws the server's error body as an ApiError", async () => {
    const body = { statusCode: 400, code: 'validation_failed', message: 'Data belum benar.', requestId: 'abc', fields: { 'params.id': 'Bukan kode.' } };
    vi.stubGlobal('fetch', vi.fn(async () => json(400, body)));
    const error = await apiFetch('/offices/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 400, code: 'validation_failed', message: 'Data belum benar.', requestId: 'abc' });
    expect((error as ApiError).fields).toEqual({ 'params.id': 'Bukan kode.' });
    expect((error as ApiError).isNotFound).toBe(true);
  });

  it('turns an answer that is not the API error body into an ApiError with the status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(apiFetch('/health')).rejects.toMatchObject({ statusCode: 502, code: 'unexpected_response' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(apiFetch('/health')).rejects.toMatchObject({ statusCode: 0, code: 'network_error' });
  });

  it('returns the JSON body of a success', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { status: 'ok' })));
    await expect(apiFetch<{ status: string }>('/health')).resolves.toEqual({ status: 'ok' });
  });
});
