import { can, canSeeOffice, type Actor } from '../../../domain/access.js';

/**
 * What the actor may do with one person (sent with the record so the staff app hides the rest). A
 * merged record is read-only: its data now lives on the survivor.
 */
export function personAbilities(actor: Actor, person: { officeId: string; mergedIntoId: string | null }) {
  const own = canSeeOffice(actor, person.officeId);
  const active = person.mergedIntoId === null;
  return {
    update: own && active && can(actor, 'persons:update'),
    reveal: own && can(actor, 'persons:reveal'),
    merge: own && active && can(actor, 'persons:merge'),
    export: own && can(actor, 'persons:export'),
    readHealth: own && can(actor, 'person-health:read'),
  };
}

export type PersonAbilities = ReturnType<typeof personAbilities>;
