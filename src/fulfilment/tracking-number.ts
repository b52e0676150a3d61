/**
 * Tracking numbers as carriers print them: letters and digits in groups separated by spaces, dots, slashes or
 * dashes ("1Z 999 AA1 01 2345 678 4", "99.00.123456.12345678", "JJD/0001/2345"). Stored and shown in one
 * form, the carriers' own lookup form: the separators dropped and letters upper-cased.
 */
export const PRINTED_TRACKING_NUMBER = /^[A-Za-z0-9]+(?:[\s./-]+[A-Za-z0-9]+)*$/;
export const PRINTED_TRACKING_NUMBER_MAX_LENGTH = 60;
export const TRACKING_NUMBER = /^[A-Z0-9]{4,40}$/;

/** "99.00.123456.12345678" → "990012345612345678"; anything not in the printed form is returned as given, to be refused. */
export function normaliseTrackingNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const printed = value.trim();
  if (printed.length > PRINTED_TRACKING_NUMBER_MAX_LENGTH || !PRINTED_TRACKING_NUMBER.test(printed)) return value;
  return printed.replace(/[\s./-]+/g, '').toUpperCase();
}
