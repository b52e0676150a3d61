import { haversineKm } from '../../src/geo/distance';
import { Decision, Scenario } from './resolution';

/** The calendar date in IANA zone `zone` at `at`, as YYYY-MM-DD. */
export const localDay = (zone: string, at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** What each location has taken, by "location|YYYY-MM-DD". */
export type Taken = Map<string, number>;

export interface RuleDecision extends Decision {
  locationId: string | null;
  localDay: string | null;
}

/**
 * README "The award rule, with capacity and the customer's chosen dealer", steps 2 to 4, by brute force: every
 * (order, open bid) pair of the run's orders, sorted by chosen dealer first, haversine km to the shipping
 * point, earlier bid, lower retailer id, lower order number; walked in that order, a pair wins when its order
 * has no award and its location has capacity left on its local day at the cutoff. Updates `taken`.
 */
export function capacityOracle(scenario: Scenario, orderIds: Set<string>, cutoff: Date, taken: Taken): Map<string, RuleDecision> {
  const orders = new Map(scenario.orders.filter((o) => orderIds.has(o.id)).map((o) => [o.id, o]));
  const pairs = scenario.bids
    .filter((b) => orders.has(b.orderId))
    .map((bid) => {
      const order = orders.get(bid.orderId)!;
      const at = scenario.locations.get(bid.locationId)!;
      return { bid, order, at, chosen: order.chosenRetailerId === bid.retailerId, km: haversineKm(order.lat, order.lng, at.lat, at.lng) };
    })
    .sort(
      (a, b) =>
        Number(b.chosen) - Number(a.chosen) ||
        a.km - b.km ||
        a.bid.placedAt.getTime() - b.bid.placedAt.getTime() ||
        (a.bid.retailerId < b.bid.retailerId ? -1 : a.bid.retailerId > b.bid.retailerId ? 1 : 0) ||
        a.order.number - b.order.number,
    );
  const decisions = new Map<string, RuleDecision>();
  for (const { bid, order, at, km } of pairs) {
    if (decisions.has(order.id)) continue;
    const day = localDay(at.zone, cutoff);
    const key = `${bid.locationId}|${day}`;
    const used = taken.get(key) ?? 0;
    if (at.cap !== null && used >= at.cap) continue;
    taken.set(key, used + 1);
    decisions.set(order.id, {
      kind: 'retailer',
      retailerId: bid.retailerId,
      bidId: bid.id,
      distanceKm: km,
      locationId: bid.locationId,
      localDay: day,
    });
  }
  for (const id of orders.keys()) {
    if (!decisions.has(id))
      decisions.set(id, { kind: 'manufacturer', retailerId: null, bidId: null, distanceKm: null, locationId: null, localDay: null });
  }
  return decisions;
}

/** README "Why a bid lost", from the order's decision: what each losing bid of a decided order must read. */
export function expectedLostReason(scenario: Scenario, bidId: string, decision: RuleDecision) {
  const bid = scenario.bids.find((b) => b.id === bidId)!;
  const order = scenario.orders.find((o) => o.id === bid.orderId)!;
  if (decision.kind === 'retailer' && decision.retailerId === order.chosenRetailerId) return { code: 'chosen_dealer' };
  if (decision.kind === 'manufacturer') return { code: 'no_capacity' };
  const key = (b: Scenario['bids'][number]) => {
    const at = scenario.locations.get(b.locationId)!;
    return [
      order.chosenRetailerId === b.retailerId ? 0 : 1,
      haversineKm(order.lat, order.lng, at.lat, at.lng),
      b.placedAt.getTime(),
      b.retailerId,
    ] as const;
  };
  const before = (a: Scenario['bids'][number], b: Scenario['bids'][number]) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i];
    return false;
  };
  const winner = scenario.bids.find((b) => b.id === decision.bidId)!;
  if (before(bid, winner)) return { code: 'no_capacity' };
  const all = scenario.bids.filter((b) => b.orderId === order.id);
  return { code: 'nearer_dealer', rank: all.filter((b) => before(b, bid)).length + 1, bids: all.length };
}

/**
 * The note the customer reads on an award of the run (README "Why this fulfiller"), as a pattern: the chosen dealer;
 * "could take more orders that day" when a nearer bid was passed by; else the nearest; and for the manufacturer,
 * whether dealers bid (none with capacity left) or nobody did.
 */
export function expectedAwardNote(scenario: Scenario, orderId: string, decision: RuleDecision): RegExp {
  const order = scenario.orders.find((o) => o.id === orderId)!;
  const bids = scenario.bids.filter((b) => b.orderId === orderId);
  if (decision.kind === 'manufacturer') {
    return bids.length
      ? /^The dealers who bid could take no more orders that day, so .+ ships it itself$/
      : /^No retailer bid on it, so .+ ships it itself$/;
  }
  if (decision.retailerId === order.chosenRetailerId) return /^You chose (.+); \1 confirmed it has it in stock$/;
  const nearer = bids.some((b) => {
    const at = scenario.locations.get(b.locationId)!;
    return haversineKm(order.lat, order.lng, at.lat, at.lng) < decision.distanceKm!;
  });
  return nearer
    ? /^The nearest dealer who confirmed they had it in stock and could take more orders that day, \d+\.\d km away$/
    : /^The nearest dealer who confirmed they had it in stock, \d+\.\d km away$/;
}
