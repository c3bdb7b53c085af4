import type { EducationLevel, MaritalStatus, Sex } from '../../../domain/registry';
import type { Person, PersonFields } from './api';
import { formatTypedDate, parseTypedDate } from './typed-date';

/** What the person form holds while it is being filled: text as typed, choices as codes or ''. */
export interface PersonFormValues {
  fullName: string;
  sex: Sex | '';
  birthPlace: string;
  /** As typed: 07-03-1998. */
  birthDate: string;
  addressLine: string;
  addressRegionCode: string | null;
  phone: string;
  whatsapp: string;
  whatsappSameAsPhone: boolean;
  email: string;
  education: EducationLevel | '';
  maritalStatus: MaritalStatus | '';
  destinationCountryCode: string | null;
  healthNotes: string;
}

export const emptyPersonForm: PersonFormValues = {
  fullName: '',
  sex: '',
  birthPlace: '',
  birthDate: '',
  addressLine: '',
  addressRegionCode: null,
  phone: '',
  whatsapp: '',
  whatsappSameAsPhone: true,
  email: '',
  education: '',
  maritalStatus: '',
  destinationCountryCode: null,
  healthNotes: '',
};

/** A stored number (62812…) as staff write it: 0812…; numbers of other countries keep their +. */
export function localPhone(stored: string | null | undefined): string {
  if (!stored) return '';
  return stored.startsWith('62') ? `0${stored.slice(2)}` : `+${stored}`;
}

/** The form filled with a person's record (the edit drawer). */
export function personFormFrom(person: Person): PersonFormValues {
  return {
    fullName: person.fullName,
    sex: person.sex,
    birthPlace: person.birthPlace ?? '',
    birthDate: formatTypedDate(person.birthDate),
    addressLine: person.addressLine ?? '',
    addressRegionCode: person.addressRegion.at(-1)?.code ?? null,
    phone: localPhone(person.phone),
    whatsapp: localPhone(person.whatsapp),
    whatsappSameAsPhone: !!person.phone && person.phone === person.whatsapp,
    email: person.email ?? '',
    education: person.education ?? '',
    maritalStatus: person.maritalStatus ?? '',
    destinationCountryCode: person.destinationCountry?.code ?? null,
    healthNotes: person.healthNotes ?? '',
  };
}

/** Checks in the browser what needs no server (the server checks everything again). Keys are field names. */
export function checkPersonForm(
  values: PersonFormValues,
  messages: { name: string; sex: string; birthDate: string; birthDateRequired: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.fullName.trim().length < 2) errors.fullName = messages.name;
  if (!values.sex) errors.sex = messages.sex;
  if (!values.birthDate.trim()) errors.birthDate = messages.birthDateRequired;
  else if (!parseTypedDate(values.birthDate)) errors.birthDate = messages.birthDate;
  return errors;
}

/** The body the API takes. Empty text becomes null, so clearing a field clears it. */
export function personFieldsFrom(values: PersonFormValues, withHealth: boolean): PersonFields {
  const text = (v: string) => (v.trim() ? v.trim() : null);
  return {
    fullName: values.fullName.trim().replace(/\s+/g, ' '),
    sex: values.sex as Sex,
    birthPlace: text(values.birthPlace),
    birthDate: parseTypedDate(values.birthDate) ?? values.birthDate,
    addressLine: text(values.addressLine),
    addressRegionCode: values.addressRegionCode,
    phone: text(values.phone),
    whatsapp: values.whatsappSameAsPhone ? text(values.phone) : text(values.whatsapp),
    email: text(values.email),
    education: values.education || null,
    maritalStatus: values.maritalStatus || null,
    destinationCountryCode: values.destinationCountryCode,
    ...(withHealth ? { healthNotes: text(values.healthNotes) } : {}),
  };
}

/** Fields the form shows, in order: a server error on any other key is shown above the form. */
export const personFormFields = [
  'nik',
  'fullName',
  'sex',
  'birthPlace',
  'birthDate',
  'addressLine',
  'addressRegionCode',
  'phone',
  'whatsapp',
  'email',
  'education',
  'maritalStatus',
  'destinationCountryCode',
  'healthNotes',
] as const;

/** Server field keys are body paths ("body.phone" or "phone"): the field name is the last part. */
export function fieldErrorsFrom(fields: Record<string, string> | undefined): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields ?? {})) {
    const name = key.split('.').pop() ?? key;
    if ((personFormFields as readonly string[]).includes(name)) byField[name] = message;
    else other.push(message);
  }
  return { byField, other };
}

/**
 * What a save sends: only the fields that differ from the record as it was loaded, so that a save
 * never overwrites, with the old value, a field someone else changed in the meantime.
 */
export function changedFields(values: PersonFormValues, loaded: PersonFormValues, withHealth: boolean): Partial<PersonFields> {
  const now = personFieldsFrom(values, withHealth) as unknown as Record<string, unknown>;
  const before = personFieldsFrom(loaded, withHealth) as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => v !== before[k])) as Partial<PersonFields>;
}

/**
 * After someone else saved: the fresh record, with this form's own edits kept on top. A field left
 * untouched here takes the new value; a field edited here keeps what was typed.
 */
export function rebaseForm(values: PersonFormValues, loaded: PersonFormValues, fresh: PersonFormValues): PersonFormValues {
  const out = { ...fresh } as Record<keyof PersonFormValues, unknown>;
  for (const key of Object.keys(values) as (keyof PersonFormValues)[]) {
    if (values[key] !== loaded[key]) out[key] = values[key];
  }
  return out as unknown as PersonFormValues;
}
