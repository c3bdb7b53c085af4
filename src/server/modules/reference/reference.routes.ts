import { asc, type AnyColumn } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complaintCategories, countries, documentTypes, referenceDatasets, sswFields } from '../../db/schema/index.js';
import { errorResponses } from '../../lib/errors.js';

const named = { code: z.string(), nameId: z.string(), nameEn: z.string() };

const countrySchema = z.object({ ...named, alpha3: z.string(), numeric: z.string() }).meta({ id: 'Country' });
const sswFieldSchema = z
  .object({
    ...named,
    nameJa: z.string().nullable(),
    effectiveFrom: z.string().describe('Date the field opens (YYYY-MM-DD)'),
    effectiveTo: z.string().nullable(),
    ssw2: z.boolean().describe('Also open for SSW (ii)'),
  })
  .meta({ id: 'SswField' });
const documentTypeSchema = z
  .object({
    ...named,
    legalBasis: z.string().nullable(),
    placementRequired: z.boolean().describe('One of the eight documents of UU 18/2017 Pasal 13'),
    validityMonths: z.number().int().nullable(),
    sensitive: z.boolean(),
  })
  .meta({ id: 'DocumentType' });
const complaintCategorySchema = z.object(named).meta({ id: 'ComplaintCategory' });
const datasetSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    source: z.string(),
    license: z.string().nullable(),
    rowCount: z.number().int(),
    loadedAt: z.string(),
  })
  .meta({ id: 'ReferenceDataset' });

const langQuery = z.object({ lang: z.enum(['id', 'en']).optional() });

/** Small reference lists, each returned whole (they are a few hundred rows at most). */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const whole = <T extends z.ZodType>(url: string, operationId: string, summary: string, item: T, table: PgTable, order: AnyColumn) =>
    app.get(
      url,
      {
        config: { access: 'public' },
        schema: {
          operationId,
          tags: ['reference'],
          summary,
          querystring: langQuery,
          response: { 200: z.object({ items: z.array(item), total: z.number().int() }), ...errorResponses(400, 429) },
        },
      },
      async () => {
        const items = (await app.database.db.select().from(table).orderBy(asc(order))) as z.infer<T>[];
        return { items, total: items.length };
      },
    );

  whole('/countries', 'listCountries', 'Negara (ISO 3166-1) / countries', countrySchema, countries, countries.nameId);
  whole('/ssw-fields', 'listSswFields', 'Bidang SSW Jepang / SSW fields of Japan', sswFieldSchema, sswFields, sswFields.sortOrder);
  whole('/document-types', 'listDocumentTypes', 'Jenis dokumen / document types', documentTypeSchema, documentTypes, documentTypes.sortOrder);
  whole(
    '/complaint-categories',
    'listComplaintCategories',
    'Kategori pengaduan / complaint categories',
    complaintCategorySchema,
    complaintCategories,
    complaintCategories.sortOrder,
  );

  app.get(
    '/reference-datasets',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listReferenceDatasets',
        tags: ['reference'],
        summary: 'Versi dan sumber data referensi / versions and sources of reference data',
        querystring: langQuery,
        response: { 200: z.object({ items: z.array(datasetSchema), total: z.number().int() }), ...errorResponses(400, 429) },
      },
    },
    async () => {
      const rows = await app.database.db.select().from(referenceDatasets).orderBy(asc(referenceDatasets.name));
      const items = rows.map((r) => ({ ...r, loadedAt: r.loadedAt.toISOString() }));
      return { items, total: items.length };
    },
  );
};
