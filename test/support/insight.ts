import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { haversineKm } from '../../src/geo/distance';
import { random } from './resolution';

export interface Point {
  lat: number;
  lng: number;
}

export type SeededKind = 'dealer' | 'pickup' | 'ship_to_store' | 'manufacturer' | 'unassigned' | 'cancelled' | 'unpaid';

export interface SeededAward {
  retailerId: string | null;
  createdAt: Date;
  shippedAt: Date | null;
  supersededBy: 'declined' | 'overdue' | null;
}

/** One generated order with everything a brute-force reading of it needs. */
export interface SeededOrder {
  id: string;
  currency: string;
  createdAt: Date;
  kind: SeededKind;
  ship: Point | null;
  /** Where its goods leave for the customer: the dealer's location, the pickup store, or null (the warehouse). */
  from: Point | null;
  chosenRetailerId: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  awards: SeededAward[];
  bids: { retailerId: string; won: boolean }[];
  rating: { retailerId: string | null; stars: number } | null;
  returns: { retailerId: string; status: 'requested' | 'refused' | 'received' }[];
}

export interface SeededShop {
  retailerId: string;
  name: string;
  location: Point;
  locationId: string;
}

const HOUR = 3_600_000;
const nearestLast = (list: SeededShop[], to: Point) =>
  list.sort((a, b) => haversineKm(b.location.lat, b.location.lng, to.lat, to.lng) - haversineKm(a.location.lat, a.location.lng, to.lat, to.lng));
const around = (p: Point, rnd: ReturnType<typeof random>, spreadDeg: number): Point => ({
  lat: p.lat + (rnd.next() - 0.5) * spreadDeg,
  lng: p.lng + (rnd.next() - 0.5) * spreadDeg,
});

