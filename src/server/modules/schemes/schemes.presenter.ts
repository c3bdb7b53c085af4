import type { TFunction } from 'i18next';
import { can, type Actor } from '../../../domain/access.js';
import type { MessageLanguage } from '../../../domain/placement/messages.js';
import type { RequirementRule } from '../../../domain/placement/rules.js';
import type { ReferenceNames } from './schemes.names.js';
import type { RuleVersionRow, SchemeRow } from './schemes.repository.js';
import { ruleSentence } from './schemes.rule-text.js';
import type { RuleVersionDto, SchemeDto } from './schemes.schemas.js';

/** Schemes are national data: whoever may read them sees them all; only administrators change them. */
export function presentScheme(row: SchemeRow, actor: Actor, lang: MessageLanguage): SchemeDto {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    parentCode: row.parentCode,
    name: lang === 'en' ? row.nameEn : row.nameId,
    nameId: row.nameId,
    nameEn: row.nameEn,
    description: lang === 'en' ? row.descriptionEn : row.descriptionId,
    descriptionId: row.descriptionId,
    descriptionEn: row.descriptionEn,
    countryCodes: row.countryCodes,
    active: row.active,
    ruleVersion: row.ruleVersion,
    abilities: { update: can(actor, 'schemes:update') },
  };
}

export const describeRules = (rules: RequirementRule[], t: TFunction, lang: MessageLanguage, names: ReferenceNames) =>
  rules.map((rule) => ({ rule, text: ruleSentence(rule, t, lang, names) }));

export const presentVersionSummary = (v: RuleVersionRow) => ({
  ruleVersion: v.ruleVersion,
  note: v.note,
  createdBy: v.createdBy ? { id: v.createdBy, name: v.createdByName ?? '' } : null,
  createdAt: v.createdAt.toISOString(),
});

export function presentRuleVersion(scheme: SchemeRow, v: RuleVersionRow, t: TFunction, lang: MessageLanguage, names: ReferenceNames): RuleVersionDto {
  return {
    ...presentVersionSummary(v),
    schemeCode: scheme.code,
    current: v.ruleVersion === scheme.ruleVersion,
    rules: describeRules(v.rules, t, lang, names),
  };
}
