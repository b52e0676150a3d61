import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const HTML = { Accept: 'text/html' };
const cookiesOf = (response: { headers: Record<string, unknown> }) =>
  ((response.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');
const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
const tokenIn = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)![1];

/** One form: the page it is on, where it posts, and what each field's problem reads for an empty and a wrong submit. */
interface FormCase {
  name: string;
  who: 'retailer' | 'manufacturer' | 'ops';
  page: () => string;
  post: () => string;
  /** Sent with the empty submit (a form's fixed fields, e.g. a radio already chosen). */
  fixed?: Record<string, string>;
  empty: Record<string, string>;
  wrong: { body: Record<string, string>; field: string; message: string };
}

/**
 * Every workspace form answers in people's words: an empty submit names each field's label and says what to do
 * ("Enter a reason"), one message per field, in the summary (linking to the field) and beside the field on the same
 * page; one wrong value each says what fits. No message names a DTO property.
 */
describe('form messages in every workspace', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let locationId: string;
  let toShipId: string;
  let shippedId: string;
  let postedId: string;
  let ownId: string;
  let returnId: string;
  let returnPath: string;
  let returnSku: string;
  const sessions: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    const { sku } = await createProduct(t, maker, { name: 'Road bike' });
    const slug = await storeSlugOf(t, maker);
    locationId = (await addLocation(t, shop, northOf(PORTLAND, 3))).id;
    await makeDealer(t, maker, shop);
    const won = await placeOrder(t, slug, { lines: [{ sku, quantity: 2 }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    const toShip = await placeOrder(t, slug, { lines: [{ sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    const shipped = await placeOrder(t, slug, { lines: [{ sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    for (const order of [won, toShip, shipped])
      await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    toShipId = toShip.id;
    const own = await placeOrder(t, slug, { lines: [{ sku }], postalCode: '10001' });
    await resolveNow(t, ops.token, maker.id);
    ownId = own.id;
    postedId = (await placeOrder(t, slug, { lines: [{ sku }] })).id;
    await t.http
      .post(`/api/v1/retailer/orders/${won.id}/shipments`)
      .set(bearer(shop.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    await t.http.post(`/api/v1/retailer/orders/${won.id}/delivered`).set(bearer(shop.admin.token)).expect(200);
    shippedId = shipped.id;
    await t.http
      .post(`/api/v1/retailer/orders/${shipped.id}/shipments`)
      .set(bearer(shop.admin.token))
      .send({ carrier: 'USPS', trackingNumber: '9400111899223033005282' })
      .expect(200);
    returnPath = `/s/${slug}/track/${won.trackingToken}/return`;
    returnSku = sku;
    returnId = (
      await t.http
        .post(`/api/v1/orders/track/${won.trackingToken}/returns`)
        .send({ lines: [{ sku, quantity: 1, reason: 'Too big' }] })
        .expect(201)
    ).body.id;
    for (const [who, email] of [
      ['retailer', shop.admin.email],
      ['manufacturer', maker.admin.email],
      ['ops', ops.email],
    ] as const) {
      const form = await t.http.get(`/${who}/login`).set(HTML).expect(200);
      const cookie = cookiesOf(form);
      const signedIn = await t.http
        .post(`/${who}/login`)
        .set(HTML)
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: tokenIn(form.text), email, password: PASSWORD });
      sessions[who] = [cookie, cookiesOf(signedIn)].filter(Boolean).join('; ');
    }
  });
  afterAll(() => t?.close());

  /** Opens the form's page as `form.who` and submits `body` with the page's form token. */
  const submit = async (form: Pick<FormCase, 'who' | 'page' | 'post'>, body: Record<string, string>) => {
    const page = await t.http.get(form.page()).set(HTML).set('Cookie', sessions[form.who]);
    expect(`${form.page()} ${page.status}`).toBe(`${form.page()} 200`);
    const cookie = [sessions[form.who], cookiesOf(page)].filter(Boolean).join('; ');
    return t.http
      .post(form.post())
      .set(HTML)
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: tokenIn(page.text), ...body });
  };
  /** The messages beside each field (`<id>-error`) and in the summary's links (`#<id>`). */
  const shown = (html: string) => ({
    beside: Object.fromEntries(
      [...html.matchAll(/id="([^"]+)-error"[^>]*>(?:<span class="visually-hidden">Error:<\/span>)?\s*([^<]+)</g)].map((m) => [m[1], decode(m[2])]),
    ),
    summary: Object.fromEntries([...html.matchAll(/<li><a href="#([^"]+)">([^<]+)<\/a><\/li>/g)].map((m) => [m[1], decode(m[2])])),
  });

  const FORMS: FormCase[] = [
    {
      name: 'ship a won order',
      who: 'retailer',
      page: () => `/retailer/won/${toShipId}`,
      post: () => `/retailer/won/${toShipId}/ship`,
      empty: { carrier: 'Enter a carrier', trackingNumber: 'Enter a tracking number' },
      wrong: { body: { carrier: 'UPS', trackingNumber: 'x' }, field: 'trackingNumber', message: 'Tracking number' },
    },
    {
      name: 'decline a won order',
      who: 'retailer',
      page: () => `/retailer/won/${toShipId}`,
      post: () => `/retailer/won/${toShipId}/decline`,
      empty: { reason: 'Enter a reason' },
      wrong: { body: { reason: 'no' }, field: 'reason', message: 'Reason must be at least 3 characters' },
    },
    {
      name: 'confirm a delivery',
      who: 'retailer',
      page: () => `/retailer/won/${shippedId}`,
      post: () => `/retailer/won/${shippedId}/deliver`,
      empty: { confirmDelivered: 'Tick “The carrier shows it delivered” once its tracking says so' },
      wrong: { body: { confirmDelivered: 'maybe' }, field: 'confirmDelivered', message: 'Tick “The carrier shows it delivered”' },
    },
    {
      name: 'approve a return',
      who: 'retailer',
      page: () => `/retailer/customer-returns/${returnId}`,
      post: () => `/retailer/customer-returns/${returnId}/approve`,
      empty: { instructions: 'Enter how the customer sends the goods back' },
      wrong: { body: { instructions: 'ok' }, field: 'instructions', message: 'How to send it back' },
    },
    {
      name: 'add a location',
      who: 'retailer',
      page: () => '/retailer/settings/locations',
      post: () => '/retailer/settings/locations',
      empty: {
        name: 'Enter a name',
        line1: 'Enter a street',
        city: 'Enter a city',
        region: 'Enter a state or region',
        postalCode: 'Enter a ZIP or postal code',
        country: 'Enter a country code',
      },
      wrong: {
        body: { name: 'Shop', line1: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US', serviceRadius: '-3' },
        field: 'serviceRadius',
        message: 'Service radius',
      },
    },
    {
      name: 'request a dealership',
      who: 'retailer',
      page: () => '/retailer/settings/dealers',
      post: () => '/retailer/settings/dealers',
      empty: { storeSlug: 'Choose a manufacturer' },
      wrong: { body: { storeSlug: 'no-such-store' }, field: 'storeSlug', message: 'No manufacturer has this store: choose one from the list' },
    },
    {
      name: 'create an API key',
      who: 'retailer',
      page: () => '/retailer/settings/api-keys',
      post: () => '/retailer/settings/api-keys',
      empty: { name: 'Enter a name' },
      wrong: { body: { name: 'x'.repeat(81) }, field: 'name', message: 'Name must be 80 characters or fewer' },
    },
    {
      name: 'set the webhook',
      who: 'retailer',
      page: () => '/retailer/settings/webhook',
      post: () => '/retailer/settings/webhook',
      empty: { url: 'Enter a URL', secret: 'Enter a signing secret' },
      wrong: { body: { url: 'not a url', secret: 'a-long-enough-secret-for-signing' }, field: 'url', message: 'URL' },
    },
    {
      name: 'add a team member',
      who: 'retailer',
      page: () => '/retailer/settings/team',
      post: () => '/retailer/settings/team',
      empty: { email: 'Enter an e-mail', name: 'Enter a name', password: 'Enter a password' },
      wrong: {
        body: { email: 'sam@example.com', name: 'Sam', password: 'password1234' },
        field: 'password',
        message: 'Password is too easy to guess',
      },
    },
    {
      name: 'decide a return',
      who: 'retailer',
      page: () => `/retailer/customer-returns/${returnId}`,
      post: () => `/retailer/customer-returns/${returnId}/refuse`,
      empty: { reason: 'Enter a reason' },
      wrong: { body: { reason: 'x'.repeat(301) }, field: 'reason', message: 'Reason must be 300 characters or fewer' },
    },
    {
      name: 'edit the store',
      who: 'manufacturer',
      page: () => '/manufacturer/branding',
      post: () => '/manufacturer/branding',
      fixed: { action: 'save', currency: 'USD' },
      empty: { name: 'Enter a store name', slug: 'Enter an address (slug)' },
      wrong: {
        body: { action: 'save', name: 'Cascade Cycles', slug: 'cascade-cycles', currency: 'USD', supportEmail: 'nope' },
        field: 'supportEmail',
        message: 'Enter a support e-mail in the right format, like name@example.com',
      },
    },
    {
      name: 'add a product',
      who: 'manufacturer',
      page: () => '/manufacturer/catalogue/new',
      post: () => '/manufacturer/catalogue/new',
      empty: { sku: 'Enter an SKU', name: 'Enter a name', price: 'Enter a price', fulfilmentPrice: 'Enter a fulfilment price' },
      wrong: {
        body: { sku: 'NEW-1', name: 'Bell', price: 'twelve', fulfilmentPrice: '10.00' },
        field: 'price',
        message: 'Price must be an amount in USD, like 1299.00',
      },
    },
    {
      name: 'cancel an order',
      who: 'manufacturer',
      page: () => `/manufacturer/sales/${postedId}`,
      post: () => `/manufacturer/sales/${postedId}/cancel`,
      empty: { reason: 'Enter a reason' },
      wrong: { body: { reason: 'no' }, field: 'reason', message: 'Reason must say in a few words why the order is cancelled' },
    },
    {
      name: 'ship its own order',
      who: 'manufacturer',
      page: () => `/manufacturer/sales/${ownId}`,
      post: () => `/manufacturer/sales/${ownId}/ship`,
      empty: { carrier: 'Enter a carrier', trackingNumber: 'Enter a tracking number' },
      wrong: { body: { carrier: 'U', trackingNumber: '1Z999AA10123456784' }, field: 'carrier', message: 'Carrier must be at least 2 characters' },
    },
    {
      name: 'onboard an account',
      who: 'ops',
      page: () => '/ops/accounts',
      post: () => '/ops/accounts',
      fixed: { kind: 'retailer' },
      empty: {
        name: 'Enter an organisation name',
        'admin.name': "Enter the admin's name",
        'admin.email': "Enter the admin's e-mail",
        'admin.password': 'Enter a first password',
      },
      wrong: {
        body: { kind: 'retailer', name: 'Harbour', 'admin.name': 'Pat', 'admin.email': 'pat@example.com', 'admin.password': 'password1234' },
        field: 'admin.password',
        message: 'First password is too easy to guess',
      },
    },
    {
      name: 'close bidding windows',
      who: 'ops',
      page: () => '/ops/runs',
      post: () => '/ops/windows',
      empty: { manufacturerId: 'Choose a store, or Every store', reason: 'Enter a reason' },
      wrong: { body: { manufacturerId: 'every', confirmEvery: 'yes', reason: 'ab' }, field: 'reason', message: 'Reason must say in a few words why' },
    },
    {
      name: "close every store's bidding windows",
      who: 'ops',
      page: () => '/ops/runs',
      post: () => '/ops/windows',
      fixed: { manufacturerId: 'every' },
      empty: { confirmEvery: "Tick the box to confirm closing the bidding windows of every store's open orders", reason: 'Enter a reason' },
      wrong: { body: { manufacturerId: 'every', reason: 'Holiday rush' }, field: 'confirmEvery', message: 'Tick the box to confirm' },
    },
    {
      name: 'cancel from the console',
      who: 'ops',
      page: () => `/ops/store-orders/${postedId}`,
      post: () => `/ops/store-orders/${postedId}/cancel`,
      empty: { 'reason-cancel': 'Enter a reason' },
      wrong: { body: { reason: 'x'.repeat(501) }, field: 'reason-cancel', message: 'Reason must be 500 characters or fewer' },
    },
  ];

  it.each(FORMS.map((form) => [form.name, form] as const))(
    '%s: an empty submit asks for each field by its label, beside it and in the summary',
    async (_, form) => {
      // As a browser sends it: every field, blank.
      const blank = Object.fromEntries(Object.keys(form.empty).map((field) => [field.replace(/-(cancel|reroute)$/, ''), '']));
      const response = await submit(form, { ...blank, ...form.fixed });
      expect(response.status).toBe(400);
      const { beside, summary } = shown(response.text);
      expect(beside).toEqual(expect.objectContaining(form.empty));
      expect(summary).toEqual(expect.objectContaining(form.empty));
      expect(Object.keys(summary).sort()).toEqual(Object.keys(beside).sort());
      expect(response.text).not.toMatch(/\b(priceMinor|fulfilmentPriceMinor|storeSlug|trackingNumber|serviceRadiusKm) (must|should|is)/);
    },
  );

  it.each(FORMS.map((form) => [form.name, form] as const))('%s: one wrong value says what fits, beside its field', async (_, form) => {
    const response = await submit(form, form.wrong.body);
    expect([400, 409, 422]).toContain(response.status);
    const { beside } = shown(response.text);
    expect(beside[form.wrong.field]).toContain(form.wrong.message);
    expect(Object.keys(beside)).toEqual([form.wrong.field]);
  });

  it('count stock: an empty paste asks for the count, and a wrong row names its line and column, beside the field', async () => {
    const form = { who: 'retailer', page: () => '/retailer/stock', post: () => `/retailer/stock/${locationId}/count` } as const;
    const field = `csv-${locationId}`;
    const empty = await submit(form, { csv: '' });
    expect(empty.status).toBe(400);
    const asked = 'Paste a stock count (CSV): a header row, then one product per row';
    expect(shown(empty.text)).toEqual({ beside: { [field]: asked }, summary: { [field]: asked } });
    const wrong = await submit(form, { csv: 'sku,quantity\nBIKE-1,-1\n' });
    expect(wrong.status).toBe(400);
    expect(Object.keys(shown(wrong.text).beside)).toEqual([field]);
    expect(shown(wrong.text).beside[field]).toContain('line 2: quantity "-1" must be a whole number from 0 to');
  });

  it('bid on an order: a ship-from location that is not one of the list is named by its label', async () => {
    const form = { who: 'retailer', page: () => '/retailer/bid-board', post: () => `/retailer/bid-board/${postedId}/bid` } as const;
    const wrong = await submit(form, { locationId: 'not-a-location' });
    expect(wrong.status).toBe(400);
    const { beside, summary } = shown(wrong.text);
    expect(beside[`bid-${postedId}`]).toContain('Ship from');
    expect(summary[`bid-${postedId}`]).toBe(beside[`bid-${postedId}`]);
    expect(wrong.text).not.toMatch(/locationId (must|should|is)/);
    // Refused by the board's rules rather than the form, for an order no longer on the board: said above the board.
    const closed = await submit({ ...form, post: () => `/retailer/bid-board/${toShipId}/bid` }, {});
    expect(closed.status).toBe(409);
    expect(decode(closed.text.match(/role="alert"[\s\S]*?<li>([^<]+)<\/li>/)![1])).toMatch(
      /^Order #\d+ is awarded to a retailer; bids can be placed only while it is on the bid board$/,
    );
    expect(closed.text).toContain('<h1>Board</h1>');
  });

  it('ask for a return in the store: an empty submit asks to choose an item, a missing reason is said beside its item', async () => {
    const ask = (body: Record<string, string>) => t.http.post(returnPath).set(HTML).type('form').send(body);
    const empty = await ask({ [`qty.${returnSku}`]: '0', [`reason.${returnSku}`]: '' });
    expect(empty.status).toBe(422);
    expect(decode(empty.text.match(/role="alert">([^<]+)</)![1])).toBe('Choose how many of at least one item to return');
    const wrong = await ask({ [`qty.${returnSku}`]: '1', [`reason.${returnSku}`]: '' });
    expect(wrong.status).toBe(422);
    expect(decode(wrong.text.match(/id="line-0-error">([^<]+)</)![1])).toBe('Enter a reason');
    expect(wrong.text).not.toMatch(/\b(reason|quantity|sku) (must|should|is)/);
  });

  it("save a location's orders a day: the radius sent back as shown keeps its km; text for the orders a day says a whole number is wanted", async () => {
    const form = { who: 'retailer' as const, page: () => '/retailer/settings/locations', post: () => `/retailer/settings/locations/${locationId}` };
    const locationOf = async () =>
      (await t.http.get(`/api/v1/retailer/locations/${locationId}`).set(bearer(shop.admin.token)).expect(200)).body as {
        serviceRadiusKm: number;
        dailyCapacity: number | null;
      };
    const before = await locationOf();
    const page = await t.http.get(form.page()).set(HTML).set('Cookie', sessions.retailer);
    const shownRadius = page.text.match(new RegExp(`id="radius-${locationId}"[^>]* value="([^"]+)"`))![1];
    expect(Number(shownRadius)).not.toBe(before.serviceRadiusKm);

    expect((await submit(form, { serviceRadius: shownRadius, dailyCapacity: '3' })).status).toBe(303);
    expect(await locationOf()).toMatchObject({ serviceRadiusKm: before.serviceRadiusKm, dailyCapacity: 3 });

    const wrong = await submit(form, { serviceRadius: shownRadius, dailyCapacity: 'abc' });
    expect(wrong.status).toBe(400);
    expect(shown(wrong.text).summary[`capacity-${locationId}`]).toBe('Orders a day must be a whole number');
    expect((await submit(form, { serviceRadius: shownRadius, dailyCapacity: '' })).status).toBe(303);
    expect(await locationOf()).toMatchObject({ serviceRadiusKm: before.serviceRadiusKm, dailyCapacity: null });
  });
});
