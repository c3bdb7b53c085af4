import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';

const PERIOD = 30;

function totpFor(secret: string, label: string) {
  return new TOTP({ issuer: 'Balai', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and a QR code (SVG data URL) for authenticator apps. */
export async function totpEnrolment(secret: string, label: string) {
  const uri = totpFor(secret, label).toString();
  const qr = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}` };
}

/**
 * The time step a code belongs to, if it is valid now (one step of drift either way), else null.
 * Callers refuse a step not newer than the last one accepted: each code works once.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret, 'x').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The current code, for tests and the demo seed's documentation. */
export function totpCode(secret: string, now: Date): string {
  return totpFor(secret, 'x').generate({ timestamp: now.getTime() });
}

/** Ten one-time recovery codes like 7KQ2-M9XD. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^(.{4})(.{4})$/, '$1-$2');
}
