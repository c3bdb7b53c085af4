import type { EligibilityResult } from '../../../domain/placement/eligibility.js';
import { renderMessage, type MessageLanguage } from '../../../domain/placement/messages.js';
import { referenceFormatter, type ReferenceNames } from '../schemes/schemes.names.js';
import type { EligibilityResultDto } from './eligibility.schemas.js';

/** A result with every reason and gap rendered in the caller's language, document types and SSW fields named. */
export function presentEligibility(
  result: EligibilityResult,
  extra: { schemeName: string; jobOrderId?: string | null },
  lang: MessageLanguage,
  names: ReferenceNames,
): EligibilityResultDto {
  const formatParam = referenceFormatter(names);
  return {
    schemeCode: result.schemeCode,
    schemeName: extra.schemeName,
    jobOrderId: extra.jobOrderId ?? null,
    version: result.version,
    evaluatedOn: result.evaluatedOn,
    referenceDate: result.referenceDate,
    outcome: result.outcome,
    rules: result.rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      reason: r.reason,
      reasonText: renderMessage(lang, r.reason, { formatParam }),
      ...(r.gap ? { gap: r.gap } : {}),
      gapText: r.gap ? renderMessage(lang, r.gap, { formatParam }) : null,
    })),
  };
}
