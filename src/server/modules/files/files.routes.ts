import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/errors.js';
import { fileResponse, photoParams, uploadBody, uploadQuery } from './files.schemas.js';
import { imageMediaTypes, sendPhoto, updatePhoto } from './files.service.js';

const tags = ['files'];

/** A person's photo: stored like any upload, served like any stored file. */
export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/persons/:id/photo',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'putPersonPhoto',
        tags,
        summary: 'Unggah foto orang / upload a person’s photo',
        description: 'multipart/form-data with one part named "file": JPEG, PNG or WebP (decided by the content), at most 5 MB.',
        consumes: ['multipart/form-data'],
        params: photoParams,
        querystring: uploadQuery,
        body: uploadBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      await updatePhoto(app, request, request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/persons/:id/photo',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'getPersonPhoto',
        tags,
        summary: 'Foto orang / a person’s photo',
        params: photoParams,
        response: { 200: fileResponse('The image', imageMediaTypes), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => sendPhoto(app, request, reply, request.params.id),
  );
};
