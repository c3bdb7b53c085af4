import type { Context } from '../../kit/context.js';
import { birthdayAt, MIN_CPMI_AGE, personWarnings } from '../../../domain/person-warnings.js';
import { ageOn, type LifecycleStatus } from '../../../domain/registry.js';

/** A calendar date as people read it: "7 Maret 2027" / "7 March 2027". */
const longDate = (iso: string, lang: 'id' | 'en') =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * Warnings about a person's record on `today`, in the caller's language (UU 18/2017 Pasal 5: a CPMI
 * younger than 18 may register but not depart; the message says from when). Like the NIK warnings,
 * computed on every read and stored nowhere.
 */
export function recordWarnings(
  ctx: Pick<Context, 't' | 'lang'>,
  person: { status: LifecycleStatus; birthDate: string },
  today: string,
): { code: string; message: string }[] {
  return personWarnings(person, today).map((code) => ({
    code,
    message: ctx.t(`persons.warning.${code}`, {
      min: MIN_CPMI_AGE,
      age: ageOn(person.birthDate, today),
      date: longDate(birthdayAt(person.birthDate, MIN_CPMI_AGE), ctx.lang),
    }),
  }));
}
