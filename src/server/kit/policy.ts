import { inScope, type Actor, type Scope, type ScopedRecord } from '../../domain/access.js';
import { AppError, notFound } from '../lib/errors.js';

export interface PolicyDefinition<R, A extends string> {
  /** The records of this resource the actor may see at all; lists filter by it, reads answer 404 outside it. */
  scope(actor: Actor): Scope;
  /** What a record says about who may see it. */
  facts(record: R): ScopedRecord;
  /** Each action on a visible record; the route's declared permission is checked before, in the access plugin. */
  rules: Record<A, (actor: Actor, record: R) => boolean>;
}

export interface Policy<R, A extends string> {
  scope(actor: Actor): Scope;
  visible(actor: Actor, record: R): boolean;
  /** What the actor may do with the record, sent with it so the staff app hides the rest instead of copying rules. */
  abilities(actor: Actor, record: R): Record<A, boolean>;
  /** Throws 404 for a record outside the actor's scope (its existence is not confirmed), 403 for a refused action. */
  authorize(actor: Actor, action: A, record: R): void;
}

/**
 * One policy per resource: the same rules both enforce (`authorize` throws) and describe (`abilities`),
 * so the API and the buttons in the staff app can never disagree.
 */
export function definePolicy<R, A extends string>(definition: PolicyDefinition<R, A>): Policy<R, A> {
  const visible = (actor: Actor, record: R) => inScope(definition.scope(actor), definition.facts(record));
  return {
    scope: definition.scope,
    visible,
    abilities(actor, record) {
      const seen = visible(actor, record);
      return Object.fromEntries(
        Object.entries(definition.rules).map(([action, rule]) => [action, seen && (rule as (a: Actor, r: R) => boolean)(actor, record)]),
      ) as Record<A, boolean>;
    },
    authorize(actor, action, record) {
      if (!visible(actor, record)) throw notFound();
      if (!definition.rules[action](actor, record)) throw new AppError(403, 'forbidden', 'errors.forbidden');
    },
  };
}
