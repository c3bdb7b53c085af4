import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { apiHeaders } from './security-headers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('security headers', () => {
  it('give pages helmet’s set, with the Content-Security-Policy of the app', async () => {
    for (const url of ['/', '/nope', '/api/docs/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers, url).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
      // The API documentation sends a policy of its own (swagger-ui).
      if (!url.startsWith('/api/docs')) expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    }
  });

  it('give API answers, errors included, the short set that lets no document be built from them', async () => {
    for (const url of ['/api/health', '/api/offices', '/api/nope', '/%61pi/health']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers, url).toMatchObject(apiHeaders);
      expect(res.headers['x-xss-protection'], url).toBeUndefined();
    }
  });
});
