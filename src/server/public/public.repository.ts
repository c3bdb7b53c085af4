import { sql } from 'drizzle-orm';
import { rows, type Db } from '../db/client.js';

/** The office this deployment presents on its public site: the first regional office. */
export const publicRepository = {
  async mainOffice(db: Db) {
    const [office] = await rows<{
      name: string;
      city: string | null;
      address: string | null;
      phone: string | null;
      email: string | null;
      region: string | null;
    }>(
      db,
      sql`select o.name, o.city, o.address, o.phone, o.email, r.name as region
      from offices o left join regions r on r.code = o.province_code
      order by (o.kind = 'national'), o.created_at limit 1`,
    );
    return office ?? null;
  },
};
