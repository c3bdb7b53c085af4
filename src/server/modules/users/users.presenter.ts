import type { Actor } from '../../../domain/access.js';
import { userAbilities } from './users.policy.js';
import type { UserRow } from './users.repository.js';
import type { UserDto } from './users.schemas.js';

export function presentUser(row: UserRow, actor: Actor): UserDto {
  return {
    id: row.id,
    version: row.version,
    email: row.email,
    name: row.name,
    role: row.role,
    officeId: row.officeId,
    divisionId: row.divisionId,
    partnerId: row.partnerId,
    language: row.language,
    totpEnabled: row.totpEnabledAt !== null,
    mustChangePassword: row.mustChangePassword,
    disabled: row.disabledAt !== null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    abilities: userAbilities(actor, row),
  };
}
