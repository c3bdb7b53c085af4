import { z } from 'zod';
import { consentChannels, legalBases } from '../../../domain/registry.js';
import { isoDate, optionalText, uuidParam, versionField } from '../../lib/fields.js';
import { listResponse, pageQuery } from '../../lib/pagination.js';

/** Consent or another legal basis for one processing purpose (UU 27/2022 Pasal 20–22). */
export const consentSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    personId: z.uuid(),
    purpose: z.string(),
    legalBasis: z.enum(legalBases),
    givenOn: z.string(),
    channel: z.enum(consentChannels),
    withdrawnOn: z.string().nullable(),
    withdrawalNote: z.string().nullable(),
    recordedBy: z.string().nullable().describe('Name of the staff member who recorded it'),
    createdAt: z.string(),
  })
  .meta({ id: 'Consent' });
export type ConsentDto = z.infer<typeof consentSchema>;

export const createConsentBody = z.object({
  purpose: z.string().trim().min(3).max(200).describe('What the data is processed for, e.g. "Penempatan ke Jepang melalui P3MI"'),
  legalBasis: z.enum(legalBases),
  givenOn: isoDate,
  channel: z.enum(consentChannels),
});
export type CreateConsentInput = z.infer<typeof createConsentBody>;

export const withdrawConsentBody = z.object({
  version: versionField,
  withdrawnOn: isoDate,
  note: optionalText(500),
});
export type WithdrawConsentInput = z.infer<typeof withdrawConsentBody>;

export const consentListQuery = pageQuery(100);
export const consentListResponse = listResponse(consentSchema);

export const personParams = z.object({ id: uuidParam });
export const consentParams = z.object({ id: uuidParam, consentId: uuidParam });
