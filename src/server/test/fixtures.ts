import type { Database } from '../db/client.js';
import { divisions, offices, partners, users, type Role } from '../db/schema/index.js';
import { hashPassword } from '../lib/secrets.js';

export const FIXTURE_PASSWORD = 'uji-coba-kata-sandi-panjang';

/**
 * A second office with one user of every role, to prove that nothing of one office reaches another.
 * Returns the office id and the users' e-mails by role.
 */
export async function seedOtherOffice(database: Database, code = 'BP3MI-JABAR') {
  const [office] = await database.db
    .insert(offices)
    .values({ code, name: `BP3MI ${code}`, kind: 'bp3mi', provinceCode: '32', city: 'Bandung' })
    .returning();
  const [division] = await database.db.insert(divisions).values({ officeId: office!.id, code: 'TU', name: 'Tata Usaha' }).returning();
  const [partner] = await database.db
    .insert(partners)
    .values({ officeId: office!.id, name: 'Pemerintah Kota Bandung', kind: 'pemda', regionCode: '32.73' })
    .returning();
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const emails: Partial<Record<Role, string>> = {};
  const roles: Role[] = ['administrator', 'kepala', 'staff', 'humas', 'partner_pemda'];
  for (const role of roles) {
    const email = `${role}@${code.toLowerCase()}.test`;
    await database.db.insert(users).values({
      officeId: office!.id,
      email,
      name: `${role} ${code}`,
      role,
      divisionId: role === 'staff' ? division!.id : null,
      partnerId: role === 'partner_pemda' ? partner!.id : null,
      passwordHash: hash,
    });
    emails[role] = email;
  }
  return { officeId: office!.id, divisionId: division!.id, partnerId: partner!.id, emails };
}
