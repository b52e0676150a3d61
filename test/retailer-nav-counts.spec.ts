import { WonOrdersService } from '../src/board/won-orders.service';
import { PickupService } from '../src/pickup/pickup.service';
import { ReturnsService } from '../src/returns/returns.service';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { formSession, signInThroughForm } from './support/workspace-forms';

const HTML = { Accept: 'text/html' };

/** The "Won orders" entry of the workspace navigation, as a reader sees it (its count and words). */
const ordersNavOf = (html: string) =>
  /<a href="\/retailer\/won"[^>]*>Won orders(?: <span class="nav-count">(\d+)<span class="visually-hidden"> ([^<]+)<\/span><\/span>)?<\/a>/.exec(
    html,
  );

// The retailer workspace's navigation counts waiting work (three count queries) only for a response that is a page.
describe('retailer workspace navigation counts', () => {
  let t: TestApp;
  let shop: Tenant;
  let cookie: string;
  let wonIds: string[];
  let counted: jest.SpyInstance[];

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    const maker = await createManufacturer(t, ops, 'Cascade Cycles');
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    const bike = await createProduct(t, maker, { priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
    const slug = await storeSlugOf(t, maker);
    wonIds = [];
    for (let i = 0; i < 2; i++) {
      const order = await placeOrder(t, slug, { lines: [{ sku: bike.sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
      await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
      wonIds.push(order.id);
    }
    await resolveNow(t, ops.token, maker.id);
    cookie = await signInThroughForm(t, '/retailer', shop.admin.email);
  });
  afterAll(() => t?.close());

  beforeEach(() => {
    counted = [
      jest.spyOn(t.app.get(WonOrdersService), 'toShipCount'),
      jest.spyOn(t.app.get(PickupService), 'waitingCount'),
      jest.spyOn(t.app.get(ReturnsService), 'counts'),
    ];
  });
  afterEach(() => jest.restoreAllMocks());

  const countQueries = () => counted.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  /** The order page's ship form, posted as the browser that opened the page; the count queries are counted from then on. */
  async function postShipForm(orderId: string, fields: { carrier: string; trackingNumber: string }, status: number) {
    const form = await formSession(t, `/retailer/won/${orderId}`, cookie);
    jest.clearAllMocks();
    return t.http
      .post(`/retailer/won/${orderId}/ship`)
      .set(HTML)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.token, ...fields })
      .expect(status);
  }

  it('shows the orders waiting to be shipped on a page, counting each kind of waiting work once', async () => {
    const page = await t.http.get('/retailer/won').set(HTML).set('Cookie', cookie).expect(200);
    expect(ordersNavOf(page.text)?.slice(1)).toEqual(['2', 'to ship']);
    expect(counted.map((spy) => spy.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('counts nothing for a form that redirects, and the next page shows the new count', async () => {
    const shipped = await postShipForm(wonIds[0], { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' }, 303);
    expect(shipped.headers.location).toBe(`/retailer/won/${wonIds[0]}?done=shipped`);
    expect(countQueries()).toBe(0);

    const page = await t.http.get(shipped.headers.location).set(HTML).set('Cookie', cookie).expect(200);
    expect(ordersNavOf(page.text)?.slice(1)).toEqual(['1', 'to ship']);
    expect(countQueries()).toBe(3);
  });

  it('still counts on a form sent back with its errors, which shows the navigation', async () => {
    const refused = await postShipForm(wonIds[1], { carrier: '', trackingNumber: '' }, 400);
    expect(ordersNavOf(refused.text)?.slice(1)).toEqual(['1', 'to ship']);
    expect(countQueries()).toBe(3);
  });

  it('counts nothing for a redirect of a page address or for the API', async () => {
    await t.http.get('/retailer').set(HTML).set('Cookie', cookie).expect(303);
    await t.http.get('/api/v1/retailer/orders').set(bearer(shop.admin.token)).expect(200);
    expect(countQueries()).toBe(0);
  });
});
