/**
 * The stages of an application (lamaran / proses penempatan), in the order of the usual process of
 * UU 18/2017 as DOMAIN.md gives it: registration and selection → medical and psychological examination →
 * placement agreement → social security → work visa → OPP → work contract and departure; then return.
 */
import { ageOn, type LifecycleStatus } from '../registry.js';
import { birthdayAt, MIN_CPMI_AGE } from '../person-warnings.js';
import { isIsoDay } from './rules.js';

/** Before departure, in order. `medical` is the health and psychological examination. */
export const preDepartureStages = [
  'registration',
  'selection',
  'medical',
  'placement_agreement',
  'social_security',
  'visa',
  'opp',
  'work_contract',
  'departure',
] as const;
/** Ends of an application: the person withdrew, or was turned down (at selection, medical…). */
export const closingStages = ['withdrawn', 'rejected'] as const;
export const applicationStages = [...preDepartureStages, 'returned', ...closingStages] as const;
export type ApplicationStage = (typeof applicationStages)[number];

/** No move leaves these. */
export const terminalStages: readonly ApplicationStage[] = ['returned', 'withdrawn', 'rejected'];

const order = (stage: ApplicationStage) => (preDepartureStages as readonly string[]).indexOf(stage);

export function isApplicationStage(value: string): value is ApplicationStage {
  return (applicationStages as readonly string[]).includes(value);
}

/**
 * The moves offered from a stage without a skip reason: the next stage, or closing the application. Once
 * the person has departed, the application only ends with their return: they are a PMI, not a candidate.
 */
export function nextStages(current: ApplicationStage): ApplicationStage[] {
  if (terminalStages.includes(current)) return [];
  if (current === 'departure') return ['returned'];
  return [preDepartureStages[order(current) + 1]!, ...closingStages];
}

export type MoveRefusal = 'same_stage' | 'terminal' | 'backwards' | 'skip_reason_required' | 'returned_needs_departure' | 'after_departure';
export type MoveCheck = { allowed: true; skipped: ApplicationStage[] } | { allowed: false; refusal: MoveRefusal };

/**
 * Whether an application may move from `current` to `target`. Forward one stage at a time; jumping ahead
 * (a visa already issued, a programme without a placement agreement) needs a recorded skip reason, and the
 * answer names the stages skipped so they are stored with it. No going back, except to close the
 * application; `returned` only follows `departure`.
 */
export function canMove(current: ApplicationStage, target: ApplicationStage, options: { skipReason?: string | null } = {}): MoveCheck {
  if (current === target) return { allowed: false, refusal: 'same_stage' };
  if (terminalStages.includes(current)) return { allowed: false, refusal: 'terminal' };
  if (current === 'departure') return target === 'returned' ? { allowed: true, skipped: [] } : { allowed: false, refusal: 'after_departure' };
  if (target === 'returned') return { allowed: false, refusal: 'returned_needs_departure' };
  if ((closingStages as readonly string[]).includes(target)) return { allowed: true, skipped: [] };
  const [from, to] = [order(current), order(target)];
  if (to < from) return { allowed: false, refusal: 'backwards' };
  const skipped = preDepartureStages.slice(from + 1, to);
  if (skipped.length > 0 && !options.skipReason?.trim()) return { allowed: false, refusal: 'skip_reason_required' };
  return { allowed: true, skipped: [...skipped] };
}

/** The lifecycle status a stage gives the person: departure makes a PMI, return a PMI Purna. */
export function statusAfter(stage: ApplicationStage): LifecycleStatus | null {
  if (stage === 'departure') return 'pmi';
  if (stage === 'returned') return 'purna';
  return null;
}

export type DepartureBlocker =
  | { code: 'departure.under_age'; params: { age: number; min: number; on: string; date: string } }
  | { code: 'departure.birth_date_missing'; params: Record<string, never> }
  | { code: 'departure.already_abroad'; params: Record<string, never> };

export const departureMessageParams = {
  'departure.under_age': ['age', 'min', 'on', 'date'],
  'departure.birth_date_missing': [],
  'departure.already_abroad': [],
} as const satisfies Record<DepartureBlocker['code'], readonly string[]>;
export const departureMessageKeys = Object.keys(departureMessageParams) as DepartureBlocker['code'][];

/**
 * What refuses a departure on `date` whatever the stage: under 18 on that day (UU 18/2017 Pasal 5), an
 * age nobody can check, or a person already abroad as a PMI. Empty when the departure may go ahead.
 */
export function departureBlockers(person: { birthDate: string | null; status?: LifecycleStatus }, date: string): DepartureBlocker[] {
  const out: DepartureBlocker[] = [];
  if (!isIsoDay(person.birthDate)) out.push({ code: 'departure.birth_date_missing', params: {} });
  else if (ageOn(person.birthDate, date) < MIN_CPMI_AGE) {
    out.push({
      code: 'departure.under_age',
      params: { age: ageOn(person.birthDate, date), min: MIN_CPMI_AGE, on: date, date: birthdayAt(person.birthDate, MIN_CPMI_AGE) },
    });
  }
  if (person.status === 'pmi') out.push({ code: 'departure.already_abroad', params: {} });
  return out;
}
