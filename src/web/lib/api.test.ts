import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, apiSend, apiUrl, handleSessionProblems, isSessionProblem, setCsrfToken } from './api';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  handleSessionProblems(null);
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' } });

describe('API client', () => {
  it('leaves empty parameters out of the address', () => {
    expect(apiUrl('/regions', { q: 'prabu', level: undefined, parentCode: '', page: 2 })).toBe('/api/regions?q=prabu&page=2');
    expect(apiUrl('/health')).toBe('/api/health');
  });

  it("throws the server's error body as an ApiError", async () => {
    const body = { statusCode: 400, code: 'validation_failed', message: 'Data belum benar.', requestId: 'abc', fields: { 'params.id': 'Bukan kode.' } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(400, body)),
    );
    const error = await apiFetch('/offices/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 400, code: 'validation_failed', message: 'Data belum benar.', requestId: 'abc' });
    expect((error as ApiError).fields).toEqual({ 'params.id': 'Bukan kode.' });
    expect((error as ApiError).isNotFound).toBe(true);
  });

  it('turns an answer that is not the API error body into an ApiError with the status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(apiFetch('/health')).rejects.toMatchObject({ statusCode: 502, code: 'unexpected_response' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(apiFetch('/health')).rejects.toMatchObject({ statusCode: 0, code: 'network_error' });
  });

  it('returns the JSON body of a success', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { status: 'ok' })),
    );
    await expect(apiFetch<{ status: string }>('/health')).resolves.toEqual({ status: 'ok' });
  });

  it('sends the CSRF token with writes, never with reads', async () => {
    const fetchMock = vi.fn(async () => json(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('t0k3n');
    await apiFetch('/users');
    await apiSend('PATCH', '/users/1', { version: 1 });
    const headers = (call: number) => (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headers(0)['x-csrf-token']).toBeUndefined();
    expect(headers(1)['x-csrf-token']).toBe('t0k3n');
    expect(headers(1)['content-type']).toBe('application/json');
    expect((fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].body).toBe('{"version":1}');
  });

  it('tells the app when the session ended or a second factor must be enrolled, and only then', async () => {
    const seen: string[] = [];
    handleSessionProblems((error, path) => seen.push(`${error.code} ${path}`));
    const body = (statusCode: number, code: string) => ({ statusCode, code, message: 'x', requestId: 'r' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, body(401, 'session_expired'))),
    );
    await expect(apiFetch('/users')).rejects.toMatchObject({ code: 'session_expired' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(403, body(403, 'totp_enrolment_required'))),
    );
    await expect(apiFetch('/offices')).rejects.toMatchObject({ code: 'totp_enrolment_required' });
    // A wrong password or a missing scope is the screen's business.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, body(401, 'invalid_credentials'))),
    );
    await expect(apiFetch('/auth/sign-in')).rejects.toMatchObject({ code: 'invalid_credentials' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(403, body(403, 'forbidden'))),
    );
    await expect(apiFetch('/audit-events')).rejects.toMatchObject({ code: 'forbidden' });
    expect(seen).toEqual(['session_expired /users', 'totp_enrolment_required /offices']);
    expect(isSessionProblem(new ApiError(body(401, 'unauthenticated')))).toBe(true);
  });
});
