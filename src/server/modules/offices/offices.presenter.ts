import type { DivisionDto, OfficeDto } from './offices.schemas.js';
import type { DivisionRow, OfficeRow } from './offices.repository.js';

export function presentOffice(row: OfficeRow): OfficeDto {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    kind: row.kind,
    provinceCode: row.provinceCode,
    city: row.city,
    address: row.address,
    phone: row.phone,
    email: row.email,
    timeZone: row.timeZone,
    divisionCount: row.divisionCount,
  };
}

export function presentDivision(row: DivisionRow): DivisionDto {
  return {
    id: row.id,
    version: row.version,
    officeId: row.officeId,
    code: row.code,
    name: row.name,
    description: row.description,
  };
}
