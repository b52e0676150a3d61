import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a delivery's signed time may be from this machine's clock before it is refused as a replay. */
export const TOLERANCE_SECONDS = 300;

/**
 * Checks a `Nearfill-Signature: t=<unix seconds>,v1=<hex>` header: v1 must be the HMAC-SHA256, keyed with the
 * webhook secret, of the bytes `<t>.` followed by the request body exactly as received (parse it only after),
 * and t must be within TOLERANCE_SECONDS of now. Returns why a delivery is refused, or null when it is genuine.
 */
export function signatureProblem(secret: string, header: string | undefined, rawBody: Buffer, nowSeconds = Date.now() / 1000): string | null {
  const fields = new Map((header ?? '').split(',').map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]));
  const t = fields.get('t');
  const v1 = fields.get('v1');
  if (!t || !/^\d+$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return 'no valid Nearfill-Signature header';
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return 'the signature does not match the body';
  if (Math.abs(nowSeconds - Number(t)) > TOLERANCE_SECONDS) return 'the signature is too old (a replay?)';
  return null;
}
