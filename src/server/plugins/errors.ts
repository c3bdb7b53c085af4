import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isUniqueViolation, type ErrorBody } from '../lib/errors.js';
import { fieldMessage, translateFieldKey, type RawIssue } from '../lib/validation-messages.js';
import { isApiRequest } from '../lib/routing.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by the public site: answers an unknown page with a readable 404 page. */
    sendNotFoundPage(request: FastifyRequest, reply: FastifyReply): FastifyReply;
  }
}

function send(request: FastifyRequest, reply: FastifyReply, body: Omit<ErrorBody, 'requestId'>) {
  const full: ErrorBody = { ...body, requestId: String(request.id) };
  return reply.code(body.statusCode).type('application/json; charset=utf-8').send(full);
}

function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * One error handler for the whole app: every failure leaves as { statusCode, code, message, requestId,
 * fields? } in the caller's language. Internal messages and stacks go to the log, never to the client.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance, opts: { bodyLimit: number }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const t = request.t;
      if (error instanceof AppError) {
        return send(request, reply, {
          statusCode: error.statusCode,
          code: error.code,
          message: t(error.messageKey, error.params),
          ...(error.fields ? { fields: Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, translateFieldKey(t, v)])) } : {}),
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const fields: Record<string, string> = {};
        for (const v of error.validation) {
          const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
          const where = error.validationContext === 'body' ? path : `${error.validationContext}.${path}`;
          fields[where] ??= fieldMessage(t, {
            code: v.keyword,
            message: v.message,
            ...(v.params as object),
          } as RawIssue);
        }
        return send(request, reply, {
          statusCode: 400,
          code: 'validation_failed',
          message: t('errors.validation'),
          fields,
        });
      }
      switch (error.code) {
        case 'FST_ERR_CTP_BODY_TOO_LARGE':
          return send(request, reply, {
            statusCode: 413,
            code: 'payload_too_large',
            message: t('errors.payload_too_large', { limit: humanSize(opts.bodyLimit) }),
          });
        case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
          return send(request, reply, {
            statusCode: 415,
            code: 'unsupported_media_type',
            message: t('errors.unsupported_media_type', {
              type:
                String(request.headers['content-type'] ?? '')
                  .split(';')[0]
                  ?.slice(0, 60) ?? '',
            }),
          });
        case 'FST_ERR_CTP_INVALID_JSON_BODY':
        case 'FST_ERR_CTP_EMPTY_JSON_BODY':
          return send(request, reply, { statusCode: 400, code: 'invalid_json', message: t('errors.invalid_json') });
      }
      if (error.statusCode === 429) {
        return send(request, reply, {
          statusCode: 429,
          code: 'rate_limited',
          message: t('errors.rate_limited', { after: String(reply.getHeader('retry-after') ?? 60) + ' s' }),
        });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Other client errors raised by Fastify itself (bad URL encoding, etc.): no internals leak.
        request.log.info({ code: error.code }, 'client error');
        return send(request, reply, {
          statusCode: error.statusCode,
          code: 'bad_request',
          message: t('errors.validation'),
        });
      }
      if (isUniqueViolation(error)) {
        // A race two writers lost to a unique index (the same number entered twice at once): the service
        // checked first, so this is rare, but it is the caller's conflict, not a server failure.
        request.log.info({ err: error }, 'unique violation'); // the serializer keeps code, constraint and table, never values
        return send(request, reply, { statusCode: 409, code: 'duplicate', message: t('errors.duplicate') });
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(request, reply, {
        statusCode: 500,
        code: 'internal_error',
        message: t('errors.internal', { requestId: String(request.id) }),
      });
    });

    app.setNotFoundHandler((request, reply) => {
      // People following a link get a page; programs calling the API get the error body.
      if (request.method === 'GET' && !isApiRequest(request) && app.hasDecorator('sendNotFoundPage')) {
        return app.sendNotFoundPage(request, reply);
      }
      return send(request, reply, {
        statusCode: 404,
        code: 'route_not_found',
        message: request.t('errors.route_not_found', { method: request.method, url: request.url.split('?')[0]?.slice(0, 200) ?? '' }),
      });
    });
  },
  { name: 'errors', dependencies: ['i18n'] },
);
