import { randomUUID } from 'node:crypto';
import { sql } from './support/board';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';
import { paid } from './support/payments';

type Address = Record<string, unknown>;
const PORTLAND_ADDRESS = { line1: '1200 SW Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' };

describe('every real address takes an order', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ supportEmail: 'help@cascade.test' }).expect(200);
    slug = await storeSlugOf(t, maker);
    sku = (await createProduct(t, maker)).sku;
  });
  afterAll(() => t.close());

  const order = (shippingAddress: Address) =>
    t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({ customer: { name: 'Jamie Rivera', email: 'jamie@example.com' }, shippingAddress, lines: [{ sku, quantity: 1 }] });

  /** An order placed (201) and paid with the test card, as its customer does: its status is then what placement gave it. */
  async function placedAndPaid(shippingAddress: Address) {
    const placed = await order(shippingAddress).expect(201);
    return { ...placed, body: await paid(t, placed.body) };
  }

  /** Where the order was placed on the map, as its manufacturer and ops read it. */
  async function placedAt(orderId: string) {
    const detail = (await t.http.get(`/api/v1/manufacturer/orders/${orderId}`).set(bearer(maker.admin.token)).expect(200)).body;
    const forOps = (await t.http.get(`/api/v1/ops/board/${orderId}`).set(bearer(ops.token)).expect(200)).body;
    expect(forOps.located).toEqual(detail.shippingAddress.located);
    return { ...detail.shippingAddress, status: detail.status };
  }

  it('locates a ZIP in the data set by its centroid, not flagged', async () => {
    const placed = await placedAndPaid(PORTLAND_ADDRESS);
    expect(await placedAt(placed.body.id)).toMatchObject({
      lat: 45.5078,
      lng: -122.6897,
      located: { locatedBy: 'postal-code', approximate: false },
    });
  });

  it('locates a real ZIP missing from the data set by its town, else by its ZIP area, and flags it as approximate', async () => {
    // 97226 is a Portland ZIP the offline data set does not have.
    const byTown = await placedAndPaid({ ...PORTLAND_ADDRESS, postalCode: '97226' });
    const town = await placedAt(byTown.body.id);
    expect(town).toMatchObject({ postalCode: '97226', status: 'posted', located: { locatedBy: 'city', approximate: true } });
    expect(Math.abs(town.lat - 45.52)).toBeLessThan(0.2);
    expect(Math.abs(town.lng + 122.67)).toBeLessThan(0.2);

    // A town the data set does not know in that area: the centre of the ZIPs starting 972.
    const byArea = await placedAndPaid({ ...PORTLAND_ADDRESS, city: 'Newtown', postalCode: '97226' });
    const area = await placedAt(byArea.body.id);
    expect(area).toMatchObject({ located: { locatedBy: 'postal-prefix', approximate: true } });
    expect(Math.abs(area.lat - 45.5)).toBeLessThan(0.3);
    expect(Math.abs(area.lng + 122.65)).toBeLessThan(0.3);
  });

  it.each([
    ['PR', '00901', 'San Juan', 18.4, -66.06],
    ['GU', '96910', 'Hagatna', 13.47, 144.74],
    ['VI', '00802', 'St Thomas', 18.35, -64.93],
    ['AS', '96799', 'Pago Pago', -14.27, -170.7],
    ['MP', '96950', 'Saipan', 15.17, 145.75],
  ])('takes an address in %s sent under its own country code and locates it by its ZIP', async (country, postalCode, city, lat, lng) => {
    const placed = await placedAndPaid({ line1: '1 Calle Luna', city, region: country, postalCode, country });
    expect(await placedAt(placed.body.id)).toMatchObject({ country, postalCode, lat, lng, located: { locatedBy: 'postal-code' } });
  });

  it.each(['972011234', '97201 1234', '97201-1234'])('accepts the ZIP+4 "%s" and stores it as 97201-1234', async (postalCode) => {
    const placed = await placedAndPaid({ ...PORTLAND_ADDRESS, postalCode });
    expect(await placedAt(placed.body.id)).toMatchObject({ postalCode: '97201-1234', lat: 45.5078, lng: -122.6897 });
  });

  it.each([
    ['AE', '09001', 'APO'],
    ['AA', '34001', 'FPO'],
    ['AP', '96601', 'DPO'],
    // Known by its ZIP alone, whatever the state field says.
    ['NY', '09012-0001', 'APO'],
  ])(
    'sends military mail (%s %s) straight to the manufacturer, with the reason on the tracking page, never at 0,0',
    async (region, postalCode, city) => {
      const placed = await placedAndPaid({ line1: 'Unit 2050 Box 4190', city, region, postalCode, country: 'US' });
      expect(placed.body.status).toBe('awarded_manufacturer');
      expect(await placedAt(placed.body.id)).toMatchObject({
        lat: null,
        lng: null,
        status: 'awarded_manufacturer',
        located: { locatedBy: 'military-mail', approximate: false },
      });
      expect(await sql(t, `SELECT order_id FROM board_orders WHERE order_id = $1`, [placed.body.id])).toEqual([]);
      const [award] = await sql(t, `SELECT kind FROM awards WHERE order_id = $1 AND superseded_at IS NULL`, [placed.body.id]);
      expect(award.kind).toBe('manufacturer');

      const tracked = (await t.http.get(`/api/v1/orders/track/${placed.body.trackingToken}`).expect(200)).body;
      expect(tracked.fulfiller).toMatchObject({ kind: 'manufacturer', name: 'Cascade Cycles' });
      expect(tracked.timeline.map((entry: { note: string }) => entry.note)).toContain(
        'Military mail (APO/FPO/DPO) travels through the US Postal Service, not a local retailer, so Cascade Cycles ships it from its own warehouse',
      );
      const page = await t.http.get(`/s/${slug}/track/${placed.body.trackingToken}`).expect(200);
      expect(page.text).toContain('Military mail (APO/FPO/DPO) travels through the US Postal Service');
      const email = await eventually(
        async () => (await t.http.get('/api/v1/ops/emails').query({ orderNumber: placed.body.number }).set(bearer(ops.token))).body.items[0],
        'the order e-mail',
      );
      const received = await t.http.get(`/api/v1/ops/emails/${email.id}`).set(bearer(ops.token)).expect(200);
      expect(received.body.text).toContain(
        'Military mail (APO/FPO/DPO) travels through the US Postal Service, so Cascade Cycles ships it from its own warehouse.',
      );
      // The manufacturer ships it like any order it was awarded.
      await t.http
        .post(`/api/v1/manufacturer/orders/${placed.body.id}/shipments`)
        .set(bearer(maker.admin.token))
        .send({ carrier: 'USPS', trackingNumber: '9400 1000 0000 0000 0000 00' })
        .expect(200);
    },
  );

  it('reads lat 0, lng 0 as unknown: located from the postal code, or refused when that cannot locate it', async () => {
    const placed = await placedAndPaid({ ...PORTLAND_ADDRESS, lat: 0, lng: 0 });
    expect(await placedAt(placed.body.id)).toMatchObject({ lat: 45.5078, lng: -122.6897, located: { locatedBy: 'postal-code' } });
    const refused = await order({ ...PORTLAND_ADDRESS, country: 'CA', postalCode: 'V6B 1A1', lat: 0, lng: 0 }).expect(422);
    expect(refused.body.message).toBe('We could not locate postal code "V6B 1A1" (CA); send shippingAddress.lat and shippingAddress.lng');
    const [{ n }] = await sql(t, `SELECT count(*)::int AS n FROM orders WHERE ship_lat = 0 AND ship_lng = 0`);
    expect(n).toBe(0);
  });

  it('refuses half a coordinate pair with a 400 that says to send both', async () => {
    const latOnly = await order({ ...PORTLAND_ADDRESS, lat: 45.5 }).expect(400);
    expect(latOnly.body.message).toBe('shippingAddress.lat was sent without lng: send both, or neither to locate the address from its postal code');
    const lngOnly = await order({ ...PORTLAND_ADDRESS, lng: -122.6 }).expect(400);
    expect(lngOnly.body.message).toBe('shippingAddress.lng was sent without lat: send both, or neither to locate the address from its postal code');
  });

  it("holds a warehouse and a retailer's location to the same rules: half a pair is a 400, 0,0 is located from its ZIP+4", async () => {
    const warehouse = { line1: '1 Factory Rd', city: 'Portland', region: 'OR', postalCode: '972011234', country: 'US' };
    const half = await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ warehouse: { ...warehouse, lat: 45.5 } })
      .expect(400);
    expect(half.body.message).toBe('warehouse.lat was sent without lng: send both, or neither to locate the address from its postal code');
    const located = await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ warehouse: { ...warehouse, lat: 0, lng: 0 } })
      .expect(200);
    expect(located.body.warehouse).toMatchObject({ postalCode: '97201-1234', lat: 45.5078, lng: -122.6897 });

    const shop = await createRetailer(t, ops, 'Rose City Cycles');
    const location = await t.http
      .post('/api/v1/retailer/locations')
      .set(bearer(shop.admin.token))
      .send({ name: 'Shop floor', line1: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201 1234', country: 'US', lat: 0, lng: 0 })
      .expect(201);
    expect(location.body).toMatchObject({ postalCode: '97201-1234', lat: 45.5078, lng: -122.6897 });
  });

  it('takes coordinates sent with an address the data set cannot place', async () => {
    const placed = await placedAndPaid({
      line1: '1 Main St',
      city: 'Vancouver',
      region: 'BC',
      postalCode: 'V6B 1A1',
      country: 'CA',
      lat: 49.28,
      lng: -123.12,
    });
    expect(await placedAt(placed.body.id)).toMatchObject({ lat: 49.28, lng: -123.12, located: { locatedBy: 'coordinates', approximate: false } });
  });

  it('refuses only a truly unlocatable address, saying how to get past it, in the API and in the HTML checkout', async () => {
    for (const [postalCode, why] of [
      ['00000', 'ZIP code "00000": no US ZIP code starts with 000'],
      ['ABCDE', 'postal code "ABCDE": a US ZIP code is 12345 or 12345-6789'],
    ]) {
      const refused = await order({ ...PORTLAND_ADDRESS, postalCode }).expect(422);
      expect(refused.body.message).toBe(`We could not locate ${why}; send shippingAddress.lat and shippingAddress.lng`);
    }
    // The HTML checkout: a shopper's cart, then the form with the store's support address as the way out.
    const added = await t.http.post(`/s/${slug}/cart`).type('form').send({ sku, quantity: '1' });
    const cookie = (added.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const form = await t.http.get(`/s/${slug}/checkout`).set('Cookie', cookie).expect(200);
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form.text)![1];
    const submit = (postalCode: string) =>
      t.http
        .post(`/s/${slug}/checkout`)
        .set('Cookie', cookie)
        .type('form')
        .send({
          formId: hidden('formId'),
          lines: hidden('lines'),
          'customer.name': 'Jamie Rivera',
          'customer.email': 'jamie@example.com',
          'shippingAddress.line1': '1200 SW Main St',
          'shippingAddress.city': 'Portland',
          'shippingAddress.region': 'OR',
          'shippingAddress.postalCode': postalCode,
          'shippingAddress.country': 'US',
        });
    const refused = await submit('00000').expect(422);
    expect(refused.text).toContain('if it is right, e-mail help@cascade.test and we will ship your order');
    // A real ZIP the data set lacks goes through.
    await submit('97226').expect(303);
  });
});
