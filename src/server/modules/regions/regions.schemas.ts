import { z } from 'zod';
import { listQuery, listResponse } from '../../lib/pagination.js';

export const regionLevels = { province: 1, regency: 2, district: 3, village: 4 } as const;
export type RegionLevel = keyof typeof regionLevels;

export const regionSchema = z
  .object({
    code: z.string().describe('Kemendagri code, e.g. 16.74'),
    name: z.string(),
    level: z.enum(['province', 'regency', 'district', 'village']),
    parentCode: z.string().nullable(),
    /** Names of the enclosing regions, nearest first: district, regency, province. */
    path: z.array(z.string()).describe('Names of the enclosing regions, nearest first'),
  })
  .meta({ id: 'Region' });

export const regionListQuery = listQuery(['name', 'code'], 'code').extend({
  level: z.enum(['province', 'regency', 'district', 'village']).optional(),
  parentCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'i18n:regions.bad_code')
    .optional()
    .describe('Only the regions directly under this one'),
});

export const regionCodeParams = z.object({
  code: z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'i18n:regions.bad_code'),
});

export const regionListResponse = listResponse(regionSchema);
export type RegionListQuery = z.infer<typeof regionListQuery>;
