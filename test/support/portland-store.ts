import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './board';
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

export interface BikeAndBellStore {
  maker: Tenant;
  slug: string;
  /** A road bike: 1,299.00, fulfilment price 1,100.00. */
  bike: ProductFixture;
  /** A bell: 25.00, fulfilment price 20.00. */
  bell: ProductFixture;
  /** Rose City Bikes, the one approved dealer, 3 km from the customers. */
  shop: Tenant;
  /** The shop's one location. */
  floor: LocationFixture;
}

/** Cascade Cycles selling a road bike and a bell, with one approved dealer near Portland customers. */
export async function bikeAndBellStore(t: TestApp, ops: Account): Promise<BikeAndBellStore> {
  const maker = await createManufacturer(t, ops, 'Cascade Cycles');
  const bike = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
  const bell = await createProduct(t, maker, { name: 'Bell', priceMinor: 2_500, fulfilmentPriceMinor: 2_000 });
  const slug = await storeSlugOf(t, maker);
  const shop = await createRetailer(t, ops, 'Rose City Bikes');
  const floor = await addLocation(t, shop, northOf(PORTLAND, 3));
  await makeDealer(t, maker, shop);
  return { maker, slug, bike, bell, shop, floor };
}
