/**
 * Document types that hold health data (UU 27/2022 specific personal data): shown only to callers
 * granted person-health:read; others see that the document exists and whether it is valid, nothing more.
 */
export const healthDocumentTypes: ReadonlySet<string> = new Set(['health_certificate']);

/** Whether a document of this type is withheld from the caller. */
export function isRestricted(typeCode: string, readHealth: boolean): boolean {
  return healthDocumentTypes.has(typeCode) && !readHealth;
}
