import { DataSource } from 'typeorm';
import { Account, bearer, Tenant } from './factories';
import { resolveNow } from './resolution';
import { TestApp } from './test-app';

/** Portland, OR: where the marketplace fixtures ship orders to (ZIP 97201) by default. */
export const PORTLAND = { lat: 45.5152, lng: -122.6784 };

/** A point `km` due north of `from` (1° of latitude ≈ 111.2 km on our sphere). */
export const northOf = (from: { lat: number; lng: number }, km: number) => ({ lat: from.lat + km / 111.195, lng: from.lng });

export interface LocationFixture {
  id: string;
  name: string;
  lat: number;
  lng: number;
  serviceRadiusKm: number;
}

export async function addLocation(
  t: TestApp,
  shop: Tenant,
  at: { lat: number; lng: number },
  overrides: Partial<{ name: string; serviceRadiusKm: number }> = {},
): Promise<LocationFixture> {
  const response = await t.http
    .post('/api/v1/retailer/locations')
    .set(bearer(shop.admin.token))
    .send({ name: 'Shop floor', line1: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US', ...at, ...overrides })
    .expect(201);
  return response.body;
}

/** The retailer asks, the manufacturer approves: returns the relationship id. */
export async function makeDealer(t: TestApp, maker: Tenant, shop: Tenant): Promise<string> {
  const request = await t.http.post('/api/v1/retailer/dealers').set(bearer(shop.admin.token)).send({ manufacturerId: maker.id }).expect(201);
  await t.http.post(`/api/v1/manufacturer/dealers/${request.body.id}/approve`).set(bearer(maker.admin.token)).send({}).expect(200);
  return request.body.id;
}

export const sql = (t: TestApp, query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);

/** Closes an order's bidding window, as time passing would. */
export const closeWindow = (t: TestApp, orderId: string) =>
  sql(t, `UPDATE orders SET resolves_at = now() - interval '1 minute' WHERE id = $1`, [orderId]);

/** What the resolver does when it awards an order to a bid: the live award and the order status (bids then read as won and lost). */
export async function awardTo(t: TestApp, orderId: string, retailerId: string): Promise<void> {
  await t.app.get(DataSource).transaction(async (manager) => {
    await manager.query(
      `INSERT INTO awards (order_id, kind, retailer_id, location_id, bid_id, distance_km, reason)
       SELECT b.order_id, 'retailer', b.retailer_id, b.location_id, b.id,
              nearfill_distance_km(l.lat, l.lng, o.ship_lat, o.ship_lng), 'Nearest bidding retailer'
         FROM bids b JOIN retailer_locations l ON l.id = b.location_id JOIN orders o ON o.id = b.order_id
        WHERE b.order_id = $1 AND b.retailer_id = $2`,
      [orderId, retailerId],
    );
    await manager.query(`UPDATE orders SET status = 'awarded_retailer' WHERE id = $1`, [orderId]);
  });
}

/** `shop` bids on the order, the board is resolved for `maker` (the shop, its only bidder, wins) and the shop ships it. */
export async function shippedByShop(
  t: TestApp,
  ops: Account,
  maker: Tenant,
  shop: Tenant,
  orderId: string,
  shipment = { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
): Promise<void> {
  await t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
  await resolveNow(t, ops.token, maker.id);
  await t.http.post(`/api/v1/retailer/orders/${orderId}/shipments`).set(bearer(shop.admin.token)).send(shipment).expect(200);
}
