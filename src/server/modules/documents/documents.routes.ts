import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
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
  route(app, {
    method: 'GET',
    url: '/persons/:id/documents',
    access: 'persons:read',
    operationId: 'listPersonDocuments',
    tags,
    summary: 'Dokumen orang / a person’s documents',
    description: 'Numbers of sensitive types are masked; health documents are restricted for callers without person-health:read.',
    params: personParams,
    querystring: documentListQuery,
    response: { 200: documentListResponse },
    handler: (ctx, { params, query }) => listDocuments(ctx, params.id, query.page, query.pageSize),
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/documents',
    access: 'persons:update',
    operationId: 'createPersonDocument',
    tags,
    summary: 'Catat dokumen / record a document',
    params: personParams,
    body: createDocumentBody,
    response: { 201: documentSchema },
    errors: [409],
    handler: async (ctx, { params, body }, reply) => reply.code(201).send(await createDocument(ctx, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/persons/:id/documents/:documentId',
    access: 'persons:update',
    operationId: 'updatePersonDocument',
    tags,
    summary: 'Ubah dokumen / update a document',
    description: 'A change to anything but the notes withdraws the verification.',
    params: documentParams,
    body: updateDocumentBody,
    response: { 200: documentSchema },
    errors: [409],
    handler: (ctx, { params, body }) => updateDocument(ctx, params.id, params.documentId, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/persons/:id/documents/:documentId',
    access: 'persons:update',
    operationId: 'deletePersonDocument',
    tags,
    summary: 'Hapus dokumen / remove a document',
    params: documentParams,
    querystring: versionQuery,
    response: { 204: z.null() },
    errors: [409],
    handler: async (ctx, { params, query }, reply) => {
      await deleteDocument(ctx, params.id, params.documentId, query.version);
      return reply.code(204).send(null);
    },
  });

  route(app, {
    method: 'POST',
    url: '/persons/:id/documents/:documentId/verify',
    access: 'persons:update',
    operationId: 'verifyPersonDocument',
    tags,
    summary: 'Verifikasi dokumen / mark a document as checked against the original',
    params: documentParams,
    body: versionBody,
    response: { 200: documentSchema },
    errors: [409],
    handler: (ctx, { params, body }) => verifyDocument(ctx, params.id, params.documentId, body.version),
  });

  route(app, {
    method: 'PUT',
    url: '/persons/:id/documents/:documentId/file',
    access: 'persons:update',
    operationId: 'putPersonDocumentFile',
    tags,
    summary: 'Unggah pindaian dokumen / upload a document’s scan',
    description: 'multipart/form-data with one part named "file": PDF, JPEG, PNG or WebP, decided by the content. The previous scan stays stored.',
    consumes: ['multipart/form-data'],
    params: documentParams,
    querystring: uploadQuery,
    body: uploadBody,
    response: { 200: documentSchema },
    errors: [409, 413, 415],
    handler: (ctx, { params, query }, _reply, request) => uploadDocumentFile(ctx, request, params.id, params.documentId, query.version),
  });

  route(app, {
    method: 'GET',
    url: '/persons/:id/documents/:documentId/file',
    access: 'persons:read',
    operationId: 'getPersonDocumentFile',
    tags,
    summary: 'Pindaian dokumen / a document’s scan',
    description: 'Reading the scan of a passport, KTP, KK or health certificate is recorded in the audit log.',
    params: documentParams,
    response: { 200: fileResponse('The scan, with the media type detected at upload', documentMediaTypes) },
    handler: (ctx, { params }, reply, request) => sendDocumentFile(ctx, request, reply, params.id, params.documentId),
  });
};
