/**
 * The award rule (docs/marketplace-rules.md "The award rule, with capacity and the customer's chosen dealer"),
 * written once and used by the resolver (resolution.sql.ts, resolution-capacity.ts), re-routes, the board (its
 * order view and why a bid lost) and the replay (src/replay): how the bids on one order are ranked, how
 * candidate pairs of a run are ordered, and how capacity takes pairs in that order.
 */

/**
 * Whether bid `bid` is the one of the dealer order `order`'s customer chose. `honoured` is an SQL boolean saying
 * whether the customer's choice counts at all (the replay can try the rule without it); by default it does.
 */
export const CHOSEN = (order = 'o', honoured?: string, bid = 'b') =>
  honoured
    ? `(${honoured} AND coalesce(${bid}.retailer_id = ${order}.chosen_retailer_id, false))`
    : `coalesce(${bid}.retailer_id = ${order}.chosen_retailer_id, false)`;

/**
 * The order of preference between the bids on one order: the customer's chosen dealer's bid first (`chosen`),
 * then nearest first (`distance`, the location's km to the shipping point), ties to the earlier bid, then the
 * lower retailer id.
 */
export const BID_PREFERENCE = (distance: string, chosen: string) => `${chosen} DESC, ${distance}, b.placed_at, b.retailer_id`;

/**
 * BID_PREFERENCE as a row value, to compare two bids on one order: bid `bid` on order `order`, `distance` away.
 * Of two bids, the one with the lesser row is preferred (the board reads why a bid lost from it).
 */
export const PREFERENCE_ROW = (bid: string, distance: string, order: string) =>
  `(NOT ${CHOSEN(order, undefined, bid)}, ${distance}, ${bid}.placed_at, ${bid}.retailer_id)`;

/**
 * The order candidate pairs of one run are taken in (allocateCapacity): BID_PREFERENCE across orders, then the
 * lower order number. Over rows with columns chosen, km, placed_at, retailer_id and number.
 */
export const PAIR_ORDER = 'chosen DESC, km, placed_at, retailer_id, number';

/**
 * A run's candidate (order, bid) pairs in PAIR_ORDER, as parallel arrays. `locationIds` names whose capacity a
 * pair takes: the location (a run counts on one local day), or for the replay a location and local day.
 */
export interface CappedPairs {
  orderIds: string[];
  bidIds: string[];
  locationIds: string[];
}

/**
 * The capacity rule: pairs are taken in the order given; a pair wins when its
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
