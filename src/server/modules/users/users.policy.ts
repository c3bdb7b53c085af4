import { can, canSeeOffice, partnerRoles, type Actor } from '../../../domain/access.js';
import type { Role } from '../../db/schema/identity.js';

/** What the actor may do with one user record (sent with it so the staff app hides the rest). */
export function userAbilities(actor: Actor, user: { id: string; officeId: string }) {
  const manage = can(actor, 'users:update') && canSeeOffice(actor, user.officeId);
  return { update: manage, disable: manage && actor.id !== user.id };
}

/** What a role needs besides an office: staff a division, partner roles a partner organisation. */
export function roleNeeds(role: Role): { division: boolean; partner: boolean } {
  return { division: role === 'staff', partner: partnerRoles.includes(role) };
}
