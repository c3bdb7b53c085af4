import { describe, expect, it } from 'vitest';
import { applicationStages, canMove, departureBlockers, nextStages, preDepartureStages, statusAfter, type ApplicationStage } from './stages.js';

describe('application stages', () => {
  it('follow the order of the usual process', () => {
    expect(preDepartureStages).toEqual([
      'registration',
      'selection',
      'medical',
      'placement_agreement',
      'social_security',
      'visa',
      'opp',
      'work_contract',
      'departure',
    ]);
  });

  it('offer the next stage or closing, then only the return, then nothing', () => {
    expect(nextStages('registration')).toEqual(['selection', 'withdrawn', 'rejected']);
    expect(nextStages('work_contract')).toEqual(['departure', 'withdrawn', 'rejected']);
    expect(nextStages('departure')).toEqual(['returned']);
    for (const end of ['returned', 'withdrawn', 'rejected'] as const) expect(nextStages(end)).toEqual([]);
  });

  it('allows exactly the offered moves without a skip reason', () => {
    for (const from of applicationStages) {
      for (const to of applicationStages) {
        expect(canMove(from, to).allowed, `${from} → ${to}`).toBe(nextStages(from).includes(to));
      }
    }
  });

  it('needs a skip reason to jump ahead, and names the skipped stages', () => {
    expect(canMove('medical', 'visa')).toEqual({ allowed: false, refusal: 'skip_reason_required' });
    expect(canMove('medical', 'visa', { skipReason: '   ' })).toEqual({ allowed: false, refusal: 'skip_reason_required' });
    expect(canMove('medical', 'visa', { skipReason: 'Program G to G: jaminan sosial diurus bersama' })).toEqual({
      allowed: true,
      skipped: ['placement_agreement', 'social_security'],
    });
    expect(canMove('opp', 'departure', { skipReason: 'Perjanjian kerja ditandatangani saat OPP' })).toEqual({ allowed: true, skipped: ['work_contract'] });
    expect(canMove('selection', 'selection').allowed).toBe(false);
  });

  it('refuses going back, leaving an end, and returning without departing, even with a reason', () => {
    const reason = { skipReason: 'alasan' };
    expect(canMove('visa', 'medical', reason)).toEqual({ allowed: false, refusal: 'backwards' });
    expect(canMove('withdrawn', 'registration', reason)).toEqual({ allowed: false, refusal: 'terminal' });
    expect(canMove('returned', 'registration', reason)).toEqual({ allowed: false, refusal: 'terminal' });
    expect(canMove('work_contract', 'returned', reason)).toEqual({ allowed: false, refusal: 'returned_needs_departure' });
    expect(canMove('departure', 'withdrawn', reason)).toEqual({ allowed: false, refusal: 'after_departure' });
    expect(canMove('departure', 'returned')).toEqual({ allowed: true, skipped: [] });
  });

  it('gives PMI status on departure and PMI Purna on return, nothing otherwise', () => {
    const statuses = Object.fromEntries(applicationStages.map((s) => [s, statusAfter(s)])) as Record<ApplicationStage, unknown>;
    expect(statuses).toMatchObject({ departure: 'pmi', returned: 'purna' });
    expect(applicationStages.filter((s) => statusAfter(s) !== null)).toEqual(['departure', 'returned']);
  });
});

describe('departure blockers', () => {
  it('refuse a departure before the 18th birthday and allow it on the day', () => {
    expect(departureBlockers({ birthDate: '2008-12-01', status: 'cpmi' }, '2026-11-30')).toEqual([
      { code: 'departure.under_age', params: { age: 17, min: 18, on: '2026-11-30', date: '2026-12-01' } },
    ]);
    expect(departureBlockers({ birthDate: '2008-12-01', status: 'cpmi' }, '2026-12-01')).toEqual([]);
  });

  it('refuse without a birth date and for a person already abroad', () => {
    expect(departureBlockers({ birthDate: null }, '2026-12-01').map((b) => b.code)).toEqual(['departure.birth_date_missing']);
    expect(departureBlockers({ birthDate: '1990-01-01', status: 'pmi' }, '2026-12-01').map((b) => b.code)).toEqual(['departure.already_abroad']);
  });
});
