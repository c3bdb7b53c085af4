import { sql } from 'drizzle-orm';
import { rows, type Db } from '../../db/client.js';
import { dateIn } from '../../lib/clock.js';

/** Counts for the home dashboard, in one round trip. */
export const reportsRepository = {
  async overview(db: Db, scope: 'all' | string, today: Date) {
    const officeFilter = scope === 'all' ? sql`true` : sql`id = ${scope}`;
    const divisionFilter = scope === 'all' ? sql`true` : sql`office_id = ${scope}`;
    const day = dateIn(today);
    const personFilter = scope === 'all' ? sql`merged_into_id is null` : sql`merged_into_id is null and office_id = ${scope}`;
    const [r] = await rows<Record<string, number>>(
      db,
      sql`select
        (select count(*)::int from offices where ${officeFilter}) as offices,
        (select count(*)::int from divisions where ${divisionFilter}) as divisions,
        (select count(*)::int from regions where level = 1) as provinces,
        (select count(*)::int from regions where level = 2) as regencies,
        (select count(*)::int from regions where level = 3) as districts,
        (select count(*)::int from regions where level = 4) as villages,
        (select count(*)::int from countries) as countries,
        (select count(*)::int from ssw_fields where effective_from <= ${day}::date
           and (effective_to is null or effective_to >= ${day}::date)) as ssw_active,
        (select count(*)::int from ssw_fields where effective_from > ${day}::date) as ssw_upcoming,
        (select count(*)::int from document_types) as document_types,
        (select count(*)::int from complaint_categories) as complaint_categories,
        (select count(*)::int from persons where ${personFilter} and status = 'cpmi') as persons_cpmi,
        (select count(*)::int from persons where ${personFilter} and status = 'pmi') as persons_pmi,
        (select count(*)::int from persons where ${personFilter} and status = 'purna') as persons_purna,
        (select count(*)::int from persons where ${personFilter} and sex = 'female') as persons_women,
        (select count(distinct d.person_id)::int from person_documents d join persons p on p.id = d.person_id
           where p.merged_into_id is null ${scope === 'all' ? sql`` : sql`and p.office_id = ${scope}`}
             and d.deleted_at is null and d.type_code = 'passport'
             and d.expires_on >= ${day}::date and d.expires_on < ${day}::date + interval '6 months') as passports_expiring`,
    );
    const datasets = await rows<{ name: string; version: string; row_count: number; loaded_at: Date | string }>(
      db,
      sql`select name, version, row_count, loaded_at from reference_datasets order by name`,
    );
    const n = (k: string) => Number(r?.[k] ?? 0);
    return {
      offices: n('offices'),
      divisions: n('divisions'),
      regions: { provinces: n('provinces'), regencies: n('regencies'), districts: n('districts'), villages: n('villages') },
      countries: n('countries'),
      sswFields: { active: n('ssw_active'), upcoming: n('ssw_upcoming') },
      documentTypes: n('document_types'),
      complaintCategories: n('complaint_categories'),
      registry: {
        cpmi: n('persons_cpmi'),
        pmi: n('persons_pmi'),
        purna: n('persons_purna'),
        women: n('persons_women'),
        passportsExpiring: n('passports_expiring'),
      },
      datasets: datasets.map((d) => ({
        name: d.name,
        version: d.version,
        rowCount: d.row_count,
        loadedAt: new Date(d.loaded_at).toISOString(),
      })),
    };
  },
};
