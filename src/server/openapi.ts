import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

export const openapiFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/openapi.json');

/**
 * The OpenAPI document as committed: two-space indent, trailing newline, and component schemas in
 * name order (their registration order depends on module load order, which differs between runs).
 */
export async function renderOpenapi(app: FastifyInstance): Promise<string> {
  await app.ready();
  const doc = structuredClone(app.swagger()) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = doc.components?.schemas;
  if (schemas) doc.components!.schemas = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(doc, null, 2) + '\n';
}

export function readCommittedOpenapi(): string | undefined {
  return fs.existsSync(openapiFile) ? fs.readFileSync(openapiFile, 'utf8') : undefined;
}
