import { addLocation, makeDealer, northOf, PORTLAND } from './board';
import { Account, createManufacturer, createRetailer, Tenant } from './factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './marketplace';
import { TestApp } from './test-app';

export interface PortlandStore {
  maker: Tenant;
  product: ProductFixture;
  slug: string;
  /** Rose City Bikes, 3 km from the customers (Pearl District). */
  near: Tenant;
  /** Gorge Cyclery, 20 km from the customers (Vancouver). */
  far: Tenant;
  /** Places an order shipping to downtown Portland. */
  order(customer?: { name?: string; email?: string }): ReturnType<typeof placeOrder>;
}

/** Cascade Cycles selling a road bike, with two approved dealers at known distances from Portland customers. */
export async function portlandStore(t: TestApp, ops: Account): Promise<PortlandStore> {
  const maker = await createManufacturer(t, ops, 'Cascade Cycles');
  const product = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
  const slug = await storeSlugOf(t, maker);
  const near = await createRetailer(t, ops, 'Rose City Bikes');
  const far = await createRetailer(t, ops, 'Gorge Cyclery');
  await addLocation(t, near, northOf(PORTLAND, 3), { name: 'Pearl District' });
  await addLocation(t, far, northOf(PORTLAND, 20), { name: 'Vancouver' });
  await makeDealer(t, maker, near);
  await makeDealer(t, maker, far);
  const order = (customer: { name?: string; email?: string } = {}) =>
    placeOrder(t, slug, { lines: [{ sku: product.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng, customer: { name: 'Jamie Rivera', ...customer } });
  return { maker, product, slug, near, far, order };
}
