import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { route } from '../../kit/route.js';
import { officeScope } from '../../../domain/access.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';
import { auditRepository, type AuditRow } from './audit.repository.js';
import { recordAudit } from './audit.service.js';

const tags = ['audit'];
const EXPORT_LIMIT = 100_000;

const eventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    officeId: z.string().nullable(),
    actorUserId: z.string().nullable(),
    actorTokenId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(['success', 'failure', 'denied']),
    resourceType: z.string().nullable(),
    resourceId: z.string().nullable(),
    resourceLabel: z.string().nullable().describe("What the record is called now: a person's or user's name (never an identifier such as a NIK)"),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEvent' });

const filterQuery = z.object({
  actorUserId: z.uuid({ error: 'i18n:fields.uuid' }).optional(),
  action: z.string().max(60).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  resourceType: z.string().max(40).optional(),
  resourceId: z.string().max(80).optional(),
  from: z.iso.datetime({ offset: true, error: 'i18n:fields.date' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'i18n:fields.date' }).optional(),
  lang: z.enum(['id', 'en']).optional(),
});

const present = (e: AuditRow, labels: Map<string, string>) => ({
  ...e,
  at: e.at.toISOString(),
  resourceLabel: (e.resourceId && labels.get(e.resourceId)) ?? null,
  details: e.details ?? null,
});

/** The audit log: filter by user, record, action and time; export to CSV (itself audited). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, {
    method: 'GET',
    url: '/audit-events',
    access: 'audit-events:read',
    operationId: 'listAuditEvents',
    tags,
    summary: 'Log audit / audit log',
    querystring: filterQuery.extend(pageQuery(50).shape),
    response: { 200: listResponse(eventSchema) },
    handler: async (ctx, { query }) => {
      const { page, pageSize, ...f } = query;
      const { rows, total } = await auditRepository.list(ctx.db, { ...f, scope: officeScope(ctx.actor) }, page, pageSize);
      const labels = await auditRepository.resourceLabels(ctx.db, rows);
      return { items: rows.map((e) => present(e, labels)), total, page, pageSize };
    },
  });

  route(app, {
    method: 'GET',
    url: '/audit-events/export',
    access: 'audit-events:export',
    operationId: 'exportAuditEvents',
    tags,
    summary: 'Unduh log audit sebagai CSV / export the audit log as CSV',
    querystring: filterQuery,
    response: { 200: z.string().describe('text/csv') },
    handler: async (ctx, { query }, reply) => {
      const f = { ...query, scope: officeScope(ctx.actor) };
      const rows = await auditRepository.all(ctx.db, f, EXPORT_LIMIT);
      await recordAudit(ctx.db, ctx, {
        action: 'audit.export',
        outcome: 'success',
        resourceType: 'audit_events',
        details: { filter: query, rows: rows.length },
      });
      const csv = stringify(
        rows.map((e) => [
          e.id,
          e.at.toISOString(),
          e.actorLabel,
          e.action,
          e.outcome,
          e.resourceType,
          e.resourceId,
          e.ip,
          e.requestId,
          e.details ? JSON.stringify(e.details) : '',
        ]),
        { header: true, columns: ['id', 'at', 'actor', 'action', 'outcome', 'resource_type', 'resource_id', 'ip', 'request_id', 'details'] },
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`)
        .send(csv);
    },
  });
};
