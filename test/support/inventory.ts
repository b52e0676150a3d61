import { DataSource } from 'typeorm';
import { bearer, Tenant } from './factories';
import { TestApp } from './test-app';

/** Replaces a location's stock with a CSV file, as a store's back office would upload it. */
export const uploadCsv = (t: TestApp, shop: Tenant, locationId: string, csv: string, countedAt?: Date) =>
  t.http
    .put(`/api/v1/retailer/inventory/locations/${locationId}/csv${countedAt ? `?countedAt=${countedAt.toISOString()}` : ''}`)
    .set(bearer(shop.admin.token))
    .set('Content-Type', 'text/csv')
    .send(csv);

/** Turns automatic bids on for a manufacturer. */
export const enableAutoBids = (t: TestApp, shop: Tenant, manufacturerId: string, locationIds?: string[]) =>
  t.http
    .put(`/api/v1/retailer/auto-bids/${manufacturerId}`)
    .set(bearer(shop.admin.token))
    .send(locationIds ? { locationIds } : {})
    .expect(200);

/** On hand, held and available per SKU at a location, as the retailer reads them. */
export async function stockAt(
  t: TestApp,
  shop: Tenant,
  locationId: string,
): Promise<Record<string, { onHand: number; held: number; available: number }>> {
  const { body } = await t.http.get(`/api/v1/retailer/inventory/locations/${locationId}/items?limit=100`).set(bearer(shop.admin.token)).expect(200);
  return Object.fromEntries(
    body.items.map((i: { sku: string; onHand: number; held: number; available: number }) => [
      i.sku,
      { onHand: i.onHand, held: i.held, available: i.available },
    ]),
  );
}

/** Outbox jobs (automatic bidding) not yet run. */
export async function pendingOutboxJobs(db: DataSource): Promise<number> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE channel = 'job' AND state = 'pending'`);
  return n;
}
