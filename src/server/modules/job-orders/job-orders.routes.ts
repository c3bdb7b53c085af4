import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { route } from '../../kit/route.js';
import {
  createJobOrderBody,
  jobOrderListQuery,
  jobOrderListResponse,
  jobOrderParams,
  jobOrderSchema,
  jobOrderStatusBody,
  updateJobOrderBody,
} from './job-orders.schemas.js';
import { changeJobOrderStatus, createJobOrder, listJobOrders, readJobOrder, updateJobOrder } from './job-orders.service.js';

const tags = ['job-orders'];

/** Job orders (demand): positions abroad under a scheme, checked against the agency's permit quota. */
export const jobOrdersRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/job-orders',
    access: 'job-orders:read',
    operationId: 'listJobOrders',
    tags,
    summary: 'Daftar job order / list job orders',
    description: 'q searches the reference, title, occupation and employer name.',
    querystring: jobOrderListQuery,
    response: { 200: jobOrderListResponse },
    handler: (ctx, { query }) => listJobOrders(ctx, query),
  });

  route(app, {
    method: 'POST',
    url: '/job-orders',
    access: 'job-orders:create',
    operationId: 'createJobOrder',
    tags,
    summary: 'Catat job order / record a job order',
    description:
      'Created as a draft with the next reference JO-<year>-<nnnn>. The scheme is named by its code. p_to_p and ssw_japan need an active agency with a valid licence; a permit must be the agency’s and valid, and the positions of its orders may not exceed its quota (409 job_orders.quota_exceeded).',
    body: createJobOrderBody,
    response: { 201: jobOrderSchema },
    errors: [409],
    handler: async (ctx, { body }, reply) => reply.code(201).send(await createJobOrder(ctx, body)),
  });

  route(app, {
    method: 'GET',
    url: '/job-orders/:id',
    access: 'job-orders:read',
    operationId: 'getJobOrder',
    tags,
    summary: 'Job order',
    params: jobOrderParams,
    response: { 200: jobOrderSchema },
    handler: (ctx, { params }) => readJobOrder(ctx, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/job-orders/:id',
    access: 'job-orders:update',
    operationId: 'updateJobOrder',
    tags,
    summary: 'Ubah job order / update a job order',
    description: 'A filled or closed order cannot be changed (409). isPublic may be true only when verified or open.',
    params: jobOrderParams,
    body: updateJobOrderBody,
    response: { 200: jobOrderSchema },
    handler: (ctx, { params, body }) => updateJobOrder(ctx, params.id, body),
  });

  route(app, {
    method: 'POST',
    url: '/job-orders/:id/status',
    access: 'job-orders:update',
    operationId: 'changeJobOrderStatus',
    tags,
    summary: 'Ubah status job order / move a job order',
    description: 'draft → verified (attacheReference required) → open → filled → closed; open → closed. Other moves answer 409 job_orders.bad_transition.',
    params: jobOrderParams,
    body: jobOrderStatusBody,
    response: { 200: jobOrderSchema },
    handler: (ctx, { params, body }) => changeJobOrderStatus(ctx, params.id, body),
  });
};
