import { z } from 'zod';
import { roles } from '../../db/schema/identity.js';
import { PASSWORD_MAX } from '../../../domain/password-policy.js';

export const signInBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
  totp: z.string().trim().max(20).optional().describe('Six-digit code from the authenticator app, or a recovery code'),
});

export const meSchema = z
  .object({
    kind: z.enum(['user', 'token']),
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum([...roles, 'token']),
    officeId: z.uuid(),
    allOffices: z.boolean(),
    divisionId: z.uuid().nullable(),
    partnerId: z.uuid().nullable(),
    language: z.enum(['id', 'en']),
    scopes: z.array(z.string()).describe('Permissions as resource:action'),
    totpEnabled: z.boolean(),
    totpEnrolmentRequired: z.boolean().describe('Signed in, but must enrol a second factor before anything else'),
    mustChangePassword: z.boolean(),
    csrfToken: z.string().nullable().describe('Send as X-CSRF-Token with every write made with the session cookie'),
  })
  .meta({ id: 'Me' });

export const passwordBody = z.object({
  currentPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
  newPassword: z.string().max(PASSWORD_MAX * 4),
});

export const profileBody = z.object({ language: z.enum(['id', 'en']) });

export const totpSetupSchema = z
  .object({
    secret: z.string().describe('Base32 secret, for typing into an app by hand'),
    uri: z.string(),
    qrDataUrl: z.string().describe('QR code as an SVG data URL'),
  })
  .meta({ id: 'TotpSetup' });

export const totpConfirmBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'i18n:auth.totp_format'),
});
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()).describe('Shown once: store them safely') });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });

export const okSchema = z.object({ ok: z.literal(true) });
