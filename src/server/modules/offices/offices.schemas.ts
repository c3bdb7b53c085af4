import { z } from 'zod';
import { listQuery, listResponse } from '../../lib/pagination.js';

export const officeSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(['national', 'bp3mi', 'p4mi', 'ltsa']),
    provinceCode: z.string().nullable(),
    city: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
    divisionCount: z.number().int(),
  })
  .meta({ id: 'Office' });

export const divisionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    officeId: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
  })
  .meta({ id: 'Division' });

export const officeListQuery = listQuery(['name', 'code'], 'name');
export const officeListResponse = listResponse(officeSchema);
export const officeParams = z.object({ id: z.uuid({ error: 'i18n:fields.uuid' }) });
export const divisionListResponse = z.object({ items: z.array(divisionSchema), total: z.number().int() });

export type OfficeListQuery = z.infer<typeof officeListQuery>;
export type OfficeDto = z.infer<typeof officeSchema>;
export type DivisionDto = z.infer<typeof divisionSchema>;
