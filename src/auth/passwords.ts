import * as argon2 from 'argon2';

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB memory, 2 iterations, 1 degree of parallelism.
const OWASP_ARGON2ID = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OWASP_ARGON2ID);
}

// Verifying against this when the e-mail is unknown keeps both failures equally slow.
const UNKNOWN_USER_HASH = hashPassword('not-a-real-password');

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await UNKNOWN_USER_HASH), password);
  } catch {
    return false;
  }
}
