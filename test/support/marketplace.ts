import { randomUUID } from 'node:crypto';
import { bearer, Tenant } from './factories';
import { paid } from './payments';
import { TestApp } from './test-app';

export interface ProductFixture {
  id: string;
  sku: string;
  priceMinor: number;
  fulfilmentPriceMinor: number;
}

let skuCounter = 0;

export async function createProduct(
  t: TestApp,
  maker: Tenant,
  overrides: Partial<{
    sku: string;
    gtin: string;
    name: string;
    priceMinor: number;
    fulfilmentPriceMinor: number;
    active: boolean;
    description: string;
    imageUrl: string;
    imageAlt: string;
  }> = {},
): Promise<ProductFixture> {
  const response = await t.http
    .post('/api/v1/manufacturer/products')
    .set(bearer(maker.admin.token))
    .send({ sku: `SKU-${++skuCounter}-${Date.now() % 100000}`, name: 'Trail bike', priceMinor: 150000, fulfilmentPriceMinor: 120000, ...overrides })
    .expect(201);
  return response.body;
}

export async function storeSlugOf(t: TestApp, maker: Tenant): Promise<string> {
  const response = await t.http.get('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).expect(200);
  return response.body.slug;
}

export interface OrderOptions {
  lines: { sku: string; quantity?: number }[];
  /** Where it ships: a US ZIP code (located offline) or explicit coordinates. */
  postalCode?: string;
  lat?: number;
  lng?: number;
  customer?: Partial<{ name: string; email: string; phone: string }>;
  idempotencyKey?: string;
  /** The dealer the customer chose to support. */
  chosenDealerId?: string;
}

export function orderBody(options: OrderOptions) {
  return {
    customer: { name: 'Jamie Rivera', email: 'jamie@example.com', phone: '+1 503 555 0100', ...options.customer },
    shippingAddress: {
      line1: '1200 SW Main St',
      city: 'Portland',
      region: 'OR',
      postalCode: options.postalCode ?? '97201',
      country: 'US',
      ...(options.lat !== undefined ? { lat: options.lat, lng: options.lng } : {}),
    },
    lines: options.lines.map((line) => ({ sku: line.sku, quantity: line.quantity ?? 1 })),
    ...(options.chosenDealerId ? { chosenDealerId: options.chosenDealerId } : {}),
  };
}

export interface OrderPlaced {
  id: string;
  number: string;
  trackingToken: string;
  totalMinor: number;
  status: string;
  payment: { checkoutUrl: string; expiresAt: string; provider: string };
}

/**
 * Places an order through the public API and pays it with the test provider's authorising card (as a customer
 * does), so it is on the board; returns the created order (id, number, trackingToken, …) with its status after
 * payment. `pay: false` leaves it waiting for its payment.
 */
export async function placeOrder(t: TestApp, storeSlug: string, options: OrderOptions & { pay?: boolean }): Promise<OrderPlaced> {
  const response = await t.http
    .post(`/api/v1/stores/${storeSlug}/orders`)
    .set('Idempotency-Key', options.idempotencyKey ?? randomUUID())
    .send(orderBody(options));
  if (response.status !== 201) throw new Error(`placeOrder: ${response.status} ${JSON.stringify(response.body)}`);
  return options.pay === false ? response.body : paid(t, response.body as OrderPlaced);
}

/**
 * The customer returns `lines` of the order with `trackingToken` to `shop`: the shop approves the return (with
 * `instructions`) and receives the goods, which starts the refund. Returns the return's id.
 */
export async function returnedToShop(
  t: TestApp,
  shop: Tenant,
  trackingToken: string,
  lines: { sku: string; quantity: number; reason: string }[],
  instructions = 'Bring it back',
): Promise<string> {
  const asked = await t.http.post(`/api/v1/orders/track/${trackingToken}/returns`).send({ lines }).expect(201);
  const act = (what: string, body: object = {}) =>
    t.http.post(`/api/v1/retailer/returns/${asked.body.id}/${what}`).set(bearer(shop.admin.token)).send(body).expect(200);
  await act('approve', { instructions });
  await act('received');
  return asked.body.id;
}
