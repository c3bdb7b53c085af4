import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/errors.js';
import { fileResponse, uploadBody, uploadQuery } from '../files/files.schemas.js';
import { documentMediaTypes } from '../files/files.service.js';
import {
  createDocumentBody,
  documentListQuery,
  documentListResponse,
  documentParams,
  documentSchema,
  personParams,
  updateDocumentBody,
  versionBody,
  versionQuery,
} from './documents.schemas.js';
import { createDocument, deleteDocument, listDocuments, sendDocumentFile, updateDocument, uploadDocumentFile, verifyDocument } from './documents.service.js';

const tags = ['documents'];

/** Documents held for a person (UU 18/2017 Pasal 13 and registration documents) and their scans. */
export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/documents',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'listPersonDocuments',
        tags,
        summary: 'Dokumen orang / a person’s documents',
        description: 'Numbers of sensitive types are masked; health documents are restricted for callers without person-health:read.',
        params: personParams,
        querystring: documentListQuery,
        response: { 200: documentListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listDocuments(app, request, request.params.id, request.query.page, request.query.pageSize),
  );

  app.post(
    '/persons/:id/documents',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'createPersonDocument',
        tags,
        summary: 'Catat dokumen / record a document',
        params: personParams,
        body: createDocumentBody,
        response: { 201: documentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createDocument(app, request, request.params.id, request.body)),
  );

  app.patch(
    '/persons/:id/documents/:documentId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'updatePersonDocument',
        tags,
        summary: 'Ubah dokumen / update a document',
        description: 'A change to anything but the notes withdraws the verification.',
        params: documentParams,
        body: updateDocumentBody,
        response: { 200: documentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateDocument(app, request, request.params.id, request.params.documentId, request.body),
  );

  app.delete(
    '/persons/:id/documents/:documentId',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'deletePersonDocument',
        tags,
        summary: 'Hapus dokumen / remove a document',
        params: documentParams,
        querystring: versionQuery,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteDocument(app, request, request.params.id, request.params.documentId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/persons/:id/documents/:documentId/verify',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'verifyPersonDocument',
        tags,
        summary: 'Verifikasi dokumen / mark a document as checked against the original',
        params: documentParams,
        body: versionBody,
        response: { 200: documentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => verifyDocument(app, request, request.params.id, request.params.documentId, request.body.version),
  );

  app.put(
    '/persons/:id/documents/:documentId/file',
    {
      config: { access: 'persons:update' },
      schema: {
        operationId: 'putPersonDocumentFile',
        tags,
        summary: 'Unggah pindaian dokumen / upload a document’s scan',
        description: 'multipart/form-data with one part named "file": PDF, JPEG, PNG or WebP, decided by the content. The previous scan stays stored.',
        consumes: ['multipart/form-data'],
        params: documentParams,
        querystring: uploadQuery,
        body: uploadBody,
        response: { 200: documentSchema, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => uploadDocumentFile(app, request, request.params.id, request.params.documentId, request.query.version),
  );

  app.get(
    '/persons/:id/documents/:documentId/file',
    {
      config: { access: 'persons:read' },
      schema: {
        operationId: 'getPersonDocumentFile',
        tags,
        summary: 'Pindaian dokumen / a document’s scan',
        description: 'Reading the scan of a passport, KTP, KK or health certificate is recorded in the audit log.',
        params: documentParams,
        response: { 200: fileResponse('The scan, with the media type detected at upload', documentMediaTypes), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => sendDocumentFile(app, request, reply, request.params.id, request.params.documentId),
  );
};
