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

export const apiTypesFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/lib/api-schema.ts');

/**
 * The staff app's types of the API, generated from the OpenAPI document (openapi-typescript), so the
 * web client cannot drift from the server: a changed response shape breaks `npm run typecheck`.
 */
export async function renderApiTypes(openapi: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(openapi) as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `/* Generated from docs/openapi.json by npm run openapi (openapi-typescript). Do not edit. */\n/* eslint-disable */\n${astToString(ast)}`;
}

export function readCommittedApiTypes(): string | undefined {
  return fs.existsSync(apiTypesFile) ? fs.readFileSync(apiTypesFile, 'utf8') : undefined;
}
