import type { ConsentDetailRow } from './consents.repository.js';
import type { ConsentDto } from './consents.schemas.js';

/** A consent, field by field, with the name of who recorded it. */
export function presentConsent(row: ConsentDetailRow): ConsentDto {
  const c = row.consent;
  return {
    id: c.id,
    version: c.version,
    personId: c.personId,
    purpose: c.purpose,
    legalBasis: c.legalBasis,
    givenOn: c.givenOn,
    channel: c.channel,
    withdrawnOn: c.withdrawnOn,
    withdrawalNote: c.withdrawalNote,
    recordedBy: row.recordedByName,
    createdAt: c.createdAt.toISOString(),
  };
}
