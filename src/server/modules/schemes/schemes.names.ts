import type { MessageLanguage, ParamFormatter } from '../../../domain/placement/messages.js';
import type { Db } from '../../db/client.js';
import { documentTypes, sswFields } from '../../db/schema/index.js';

/** Names of document types and SSW fields in both languages, read once per request (two small tables). */
export interface ReferenceNames {
  documentTypes: Map<string, { nameId: string; nameEn: string }>;
  sswFields: Map<string, { nameId: string; nameEn: string }>;
}

export async function loadReferenceNames(db: Db): Promise<ReferenceNames> {
  const [docs, fields] = await Promise.all([
    db.select({ code: documentTypes.code, nameId: documentTypes.nameId, nameEn: documentTypes.nameEn }).from(documentTypes),
    db.select({ code: sswFields.code, nameId: sswFields.nameId, nameEn: sswFields.nameEn }).from(sswFields),
  ]);
  return { documentTypes: new Map(docs.map((d) => [d.code, d])), sswFields: new Map(fields.map((f) => [f.code, f])) };
}

const pick = (n: { nameId: string; nameEn: string } | undefined, lang: MessageLanguage) => (n ? (lang === 'en' ? n.nameEn : n.nameId) : undefined);

export const documentTypeName = (names: ReferenceNames, code: string, lang: MessageLanguage) => pick(names.documentTypes.get(code), lang) ?? code;
export const sswFieldName = (names: ReferenceNames, code: string, lang: MessageLanguage) => pick(names.sswFields.get(code), lang) ?? code;

/**
 * The `formatParam` of `renderMessage`: document type codes (`types`) and SSW field codes (`field`) by
 * their names. A skills test rule may name its test by title instead of a field: that is shown as it is.
 */
export function referenceFormatter(names: ReferenceNames): ParamFormatter {
  return (name, value, _code, lang) => {
    if (name === 'types') return documentTypeName(names, value, lang);
    if (name === 'field') return pick(names.sswFields.get(value), lang);
    return undefined;
  };
}
