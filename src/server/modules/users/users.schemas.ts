import { z } from 'zod';
import { versionField } from '../../lib/fields.js';
import { roles } from '../../db/schema/identity.js';
import { listQuery, listResponse } from '../../lib/pagination.js';

export const userSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    officeId: z.uuid(),
    divisionId: z.uuid().nullable(),
    partnerId: z.uuid().nullable(),
    language: z.enum(['id', 'en']),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    abilities: z.object({ update: z.boolean(), disable: z.boolean() }).describe('What the caller may do with this record'),
  })
  .meta({ id: 'User' });

export const userListQuery = listQuery(['name', 'email', 'role', 'createdAt'], 'name').extend({
  role: z.enum(roles).optional(),
  officeId: z.uuid({ error: 'i18n:fields.uuid' }).optional(),
  disabled: z.enum(['true', 'false']).optional(),
});

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'i18n:fields.email' }));
const name = z.string().trim().min(2).max(120);

export const createUserBody = z.object({
  email,
  name,
  role: z.enum(roles),
  officeId: z.uuid({ error: 'i18n:fields.uuid' }).optional().describe("Defaults to the administrator's office"),
  divisionId: z.uuid({ error: 'i18n:fields.uuid' }).nullable().optional(),
  partnerId: z.uuid({ error: 'i18n:fields.uuid' }).nullable().optional(),
  password: z.string().max(512).optional().describe('Initial password; when absent one is generated and returned once'),
});

export const updateUserBody = z.object({
  version: versionField,
  name: name.optional(),
  role: z.enum(roles).optional(),
  divisionId: z.uuid({ error: 'i18n:fields.uuid' }).nullable().optional(),
  partnerId: z.uuid({ error: 'i18n:fields.uuid' }).nullable().optional(),
  disabled: z.boolean().optional().describe('A disabled user is cut off on their next request'),
});

export const createdUserSchema = z.object({
  user: userSchema,
  initialPassword: z.string().nullable().describe('Shown once, when generated'),
});

export const userParams = z.object({ id: z.uuid({ error: 'i18n:fields.uuid' }) });
export const userListResponse = listResponse(userSchema);

export type UserDto = z.infer<typeof userSchema>;
export type UserListQuery = z.infer<typeof userListQuery>;
