import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { fileResponse, photoParams, uploadBody, uploadQuery } from './files.schemas.js';
import { imageMediaTypes, sendPhoto, updatePhoto } from './files.service.js';

const tags = ['files'];

/** A person's photo: stored like any upload, served like any stored file. */
export const filesRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'PUT',
    url: '/persons/:id/photo',
    access: 'persons:update',
    operationId: 'putPersonPhoto',
    tags,
    summary: 'Unggah foto orang / upload a person’s photo',
    description: 'multipart/form-data with one part named "file": JPEG, PNG or WebP (decided by the content), at most 5 MB.',
    consumes: ['multipart/form-data'],
    params: photoParams,
    querystring: uploadQuery,
    body: uploadBody,
    response: { 204: z.null() },
    errors: [409, 413, 415],
    handler: async (ctx, { params, query }, reply, request) => {
      await updatePhoto(ctx, request, params.id, query.version);
      return reply.code(204).send(null);
    },
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id/photo',
    access: 'persons:read',
    operationId: 'getPersonPhoto',
    tags,
    summary: 'Foto orang / a person’s photo',
    params: photoParams,
    response: { 200: fileResponse('The image', imageMediaTypes) },
    handler: (ctx, { params }, reply, request) => sendPhoto(ctx, request, reply, params.id),
  });
};
