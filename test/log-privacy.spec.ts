import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from './support/board';
import { bearer, createManufacturer, createOps } from './support/factories';
import { createProduct, orderBody, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

// Values no log line may contain, chosen to appear nowhere else.
const CUSTOMER = { name: 'Philippa Quennell-Ashworth', email: 'philippa.quennell@example.org', phone: '+1 503 555 0199' };
const STREET = '4417 NE Alberta Crt';
const FAILING = { name: 'Octavia Brightwater-Lund', email: 'octavia.brightwater@example.org', phone: '+1 503 555 0142' };

/** Every line the app logs, captured as pino writes them. */
class LogCapture extends Writable {
  readonly lines: string[] = [];
  _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }
}

describe("the app's log", () => {
  const log = new LogCapture();
  let t: TestApp;
  let slug: string;
  let sku: string;
  let opsToken: string;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'trace' }, log);
    const ops = await createOps(t);
    opsToken = ops.token;
    const maker = await createManufacturer(t, ops, 'Alberta Street Cycles');
    slug = await storeSlugOf(t, maker);
    sku = (await createProduct(t, maker, { name: 'Commuter bike', priceMinor: 89900, fulfilmentPriceMinor: 75000 })).sku;
  });
  afterAll(() => t.close());

  const body = (customer: typeof CUSTOMER) => {
    const order = orderBody({ lines: [{ sku }], customer });
    return { ...order, shippingAddress: { ...order.shippingAddress, line1: STREET } };
  };

  it('holds no customer name, e-mail, phone, street or tracking token, for orders placed, followed, exported, cancelled, erased or failed', async () => {
    const placed = await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', randomUUID()).send(body(CUSTOMER)).expect(201);
    const token: string = placed.body.trackingToken;
    await t.http.get(`/api/v1/orders/track/${token}`).expect(200);
    await t.http.get(`/s/${slug}/track/${token}`).expect(200);
    await t.http.get(`/s/${slug}/confirmation/${token}`).expect(200);
    await t.http.get(`/api/v1/orders/track/${token}/export`).expect(200);
    await t.http.get(`/api/v1/orders/track/${token}x`).expect(404);
    await t.http.get('/api/v1/ops/emails').query({ to: CUSTOMER.email }).set(bearer(opsToken)).expect(200);
    // A client mistake that carries the customer's data.
    await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({ ...body(CUSTOMER), lines: [] })
      .expect(400);
    // The storefront's cart and checkout form, refused and accepted.
    const added = await t.http.post(`/s/${slug}/cart`).type('form').send({ sku, quantity: '1' });
    const cookie = (added.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const page = await t.http.get(`/s/${slug}/checkout`).set('Cookie', cookie).expect(200);
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)![1];
    const form = {
      formId: hidden('formId'),
      lines: hidden('lines'),
      'customer.name': CUSTOMER.name,
      'customer.email': CUSTOMER.email,
      'customer.phone': CUSTOMER.phone,
      'shippingAddress.line1': STREET,
      'shippingAddress.line2': '',
      'shippingAddress.city': 'Portland',
      'shippingAddress.region': 'OR',
      'shippingAddress.postalCode': '97211',
      'shippingAddress.country': 'US',
    };
    const checkout = (fields: Record<string, string>) => t.http.post(`/s/${slug}/checkout`).set('Cookie', cookie).type('form').send(fields);
    await checkout({ ...form, 'shippingAddress.city': '' }).expect(422);
    await checkout(form).expect(303);
    await t.http.post(`/api/v1/orders/track/${token}/cancel`).send({}).expect(200);
    await t.http.post(`/api/v1/orders/track/${token}/erase`).send({}).expect(200);

    // A failed insert: the database refuses this customer's row, as it would on a bug or an outage.
    await sql(t, `ALTER TABLE orders ADD CONSTRAINT refuses_one_customer CHECK (customer_name <> '${FAILING.name}')`);
    const failed = await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', randomUUID()).send(body(FAILING));
    expect(failed.status).toBe(500);
    await sql(t, `ALTER TABLE orders DROP CONSTRAINT refuses_one_customer`);

    const lines = log.lines;
    // The log is not empty: the requests and the fault are in it, by id and route.
    expect(lines.some((line) => line.includes('"url":"/api/v1/orders/track/[token]/export"'))).toBe(true);
    expect(lines.some((line) => line.includes('"url":"/api/v1/ops/emails?to=[redacted]"'))).toBe(true);
    const fault = lines.find((line) => line.includes('Unhandled error'));
    expect(fault).toContain('refuses_one_customer');

    const secrets = [...Object.values(CUSTOMER), ...Object.values(FAILING), STREET, token, encodeURIComponent(CUSTOMER.email)];
    const leaks = lines.flatMap((line) => secrets.filter((secret) => line.includes(secret)).map((secret) => `${secret} in ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
  });
});
