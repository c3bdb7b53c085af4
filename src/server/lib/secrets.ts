import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random token, URL-safe, with 256 bits of entropy (sessions, API tokens, CSRF). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256, for high-entropy secrets only (tokens, recovery codes): never for passwords. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). `algorithm: 2` is Argon2id: the
// enum of @node-rs/argon2 is a const enum, undefined at run time.
const argon = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash of nothing, verified when the account does not exist so that both cases take as long. */
export const dummyPasswordHash = await hashPassword(randomToken());
