import type { z } from 'zod';
import type { RegionRow } from './regions.repository.js';
import type { regionSchema } from './regions.schemas.js';

const levelNames = ['province', 'regency', 'district', 'village'] as const;

export function presentRegion(row: RegionRow): z.infer<typeof regionSchema> {
  return {
    code: row.code,
    name: row.name,
    level: levelNames[row.level - 1] ?? 'village',
    parentCode: row.parent_code,
    path: row.parent_names ?? [],
  };
}
