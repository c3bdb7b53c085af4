import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inScope, officeScopeOf, type Actor } from '../../domain/access.js';
import { auditEvents, persons, timelineEvents, users } from '../db/schema/index.js';
import { manualClock } from '../lib/clock.js';
import { addFamilyMember } from '../modules/family/family.service.js';
import { personPolicy } from '../modules/persons/persons.policy.js';
import type { TestApp } from '../test/harness.js';
import { registryTestContext } from '../test/registry.js';
import { updateVersioned } from './change.js';
import { systemContext, today } from './context.js';
import { standardErrors } from './route.js';
import { scopeCondition } from './scope-sql.js';

const staffActor = (over: Partial<Actor> = {}): Actor => ({
  kind: 'user',
  id: '00000000-0000-4000-8000-000000000001',
  label: 'staf',
  role: 'staff',
  officeId: 'office-a',
  allOffices: false,
  divisionId: null,
  partnerId: null,
  ...over,
});

describe('scopes', () => {
  it('keeps each kind of scope to its own records', () => {
    const record = { officeId: 'office-a', partnerIds: ['p1'], assignedUserId: 'u1', isPublic: false };
    expect(inScope({ kind: 'all' }, record)).toBe(true);
    expect(inScope({ kind: 'office', officeId: 'office-a' }, record)).toBe(true);
    expect(inScope({ kind: 'office', officeId: 'office-b' }, record)).toBe(false);
    expect(inScope({ kind: 'partner', partnerId: 'p1' }, record)).toBe(true);
    expect(inScope({ kind: 'partner', partnerId: 'p2' }, record)).toBe(false);
    expect(inScope({ kind: 'partner', partnerId: 'p1' }, { officeId: 'office-a' })).toBe(false);
    expect(inScope({ kind: 'assigned', officeId: 'office-a', userId: 'u1' }, record)).toBe(true);
    expect(inScope({ kind: 'assigned', officeId: 'office-a', userId: 'u2' }, record)).toBe(false);
    expect(inScope({ kind: 'public' }, record)).toBe(false);
    expect(inScope({ kind: 'public' }, { ...record, isPublic: true })).toBe(true);
    expect(inScope({ kind: 'none' }, record)).toBe(false);
  });

  it('gives national roles every office, partners their organisation, anonymous callers the public', () => {
    expect(officeScopeOf(staffActor())).toEqual({ kind: 'office', officeId: 'office-a' });
    expect(officeScopeOf(staffActor({ allOffices: true }))).toEqual({ kind: 'all' });
    expect(officeScopeOf(staffActor({ role: 'partner_pemda', partnerId: 'p1' }))).toEqual({ kind: 'partner', partnerId: 'p1' });
    expect(officeScopeOf(null)).toEqual({ kind: 'public' });
  });
});

describe('policies', () => {
  const own = { officeId: 'office-a', mergedIntoId: null };
  it('describes and enforces with the same rules', () => {
    const humas = staffActor({ role: 'humas' });
    expect(personPolicy.abilities(staffActor(), own)).toMatchObject({ update: true, merge: true, export: false });
    expect(personPolicy.abilities(humas, own)).toMatchObject({ update: false });
    expect(() => personPolicy.authorize(staffActor(), 'update', own)).not.toThrow();
    expect(() => personPolicy.authorize(humas, 'update', own)).toThrow(expect.objectContaining({ statusCode: 403 }));
    // A record merged into another is read-only, for the buttons and for the API alike.
    expect(personPolicy.abilities(staffActor(), { ...own, mergedIntoId: 'x' }).update).toBe(false);
    expect(() => personPolicy.authorize(staffActor(), 'update', { ...own, mergedIntoId: 'x' })).toThrow(expect.objectContaining({ statusCode: 403 }));
  });

  it('answers 404, not 403, for a record of another office, and allows nothing on it', () => {
    const other = { officeId: 'office-b', mergedIntoId: null };
    expect(Object.values(personPolicy.abilities(staffActor(), other)).some(Boolean)).toBe(false);
    expect(() => personPolicy.authorize(staffActor(), 'update', other)).toThrow(expect.objectContaining({ statusCode: 404 }));
  });
});