/** Retailers with one location each around `centre`, written with plain SQL. */
export async function seedShops(db: DataSource, centre: Point, count: number, seed: number): Promise<SeededShop[]> {
  const rnd = random(seed);
  const shops: SeededShop[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Dealer ${seed}-${i}`;
    const [{ id }] = await db.query(`INSERT INTO retailers (name) VALUES ($1) RETURNING id`, [name]);
    const location = around(centre, rnd, 10);
    const [{ id: locationId }] = await db.query(
      `INSERT INTO retailer_locations (retailer_id, name, line1, city, region, postal_code, country, lat, lng)
       VALUES ($1, 'Shop floor', '1 Main St', 'Town', 'OR', '97201', 'US', $2, $3) RETURNING id`,
      [id, location.lat, location.lng],
    );
    shops.push({ retailerId: id, name, location, locationId });
  }
  return shops;
}

/**
 * A store's order history over `days` from `start`: dealers' awards (some declined or taken away as overdue first),
 * pickups (some shipped to the store), the manufacturer's own, orders still unassigned, cancelled and unpaid ones,
 * shipments (some late), deliveries, ratings and returns, in USD and a few in CAD; about 4% military mail (the
 * manufacturer's, as the resolver does). Plain SQL.
 */
export async function seedHistory(
  db: DataSource,
  store: { id: string; manufacturerId: string; warehouse: Point; shipByDays: number },
  shops: SeededShop[],
  options: { orders: number; start: Date; days: number; seed: number; customersAround: Point },
): Promise<SeededOrder[]> {
  const rnd = random(options.seed);
  const orders: SeededOrder[] = [];
  const rows = {
    orders: [] as unknown[][],
    awards: [] as unknown[][],
    bids: [] as unknown[][],
    shipments: [] as unknown[][],
    pickups: [] as unknown[][],
    ratings: [] as unknown[][],
    returns: [] as unknown[][],
  };
  const hours = (at: Date, h: number) => new Date(at.getTime() + h * HOUR);

  for (let i = 0; i < options.orders; i++) {
    const id = randomUUID();
    const createdAt = new Date(options.start.getTime() + rnd.next() * options.days * 24 * HOUR);
    const military = rnd.next() < 0.04;
    const ship = military ? null : around(options.customersAround, rnd, rnd.next() < 0.5 ? 4 : 14);
    const roll = military ? 0.7 : rnd.next();
    const kind: SeededKind =
      roll < 0.42
        ? 'dealer'
        : roll < 0.55
          ? 'pickup'
          : roll < 0.6
            ? 'ship_to_store'
            : roll < 0.83
              ? 'manufacturer'
              : roll < 0.9
                ? 'unassigned'
                : roll < 0.95
                  ? 'cancelled'
                  : 'unpaid';
    const order: SeededOrder = {
      id,
      currency: rnd.next() < 0.12 ? 'CAD' : 'USD',
      createdAt,
      kind,
      ship,
      from: null,
      chosenRetailerId: null,
      shippedAt: null,
      deliveredAt: null,
      awards: [],
      bids: [],
      rating: null,
      returns: [],
    };
    orders.push(order);
    let live: { awardId: string; retailerId: string | null; locationId: string | null; createdAt: Date } | null = null;
    const awardAt = hours(createdAt, 12 + rnd.int(24));
    const award = (
      retailerId: string | null,
      locationId: string | null,
      bidId: string | null,
      at: Date,
      supersededBy: SeededAward['supersededBy'],
    ) => {
      const awardId = randomUUID();
      rows.awards.push([
        awardId,
        id,
        retailerId ? 'retailer' : 'manufacturer',
        retailerId,
        locationId,
        bidId,
        at,
        supersededBy ? hours(at, 30) : null,
        supersededBy,
      ]);
      return awardId;
    };

    if (kind === 'dealer' || kind === 'manufacturer') {
      // Nearest bidder last, so it wins (as the resolver awards), after any that declined.
      const bidders =
        kind === 'dealer'
          ? nearestLast([...new Set(Array.from({ length: 1 + rnd.int(4) }, () => rnd.pick(shops)))], ship!)
          : rnd.next() < 0.3
            ? [rnd.pick(shops)]
            : [];
      const bidIds = bidders.map(() => randomUUID());
      bidders.forEach((shop, n) => rows.bids.push([bidIds[n], id, shop.retailerId, shop.locationId]));
      order.bids = bidders.map((shop) => ({ retailerId: shop.retailerId, won: false }));
      if (kind === 'dealer' && rnd.next() < 0.25) order.chosenRetailerId = rnd.pick(bidders).retailerId;
      let at = awardAt;
      // Some first winners decline or let the ship-by days pass; the order moves on.
      if (bidders.length > (kind === 'dealer' ? 1 : 0) && rnd.next() < 0.3) {
        const first = kind === 'dealer' ? bidders.shift()! : bidders[0];
        const supersededBy = rnd.next() < 0.7 ? 'declined' : 'overdue';
        award(first.retailerId, first.locationId, bidIds[order.bids.findIndex((b) => b.retailerId === first.retailerId)], at, supersededBy);
        order.bids.find((b) => b.retailerId === first.retailerId)!.won = true;
        order.awards.push({ retailerId: first.retailerId, createdAt: at, shippedAt: null, supersededBy });
        at = hours(at, 31);
      }
      if (kind === 'dealer') {
        const winner = bidders[bidders.length - 1];
        const bidIndex = order.bids.findIndex((b) => b.retailerId === winner.retailerId);
        const awardId = award(winner.retailerId, winner.locationId, bidIds[bidIndex], at, null);
        order.bids[bidIndex].won = true;
        order.from = winner.location;
        live = { awardId, retailerId: winner.retailerId, locationId: winner.locationId, createdAt: at };
      } else {
        live = { awardId: award(null, null, null, at, null), retailerId: null, locationId: null, createdAt: at };
      }
      order.awards.push({ retailerId: live.retailerId, createdAt: at, shippedAt: null, supersededBy: null });
    } else if (kind === 'pickup' || kind === 'ship_to_store') {
      const shop = nearestLast([rnd.pick(shops), rnd.pick(shops)], ship!).pop()!;
      order.from = shop.location;
      const pickupAward = randomUUID();
      const declined = kind === 'ship_to_store';
      rows.awards.push([
        pickupAward,
        id,
        'retailer',
        shop.retailerId,
        shop.locationId,
        null,
        createdAt,
        declined ? hours(createdAt, 24) : null,
        declined ? 'declined' : null,
      ]);
      order.awards.push({ retailerId: shop.retailerId, createdAt, shippedAt: null, supersededBy: declined ? 'declined' : null });
      if (declined) {
        const at = hours(createdAt, 24);
        live = { awardId: award(null, null, null, at, null), retailerId: null, locationId: null, createdAt: at };
        order.awards.push({ retailerId: null, createdAt: at, shippedAt: null, supersededBy: null });
      } else {
        live = { awardId: pickupAward, retailerId: shop.retailerId, locationId: shop.locationId, createdAt };
      }
      const pickedUp = rnd.next() < 0.6 ? hours(createdAt, 30 + rnd.int(200)) : null;
      rows.pickups.push([id, shop.locationId, shop.retailerId, hours(createdAt, 24), declined ? hours(createdAt, 24) : null, pickedUp]);
      order.deliveredAt = pickedUp;
    }

    // Shipments: the dealer's or the manufacturer's (also to a pickup store).
    if (live && kind !== 'pickup' && rnd.next() < 0.75) {
      const shippedAt = hours(live.createdAt, 2 + rnd.int(store.shipByDays * 24 + 30));
      const deliveredAt = rnd.next() < 0.7 ? hours(shippedAt, 20 + rnd.int(100)) : null;
      rows.shipments.push([id, live.awardId, live.retailerId, shippedAt, kind === 'ship_to_store' ? null : deliveredAt]);
      order.shippedAt = shippedAt;
      order.awards[order.awards.length - 1].shippedAt = shippedAt;
      if (kind !== 'ship_to_store') order.deliveredAt = deliveredAt;
    }
    if (order.deliveredAt && rnd.next() < 0.5) {
      const retailerId = kind === 'pickup' || kind === 'dealer' ? live!.retailerId : kind === 'ship_to_store' ? order.awards[0].retailerId : null;
      order.rating = { retailerId, stars: 1 + rnd.int(5) };
      rows.ratings.push([id, store.manufacturerId, retailerId, order.rating.stars]);
    }
    if (order.deliveredAt && kind === 'dealer' && rnd.next() < 0.2) {
      const status = rnd.pick(['requested', 'refused', 'received'] as const);
      order.returns.push({ retailerId: live!.retailerId!, status });
      rows.returns.push([id, store.manufacturerId, live!.retailerId, status, order.currency]);
    }

    const status = {
      dealer: order.deliveredAt ? 'delivered' : order.shippedAt ? 'shipped' : 'awarded_retailer',
      manufacturer: order.deliveredAt ? 'delivered' : order.shippedAt ? 'shipped' : 'awarded_manufacturer',
      pickup: order.deliveredAt ? 'picked_up' : 'pickup_accepted',
      ship_to_store: order.deliveredAt ? 'picked_up' : 'ship_to_store',
      unassigned: 'posted',
      cancelled: 'cancelled',
      unpaid: rnd.next() < 0.5 ? 'awaiting_payment' : 'expired',
    }[kind];
    if (kind === 'unassigned' && rnd.next() < 0.5) {
      const shop = rnd.pick(shops);
      rows.bids.push([randomUUID(), id, shop.retailerId, shop.locationId]);
      order.bids.push({ retailerId: shop.retailerId, won: false });
    }
    rows.orders.push([
      id,
      status,
      order.currency,
      ship?.lat ?? null,
      ship?.lng ?? null,
      ship ? 'coordinates' : 'military-mail',
      createdAt,
      order.chosenRetailerId,
    ]);
  }

  const columns = <T>(list: unknown[][], n: number) => list.map((row) => row[n] as T);
  await db.query(
    `INSERT INTO orders (id, manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email, ship_line1,
                         ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng, ship_located_by, tracking_token, created_at,
                         posted_at, chosen_retailer_id)
     SELECT id, $1, $2, status::order_status, cur, 15000, 12000, 'Customer', 'c@example.com', '1 Road', 'Town', 'OR', '97201', 'US',
            lat, lng, located, gen_random_uuid()::text, created, created, chosen
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::timestamptz[], $10::uuid[])
         AS t(id, status, cur, lat, lng, located, created, chosen)`,
    [store.manufacturerId, store.id, ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => columns(rows.orders, n))],
  );
  await db.query(
    `INSERT INTO bids (id, order_id, retailer_id, location_id) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[])`,
    [0, 1, 2, 3].map((n) => columns(rows.bids, n)),
  );
  // Superseded awards first: the live one per order is unique.
  await db.query(
    `INSERT INTO awards (id, order_id, kind, retailer_id, location_id, bid_id, reason, created_at, superseded_at, superseded_by)
     SELECT id, o, k::award_kind, r, l, b, 'Seeded', c, s, sb
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::timestamptz[], $8::timestamptz[], $9::text[])
         AS t(id, o, k, r, l, b, c, s, sb)
      ORDER BY s NULLS LAST`,
    [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => columns(rows.awards, n)),
  );
  await db.query(
    `INSERT INTO pickups (order_id, location_id, retailer_id, code, accept_by, ship_to_store_at, picked_up_at)
     SELECT o, l, r, '123456', a, s, p FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[]) AS t(o, l, r, a, s, p)`,
    [0, 1, 2, 3, 4, 5].map((n) => columns(rows.pickups, n)),
  );
  await db.query(
    `INSERT INTO shipments (order_id, award_id, retailer_id, carrier, tracking_number, shipped_at, delivered_at)
     SELECT o, a, r, 'UPS', '1Z999', s, d FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS t(o, a, r, s, d)`,
    [0, 1, 2, 3, 4].map((n) => columns(rows.shipments, n)),
  );
  await db.query(
    `INSERT INTO ratings (order_id, manufacturer_id, retailer_id, stars) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[])`,
    [0, 1, 2, 3].map((n) => columns(rows.ratings, n)),
  );
  await db.query(
    `INSERT INTO returns (order_id, manufacturer_id, retailer_id, status, currency, refund_minor)
     SELECT o, m, r, s::return_status, c, 1000 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[]) AS t(o, m, r, s, c)`,
    [0, 1, 2, 3, 4].map((n) => columns(rows.returns, n)),
  );
  return orders;
}
