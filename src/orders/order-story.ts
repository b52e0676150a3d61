import { EntityManager } from 'typeorm';
import { formatDistance } from '../common/locale-format';
import { AwardKind } from '../resolution/award.entity';
import { NEARER_BID } from '../resolution/resolution.sql';
import { OrderStatus } from './order-status';
import { OrderLine } from './order-line.entity';
import { Fulfiller, OrderLineView, TimelineEntry } from './order-views';

export interface OrderStory {
  lines: OrderLineView[];
  timeline: TimelineEntry[];
  fulfiller: Fulfiller | null;
}

interface LiveAwardRow {
  kind: AwardKind;
  distance_km: number | null;
  retailer_name: string | null;
  manufacturer_name: string;
  location_city: string | null;
  location_region: string | null;
  ship_country: string;
  passed_on: boolean;
  chosen: boolean;
  nearer_bid: boolean;
}

/**
 * What the customer's, the manufacturer's and ops' views of an order share: its lines, its history and who fulfils
 * it. With `customerCountry`, the history is the customer's (see `customerNote`), distances in their country's unit.
 */
export async function orderStory(manager: EntityManager, orderId: string, customerCountry?: string): Promise<OrderStory> {
  // One after the other: the manager may be a transaction's, whose single connection runs one query at a time.
  const lines = await manager.find(OrderLine, { where: { orderId }, order: { sku: 'ASC' } });
  const events = await orderHistory(manager, orderId);
  const fulfiller = await currentFulfiller(manager, orderId, customerCountry !== undefined);
  const timeline = events.flatMap((event) => {
    const note = customerCountry === undefined ? event.note : customerNote(event, customerCountry);
    return note === null ? [] : [{ at: event.at, status: event.toStatus, note }];
  });
  return {
    lines: lines.map(({ sku, name, quantity, unitPriceMinor }) => ({ sku, name, quantity, unitPriceMinor })),
    timeline,
    fulfiller,
  };
}

export interface HistoryEntry {
  at: Date;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  /** 'customer', 'manufacturer:<userId>', 'retailer:<retailerId>', 'ops:<userId>', 'system' */
  actor: string;
  note: string;
}

const PASSED_ON = [OrderStatus.AwardedRetailer, OrderStatus.AwardedManufacturer];

/**
 * A history entry as the customer reads it on the brand's store (white label): internal notes give way to the
 * customer's words (ops' reasons, a dealer's reason for declining or the deadline it missed), steps that are not
 * the customer's business are left out (null: bidding closed early, an e-mail sent again), and stored distances
 * ("4.1 km away") are in the customer's unit. The stored note stays whole for the store and ops.
 */
export function customerNote(entry: HistoryEntry, country: string): string | null {
  const byOps = entry.actor.startsWith('ops:');
  if (byOps && entry.fromStatus === entry.toStatus) return null;
  if (byOps && entry.toStatus === OrderStatus.Cancelled) return 'Cancelled';
  if (entry.fromStatus === OrderStatus.AwardedRetailer && PASSED_ON.includes(entry.toStatus)) {
    return 'The dealer first given the order could not ship it, so it was passed on at once to a new fulfiller';
  }
  if (entry.toStatus === OrderStatus.ShipToStore && entry.actor.startsWith('retailer:')) {
    return 'The store could not prepare it from its own stock, so it is being shipped there; we e-mail you when it is ready';
  }
  return entry.note.replace(/(\d+(?:\.\d+)?) km away/g, (_, km: string) => `${formatDistance(Number(km), country)} away`);
}

/**
 * An order's history, oldest first: the transitions stored in order_events and, for each award the nightly
 * run made, the award itself (the run writes no history row for it: the award records the same).
 */
export function orderHistory(manager: EntityManager, orderId: string): Promise<HistoryEntry[]> {
  return manager.query(
    `SELECT at, "fromStatus", "toStatus", actor, note FROM (
       SELECT e.at, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.actor, e.note, e.id AS seq
         FROM order_events e WHERE e.order_id = $1
       UNION ALL
       SELECT a.created_at, 'posted', CASE WHEN a.kind = 'retailer' THEN 'awarded_retailer' ELSE 'awarded_manufacturer' END::order_status,
              'system', a.reason, 0
         FROM awards a WHERE a.order_id = $1 AND a.run_id IS NOT NULL
     ) history ORDER BY at, seq`,
    [orderId],
  );
}

/**
 * Who fulfils an order now (its live award), said to the customer ("2.6 mi from you") or, for the store and ops,
 * about the customer ("2.6 mi from the customer"); null before the award.
 */
async function currentFulfiller(manager: EntityManager, orderId: string, toCustomer: boolean): Promise<Fulfiller | null> {
  const you = toCustomer ? 'you' : 'the customer';
  const [award]: LiveAwardRow[] = await manager.query(
    `SELECT a.kind, a.distance_km, r.name AS retailer_name, m.name AS manufacturer_name,
            l.city AS location_city, l.region AS location_region, o.ship_country,
            coalesce(a.retailer_id = o.chosen_retailer_id, false) AS chosen,
            EXISTS (SELECT 1 FROM awards p WHERE p.order_id = a.order_id AND p.superseded_at IS NOT NULL) AS passed_on,
            a.distance_km IS NOT NULL AND ${NEARER_BID('a.order_id', 'o.ship_lat', 'o.ship_lng', 'a.distance_km')} AS nearer_bid
       FROM awards a
       JOIN orders o ON o.id = a.order_id
       JOIN manufacturers m ON m.id = o.manufacturer_id
       LEFT JOIN retailers r ON r.id = a.retailer_id
       LEFT JOIN retailer_locations l ON l.id = a.location_id
      WHERE a.order_id = $1 AND a.superseded_at IS NULL`,
    [orderId],
  );
  if (!award) return null;
  if (award.kind === AwardKind.Manufacturer) {
    const name = award.manufacturer_name;
    // Not "shipped by": it is awarded before the parcel leaves, and the tracking page says when it ships.
    return { kind: 'manufacturer', name, place: null, distanceKm: null, summary: `${name} ships it itself` };
  }
  const place = award.location_city ? `${award.location_city}, ${award.location_region}` : null;
  // A pickup store is the customer's choice, not the nearest bidder: there is no distance to tell.
  if (award.distance_km === null) {
    return {
      kind: 'retailer',
      name: award.retailer_name!,
      place,
      distanceKm: null,
      summary: `${award.retailer_name}, ${place}: the store ${you} chose for pickup`,
    };
  }
  const distance = award.distance_km === null ? null : Math.round(award.distance_km * 10) / 10;
  // The customer's chosen dealer wins whatever its distance; otherwise the nearest bidder, or after a decline or
  // a missed ship-by date the next bidder in line. A nearer bid still open means the rule passed a full location
  // by: then it is the nearest that could take it, never "the nearest" (and never who was full).
  const nearest = award.passed_on ? 'the next-nearest' : 'the nearest';
  const why = award.chosen
    ? `the dealer ${you} chose, who confirmed it had it in stock`
    : award.nearer_bid
      ? `${nearest} dealer who confirmed they had it in stock and could take more orders that day`
      : `${nearest} dealer who confirmed they had it in stock`;
  // In the reader's own unit: miles for a US address.
  const away = distance === null ? '' : ` — ${formatDistance(distance, award.ship_country)} from ${you},`;
  return {
    kind: 'retailer',
    name: award.retailer_name!,
    place,
    distanceKm: distance,
    summary: `${award.retailer_name}${place ? `, ${award.location_city} ${award.location_region}` : ''}${away} ${why}`,
  };
}
