import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';

/**
 * C0 control characters other than tab, line feed and carriage return. PostgreSQL refuses NUL in text
 * and jsonb (the request would end in a 500), and none of the others belongs in a name, an address or a
 * search: they are refused at the door rather than stored.
 */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const MAX_DEPTH = 32;

/** The path (`members.0.name`) of the first string or key holding a forbidden character, if any. */
export function findControlCharacter(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return forbidden.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const here = [...path, key];
    if (forbidden.test(key)) return here;
    const found = findControlCharacter(item, here, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Field name as the error handler names validation failures: body fields bare, others prefixed. */
function fieldName(where: 'body' | 'querystring' | 'params', path: string[]): string {
  const name = path.map((p) => p.replace(/[^\w.-]/g, '?')).join('.') || '_';
  return where === 'body' ? name : `${where}.${name}`;
}

function check(request: FastifyRequest): void {
  const parts: ['body' | 'querystring' | 'params', unknown][] = [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ];
  for (const [where, value] of parts) {
    const path = findControlCharacter(value);
    if (path) throw new AppError(400, 'validation_failed', 'errors.validation', {}, { [fieldName(where, path)]: 'i18n:fields.control_character' });
  }
}

/**
 * Refuses NUL and other control characters in any string of a request's path parameters, query or
 * JSON body with 400 `validation_failed` naming the field, for every route in one place. Runs before
 * validation, after the access decision (registered after the access plugin).
 */
export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => check(request));
  },
  { name: 'input-guard', dependencies: ['errors', 'access'] },
);
