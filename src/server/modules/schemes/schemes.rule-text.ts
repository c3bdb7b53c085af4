import type { TFunction } from 'i18next';
import type { RequirementRule } from '../../../domain/placement/rules.js';
import type { MessageLanguage } from '../../../domain/placement/messages.js';
import { documentTypeName, sswFieldName, type ReferenceNames } from './schemes.names.js';

const list = (t: TFunction, items: string[], alternatives: boolean) => items.join(alternatives ? t('schemes.words.or') : ', ');

/**
 * One rule as a sentence staff read ("Usia minimal 18 tahun", "JFT-Basic A2 atau JLPT N4"), in the
 * language of `t`. Document types and SSW fields are named from the reference tables.
 */
export function ruleSentence(rule: RequirementRule, t: TFunction, lang: MessageLanguage, names: ReferenceNames): string {
  switch (rule.kind) {
    case 'age_min':
      return t('schemes.rule.age_min', { years: rule.years });
    case 'age_max':
      return t('schemes.rule.age_max', { years: rule.years });
    case 'education_min':
      return t('schemes.rule.education_min', { level: t(`schemes.education.${rule.level}`) });
    case 'language':
      return t('schemes.rule.language', {
        options: list(
          t,
          rule.anyOf.map((o) => `${o.test} ${o.minLevel}`),
          true,
        ),
      });
    case 'skills_test':
      if (rule.sswFieldCode) return t('schemes.rule.skills_test_field', { field: sswFieldName(names, rule.sswFieldCode, lang) });
      if (rule.title) return t('schemes.rule.skills_test_title', { title: rule.title });
      return t('schemes.rule.skills_test_job');
    case 'health_certificate':
      return t('schemes.rule.health_certificate');
    case 'documents':
      return t(rule.verified ? 'schemes.rule.documents_verified' : 'schemes.rule.documents', {
        types: list(
          t,
          rule.typeCodes.map((c) => documentTypeName(names, c, lang)),
          false,
        ),
      });
    case 'sex':
      return t('schemes.rule.sex', {
        allowed: list(
          t,
          rule.allowed.map((s) => t(`schemes.sex.${s}`)),
          true,
        ),
      });
    case 'status':
      return t('schemes.rule.status', {
        allowed: list(
          t,
          rule.allowed.map((s) => t(`schemes.status.${s}`)),
          true,
        ),
      });
    case 'work_experience':
      return rule.sswFieldCode
        ? t('schemes.rule.work_experience_field', { months: rule.minMonths, field: sswFieldName(names, rule.sswFieldCode, lang) })
        : t('schemes.rule.work_experience', { months: rule.minMonths });
    case 'other':
      return rule.text;
  }
}
