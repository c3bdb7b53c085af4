import { can, officeScopeOf } from '../../../domain/access.js';
import { definePolicy } from '../../kit/policy.js';

type AgencyFacts = { officeId: string; partnerId: string | null };

/** An agency belongs to the office that supervises it; a P3MI's own partner users see their agency. */
export const agencyPolicy = definePolicy<AgencyFacts, 'update'>({
  scope: officeScopeOf,
  facts: (agency) => ({ officeId: agency.officeId, partnerIds: agency.partnerId ? [agency.partnerId] : [] }),
  rules: {
    update: (actor) => can(actor, 'agencies:update'),
  },
});
