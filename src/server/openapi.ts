import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

export const openapiFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/openapi.json');

/** The OpenAPI document as committed: stable key order, two-space indent, trailing newline. */
export async function renderOpenapi(app: FastifyInstance): Promise<string> {
  await app.ready();
  return JSON.stringify(app.swagger(), null, 2) + '\n';
}

export function readCommittedOpenapi(): string | undefined {
  return fs.existsSync(openapiFile) ? fs.readFileSync(openapiFile, 'utf8') : undefined;
}
