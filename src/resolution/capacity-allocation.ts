/** A run's candidate (order, bid) pairs at capped locations, in the run's order of preference, as parallel arrays. */
export interface CappedPairs {
  orderIds: string[];
  bidIds: string[];
  locationIds: string[];
}

/**
 * The capacity rule (README "The daily resolver"): pairs are taken in the order given; a pair wins when its
 * order has not won yet and its location has capacity left (`remaining`, by location id; a location not
 * in it has none). Returns the winning pairs, one per order at most, as parallel arrays.
 */
export function allocateCapacity(pairs: CappedPairs, remaining: Map<string, number>): { orderIds: string[]; bidIds: string[] } {
  const left = new Map(remaining);
  const won = new Set<string>();
  const orderIds: string[] = [];
  const bidIds: string[] = [];
  pairs.orderIds.forEach((orderId, i) => {
    const location = pairs.locationIds[i];
    const capacity = left.get(location) ?? 0;
    if (won.has(orderId) || capacity <= 0) return;
    left.set(location, capacity - 1);
    won.add(orderId);
    orderIds.push(orderId);
    bidIds.push(pairs.bidIds[i]);
  });
  return { orderIds, bidIds };
}

/** A PostgreSQL array literal of uuids ("{a,b}") as strings, and back: a run's arrays travel as text. */
export const fromUuidArray = (text: string): string[] => (text.length > 2 ? text.slice(1, -1).split(',') : []);
export const toUuidArray = (ids: string[]): string => `{${ids.join(',')}}`;
