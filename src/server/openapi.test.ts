import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCommittedApiTypes, readCommittedOpenapi, renderApiTypes, renderOpenapi } from './openapi.js';
import { createTestApp, type TestApp } from './test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Operation = { operationId?: string; tags?: string[]; responses?: Record<string, unknown> };

describe('OpenAPI document', () => {
  it('matches the committed docs/openapi.json (run npm run openapi after changing routes)', async () => {
    expect(await renderOpenapi(t.app)).toBe(readCommittedOpenapi());
  });

  it('matches the staff app’s generated API types (src/web/lib/api-schema.ts; run npm run openapi)', async () => {
    expect(await renderApiTypes(await renderOpenapi(t.app))).toBe(readCommittedApiTypes());
  });

  it('is OpenAPI 3.1 and every operation has an operationId, tags and response schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    const operations = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods).map(([m, op]) => ({ where: `${m.toUpperCase()} ${p}`, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const ids = new Set<string>();
    for (const { where, op } of operations) {
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId!), `${where} duplicate operationId`).toBe(false);
      ids.add(op.operationId!);
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(
        Object.keys(op.responses ?? {}).some((s) => s.startsWith('2')),
        where,
      ).toBe(true);
      expect(
        Object.keys(op.responses ?? {}).some((s) => s.startsWith('4') || s.startsWith('5')),
        where,
      ).toBe(true);
    }
  });

  it('serves the interactive docs at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger');
  });
});
