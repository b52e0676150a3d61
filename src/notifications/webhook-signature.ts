import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'nearfill-signature';

/**
 * `Nearfill-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>`.
 * The timestamp is signed with the body so a receiver can refuse replays of an old delivery.
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