describe('standard error statuses of a route', () => {
  it('follows from what the route takes', () => {
    expect(standardErrors({ access: 'public' })).toEqual([]);
    expect(standardErrors({ access: 'persons:read' }).sort()).toEqual([401, 403]);
    expect(standardErrors({ access: 'persons:read', params: z.object({ id: z.string() }) }).sort()).toEqual([400, 401, 403, 404]);
    expect(standardErrors({ access: 'persons:update', body: z.object({ version: z.number() }) }).sort()).toEqual([400, 401, 403, 409]);
    expect(standardErrors({ access: 'persons:update', querystring: z.object({ version: z.number() }) }).sort()).toEqual([400, 401, 403, 409]);
  });
});

describe('on a real database', () => {
  const clock = manualClock(new Date('2026-11-30T03:00:00Z'));
  let t: TestApp;
  let personId: string;
  let otherPersonId: string;
  beforeAll(async () => {
    ({ t, personId, otherPersonId } = await registryTestContext(clock));
  });
  afterAll(() => t.close());

  it('filters a table by a scope, and a scope the table cannot express matches nothing', async () => {
    const db = t.database.db;
    const [mine] = await db.select({ officeId: persons.officeId }).from(persons).where(eq(persons.id, personId));
    const all = (await db.select({ id: persons.id }).from(persons)).length;
    const ids = async (cond: ReturnType<typeof scopeCondition>) => (await db.select({ id: persons.id }).from(persons).where(cond)).map((r) => r.id);
    expect(await ids(scopeCondition({ kind: 'all' }, { officeId: persons.officeId }))).toHaveLength(all);
    const office = await ids(scopeCondition({ kind: 'office', officeId: mine!.officeId }, { officeId: persons.officeId }));
    expect(office).toContain(personId);
    expect(office).not.toContain(otherPersonId);
    expect(all).toBeGreaterThan(1);
    expect(await ids(scopeCondition({ kind: 'partner', partnerId: 'p1' }, { officeId: persons.officeId }))).toEqual([]);
    expect(await ids(scopeCondition({ kind: 'public' }, { officeId: persons.officeId }))).toEqual([]);
  });

  it('runs a use case without HTTP: a job or an import calls the same service, audited and on the timeline', async () => {
    const [user] = await t.database.db.select().from(users).where(eq(users.email, 'penempatan@balai.test'));
    const actor: Actor = {
      kind: 'user',
      id: user!.id,
      label: user!.email,
      role: user!.role,
      officeId: user!.officeId,
      allOffices: false,
      divisionId: user!.divisionId,
      partnerId: null,
    };
    const ctx = systemContext(t.app, { actor });
    expect(today(ctx)).toBe('2026-11-30');
    const member = await addFamilyMember(ctx, personId, {
      fullName: 'Rahmat',
      relation: 'father',
      nik: null,
      birthDate: null,
      phone: null,
      addressLine: null,
      emergencyContact: false,
    });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'family.create'), eq(auditEvents.resourceId, member.id)));
    expect(audit).toMatchObject({ actorUserId: user!.id, requestId: null, outcome: 'success' });
    expect(audit!.at.toISOString()).toBe('2026-11-30T03:00:00.000Z');
    const events = await t.database.db.select().from(timelineEvents).where(eq(timelineEvents.refId, member.id));
    expect(events.map((e) => e.kind)).toEqual(['family.added']);
  });

  it('bumps the version on an update and refuses a stale one with 409, changing nothing', async () => {
    const db = t.database.db;
    const [before] = await db.select().from(persons).where(eq(persons.id, personId));
    const after = await updateVersioned(db, persons, personId, before!.version, { birthPlace: 'Prabumulih' });
    expect(after.version).toBe(before!.version + 1);
    await expect(updateVersioned(db, persons, personId, before!.version, { birthPlace: 'Palembang' })).rejects.toMatchObject({ statusCode: 409 });
    const [now] = await db.select().from(persons).where(eq(persons.id, personId));
    expect(now!.birthPlace).toBe('Prabumulih');
  });
});
