import { programmeCatalogue, schemeCatalogue, type SchemeDefinition } from '../../../domain/placement/catalogue.js';
import type { Database } from '../../db/client.js';
import { schemeRuleVersions, schemes } from '../../db/schema/index.js';

/**
 * Inserts the catalogue's schemes and programmes (a programme's parent is its scheme) with their version-1
 * rules when their code is missing. Existing schemes are never touched: once seeded, they are edited in
 * the application and the edits win. Safe to run on every start and from instances starting together.
 * Returns the codes inserted.
 */
export async function seedSchemes(database: Database): Promise<string[]> {
  const all: (SchemeDefinition & { parentCode: string | null })[] = [
    ...schemeCatalogue.map((s) => ({ ...s, parentCode: null })),
    ...programmeCatalogue.map((p) => ({ ...p, parentCode: p.schemeCode })),
  ];
  const inserted: string[] = [];
  await database.db.transaction(async (tx) => {
    for (const [i, s] of all.entries()) {
      const [row] = await tx
        .insert(schemes)
        .values({
          code: s.code,
          parentCode: s.parentCode,
          nameId: s.nameId,
          nameEn: s.nameEn,
          descriptionId: s.descriptionId,
          descriptionEn: s.descriptionEn,
          countryCodes: s.countryCodes,
          ruleVersion: 1,
          sortOrder: i + 1,
        })
        .onConflictDoNothing({ target: schemes.code })
        .returning({ id: schemes.id });
      if (!row) continue;
      await tx.insert(schemeRuleVersions).values({ schemeId: row.id, ruleVersion: 1, rules: s.ruleSet.rules, note: 'Katalog awal / initial catalogue' });
      inserted.push(s.code);
    }
  });
  return inserted;
}
