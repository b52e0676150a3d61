import { DomainError } from '../errors/domain-error';

/**
 * A checkout search near the ZIP code the customer typed (pickup stores, dealers): null when none was typed,
 * else what `find` found, or why nothing was: a malformed or unknown ZIP (`find` throws a DomainError), or
 * `none` when it found nothing.
 */
export async function searchNearZip<T>(
  zip: string | undefined,
  find: (zip: string) => Promise<T[]>,
  none: string,
): Promise<{ zip: string; found: T[]; error?: string } | null> {
  const wanted = zip?.trim();
  if (!wanted) return null;
  if (!/^\d{5}(-\d{4})?$/.test(wanted)) return { zip: wanted, found: [], error: 'Enter a 5-digit US ZIP code, such as 97201' };
  try {
    const found = await find(wanted);
    return { zip: wanted, found, error: found.length ? undefined : none };
  } catch (error) {
    if (error instanceof DomainError) return { zip: wanted, found: [], error: 'We could not find this ZIP code; please check it' };
    throw error;
  }
}
