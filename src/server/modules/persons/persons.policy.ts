import { can, officeScopeOf } from '../../../domain/access.js';
import { definePolicy } from '../../kit/policy.js';

type PersonFacts = { officeId: string; mergedIntoId: string | null };

/**
 * Who may do what with one person. Persons belong to the office that registered them; national roles see
 * every office. A merged record is read-only: its data now lives on the survivor.
 */
export const personPolicy = definePolicy<PersonFacts, 'update' | 'reveal' | 'merge' | 'export' | 'readHealth'>({
  scope: officeScopeOf,
  facts: (person) => ({ officeId: person.officeId }),
  rules: {
    update: (actor, person) => person.mergedIntoId === null && can(actor, 'persons:update'),
    reveal: (actor) => can(actor, 'persons:reveal'),
    merge: (actor, person) => person.mergedIntoId === null && can(actor, 'persons:merge'),
    export: (actor) => can(actor, 'persons:export'),
    readHealth: (actor) => can(actor, 'person-health:read'),
  },
});

/** What the actor may do with one person (sent with the record so the staff app hides the rest). */
export const personAbilities = personPolicy.abilities;

export type PersonAbilities = ReturnType<typeof personAbilities>;
