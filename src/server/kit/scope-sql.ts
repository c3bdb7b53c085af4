import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../domain/access.js';

/** The columns (or expressions) of a table that carry the facts a scope looks at. */
export interface ScopeColumns {
  officeId: AnyPgColumn;
  /** A condition true when the partner (a bound parameter) is party to the row, e.g. an EXISTS over a link table. */
  partner?: (partnerId: string) => SQL;
  assignedUserId?: AnyPgColumn;
  isPublic?: AnyPgColumn;
}

/**
 * A scope as a WHERE condition for a repository. A scope the table cannot express (a partner on a table
 * with no partner link) matches nothing: default deny, never everything.
 */
export function scopeCondition(scope: Scope, columns: ScopeColumns): SQL | undefined {
  const nothing = sql`false`;
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'office':
      return eq(columns.officeId, scope.officeId);
    case 'partner':
      return columns.partner ? columns.partner(scope.partnerId) : nothing;
    case 'assigned':
      return columns.assignedUserId ? sql`(${columns.officeId} = ${scope.officeId} and ${columns.assignedUserId} = ${scope.userId})` : nothing;
    case 'public':
      return columns.isPublic ? eq(columns.isPublic, true) : nothing;
    case 'none':
      return nothing;
  }
}
