import type { components, operations } from './api-schema';

/**
 * The API's types as the server describes them (generated into api-schema.ts by `npm run openapi`).
 * Features take their record types from here instead of writing them again, so a changed response
 * shape is a type error in the screen that uses it.
 */
export type Schemas = components['schemas'];

/** A named schema of the API, e.g. `ApiSchema<'Office'>`. */
export type ApiSchema<N extends keyof Schemas> = Schemas[N];

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation answers with a status, e.g. `ApiResponse<'listOffices'>`. */
export type ApiResponse<Op extends keyof operations, Status extends keyof operations[Op]['responses'] = 200 & keyof operations[Op]['responses']> = Json<
  operations[Op]['responses'][Status]
>;

/** A page of a list (stable interface: `{ items, total, page, pageSize }`). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
