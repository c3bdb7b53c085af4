import { ageOn, type LifecycleStatus } from './registry.js';

/**
 * UU 18/2017 Pasal 5: a CPMI must be at least 18 years old. Destination countries and programmes may set
 * other limits (kept as data where they apply); this is the floor of the law.
 */
export const MIN_CPMI_AGE = 18;

/** What the registry points out about a record without refusing it (the NIK warnings are separate). */
export type PersonWarningCode = 'cpmi_under_age';

/**
 * Warnings about a person's record on `today` (a calendar date in the office's time zone). A CPMI under 18
 * is a warning, not a refusal: a 17-year-old may register interest and be prepared, but cannot depart
 * before turning 18. Computed on read, so the warning goes away on the birthday without a write.
 */
export function personWarnings(person: { status: LifecycleStatus; birthDate: string | null | undefined }, today: string): PersonWarningCode[] {
  const out: PersonWarningCode[] = [];
  if (
    person.status === 'cpmi' &&
    person.birthDate &&
    /^\d{4}-\d{2}-\d{2}$/.test(person.birthDate) &&
    person.birthDate <= today &&
    ageOn(person.birthDate, today) < MIN_CPMI_AGE
  ) {
    out.push('cpmi_under_age');
  }
  return out;
}

/** The day a person turns `age` (29 February births turn on 1 March in common years), as YYYY-MM-DD. */
export function birthdayAt(birthDate: string, age: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + age, m - 1, d));
  return date.toISOString().slice(0, 10);
}
