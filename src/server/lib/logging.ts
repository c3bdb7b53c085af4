/**
 * Paths the logger never writes. Request and response bodies are not logged at all (Fastify logs only
 * method, url and status); these cover headers that carry credentials.
 */
export const logRedactPaths = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie'];

/**
 * Requests are logged by method and path only: a query string can carry a NIK or a name
 * (`/api/persons?q=…`), so it never reaches the log.
 */
export const logSerializers = {
  req(request: { method: string; url: string; ip?: string }) {
    return { method: request.method, path: request.url.split('?')[0], remoteAddress: request.ip };
  },
  err: serializeError,
};

/** Fields of a database error that name parts of the schema (never data), kept for diagnosis. */
const schemaNameFields = ['constraint', 'table', 'column', 'schema', 'dataType', 'routine'] as const;

/**
 * Removes values from an error message: anything quoted (`invalid input syntax for type integer: "…"`),
 * `Key (nik)=(…)`, the parameters drizzle appends (`params: …`) and long runs of digits (a NIK, a phone).
 * What is left says what failed, not with which data.
 */
export function scrubMessage(message: string): string {
  // Drizzle's "Failed query: <sql>": its double quotes are identifiers, worth keeping; literals are not.
  const sql = message.startsWith('Failed query: ');
  const withoutParams = message.replace(/\nparams:[\s\S]*$/, '');
  return (sql ? withoutParams : withoutParams.replace(/"(?:[^"\\]|\\.)*"/g, '"…"'))
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "'…'")
    .replace(/=\((?:[^()]|\([^()]*\))*\)/g, '=(…)')
    .replace(/\d{6,}/g, '…')
    .slice(0, 2000);
}

/** What the log holds of an error (pino's shape: type, message, stack). */
export interface SerializedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/**
 * Errors are logged by an allow-list: type, code, a scrubbed message, the stack frames, the names of the
 * schema objects involved and the same for the cause. A database error carries the statement's
 * parameters (`params`, `parameters`), the offending row (`detail`), the SQL context (`where`) and
 * drizzle's `query`: NIKs, names, health notes and token hashes, none of which may reach the log.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (error === null || typeof error !== 'object') return { type: typeof error, message: '[not an Error]', stack: '' };
  const e = error as Record<string, unknown> & { message?: unknown; stack?: unknown; constructor?: { name?: string } };
  const type = (typeof e.name === 'string' && e.name) || e.constructor?.name || 'Error';
  const message = typeof e.message === 'string' ? scrubMessage(e.message) : '';
  const out: SerializedError = { type, message, stack: '' };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = String(e.code).slice(0, 64);
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  for (const field of schemaNameFields) if (typeof e[field] === 'string') out[field] = (e[field] as string).slice(0, 128);
  if (typeof e.stack === 'string') {
    // The first lines of a stack repeat the message: keep only the frames.
    const frames = e.stack.indexOf('\n    at ');
    out.stack = `${type}: ${message}${frames >= 0 ? e.stack.slice(frames) : ''}`;
  }
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
