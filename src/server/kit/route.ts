import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../lib/errors.js';
import type { Access } from '../plugins/access.js';
import { actorContextOf, contextOf, type ActorContext, type Context } from './context.js';

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** The success answers of a route, by status. */
type Responses = Partial<Record<200 | 201 | 202 | 204, Schema | RawResponse>>;
/** A response that is not JSON (a file), described for OpenAPI as it is. */
type RawResponse = { description: string; content: Record<string, unknown> };
type Answer<R extends Responses> = { [K in keyof R]: R[K] extends Schema ? z.input<R[K]> : unknown }[keyof R];

export interface RouteInput<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
}

interface RouteSpec<A extends Access, P, Q, B, R extends Responses> {
  method: Method;
  url: string;
  /** Who may call it (plugins/access.ts): decided before validation, in one place. */
  access: A;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  params?: P;
  querystring?: Q;
  body?: B;
  /** Media types of the body when not JSON (multipart uploads). */
  consumes?: string[];
  response: R;
  /** Error statuses beyond the standard ones (400, 401, 403, 404, 409 are worked out from the inputs). */
  errors?: number[];
  /** Route-level rate limit (@fastify/rate-limit), for endpoints that confirm guesses. */
  rateLimit?: RateLimitOptions;
  handler(
    ctx: A extends 'public' ? Context : ActorContext,
    input: RouteInput<P, Q, B>,
    reply: FastifyReply,
    request: FastifyRequest,
  ): Promise<Answer<R> | FastifyReply>;
}

const hasKey = (schema: unknown, key: string) => schema instanceof z.ZodObject && key in schema.shape;

/**
 * The standard error answers of a route, from what it takes: 400 when it has any input, 401 and 403
 * unless public, 404 when it names a record in the path, 409 when it carries a version.
 */
export function standardErrors(spec: { access: Access; params?: unknown; querystring?: unknown; body?: unknown }): number[] {
  const out = new Set<number>();
  if (spec.params || spec.querystring || spec.body) out.add(400);
  if (spec.access !== 'public') {
    out.add(401);
    out.add(403);
  }
  if (spec.params) out.add(404);
  if (hasKey(spec.body, 'version') || hasKey(spec.querystring, 'version')) out.add(409);
  return [...out];
}

/**
 * Declares a route the way every module should: validate, authenticate and authorize (the access plugin,
 * from `access`), call one service with a context that carries a non-null actor, present. The OpenAPI
 * document gets the operation id, summary and every error status without each route listing them.
 */
export function route<
  const A extends Access,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Responses = Responses,
>(app: FastifyInstance, spec: RouteSpec<A, P, Q, B, R>): void {
  const statuses = [...new Set([...standardErrors(spec), ...(spec.errors ?? [])])].sort();
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.url,
    config: { access: spec.access, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
    schema: {
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.querystring ? { querystring: spec.querystring } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      ...(spec.consumes ? { consumes: spec.consumes } : {}),
      response: { ...spec.response, ...errorResponses(...statuses) },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
      const ctx = spec.access === 'public' ? contextOf(request) : actorContextOf(request);
      const input = { params: request.params, query: request.query, body: request.body } as RouteInput<P, Q, B>;
      const answer = await spec.handler(ctx as A extends 'public' ? Context : ActorContext, input, reply, request);
      // A handler that chose a status (201, 204) sends through the reply; otherwise the answer is the 200 body.
      return answer;
    },
  } as Parameters<FastifyInstance['route']>[0]);
}
