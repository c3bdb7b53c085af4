import { z } from 'zod';

/**
 * A failure the caller can act on. `code` is stable (clients branch on it); `messageKey` names the
 * translated message; `params` fill it in. Never put personal data in params: they reach the response.
 */
export class AppError extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly code: string,
    public readonly messageKey: string,
    public readonly params: Record<string, string | number> = {},
    public readonly fields?: Record<string, string>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'not_found', 'errors.not_found');
export const conflict = () => new AppError(409, 'version_conflict', 'errors.conflict');

/** The one error body of the API (stable interface). */
export const errorBodySchema = z
  .object({
    statusCode: z.number().int(),
    code: z.string().describe('Stable machine-readable code, e.g. validation_failed, not_found'),
    message: z.string().describe("Human-readable message in the caller's language"),
    requestId: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe('Message per invalid field, keyed by its path'),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Response schemas for the error statuses a route can answer, for the OpenAPI document. */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof errorBodySchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema])) as Record<S, typeof errorBodySchema>;
}

/** PostgreSQL's unique_violation (23505), as node-postgres or PGlite raise it, possibly wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
