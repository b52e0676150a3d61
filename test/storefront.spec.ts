import { DataSource } from 'typeorm';
import { bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const checkoutForm = (overrides: Record<string, string> = {}) => ({
  idempotencyKey: 'form-key-0001',
  sku: 'BK-1',
  quantity: '2',
  'customer.name': 'Jamie Rivera',
  'customer.email': 'jamie@example.com',
  'customer.phone': '',
  'shippingAddress.line1': '1200 SW Main St',
  'shippingAddress.line2': '',
  'shippingAddress.city': 'Portland',
  'shippingAddress.region': 'OR',
  'shippingAddress.postalCode': '97201',
  'shippingAddress.country': 'US',
  ...overrides,
});

describe('the branded HTML storefront', () => {
  let t: TestApp;
  let maker: Tenant;
  let slug: string;
  const orderCount = async () => Number((await t.app.get(DataSource).query('SELECT count(*) AS n FROM orders'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    maker = await createManufacturer(t, await createOps(t), 'Cascade Cycles');
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ tagline: 'Hand-built in Portland <3', primaryColor: '#0f766e', supportEmail: 'help@cascade.test' })
      .expect(200);
    slug = await storeSlugOf(t, maker);
    await createProduct(t, maker, { sku: 'BK-1', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
  });
  afterAll(() => t.close());

  it("renders the catalogue in the manufacturer's branding, escaping its text", async () => {
    const page = await t.http.get(`/s/${slug}`).expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('Cascade Cycles');
    expect(page.text).toContain('Hand-built in Portland &lt;3');
    expect(page.text).toContain('--primary: #0f766e');
    expect(page.text).toContain('Road bike');
    expect(page.text).toContain('$1,299.00');
    expect(page.text).toContain('help@cascade.test');
  });

  it('shows a neutral 404 page for an unknown store or product', async () => {
    const store = await t.http.get('/s/no-such-store').expect(404);
    expect(store.text).toContain('There is no store at this address');
    expect(store.text).not.toContain('Cascade Cycles');
    const product = await t.http.get(`/s/${slug}/p/NOPE`).expect(404);
    expect(product.text).toContain('This product is not available');
  });

  it('shows form errors next to their fields and writes nothing', async () => {
    const before = await orderCount();
    const response = await t.http
      .post(`/s/${slug}/checkout`)
      .type('form')
      .send(checkoutForm({ 'customer.email': 'not-an-email', 'shippingAddress.city': '' }));
    expect(response.status).toBe(422);
    expect(response.text).toMatch(/id="customer-email"[^>]*aria-invalid="true"[^>]*aria-describedby="customer-email-error"/);
    expect(response.text).toContain('<p class="error" id="customer-email-error">email must be an e-mail address</p>');
    expect(response.text).toContain('<p class="error" id="shippingAddress-city-error">This field is required</p>');
    // What the customer typed is kept.
    expect(response.text).toContain('value="1200 SW Main St"');
    expect(await orderCount()).toBe(before);
  });

  it('places one order for a double submit of the same form, and redirects to its confirmation', async () => {
    const before = await orderCount();
    const form = checkoutForm({ idempotencyKey: 'double-submit-0001' });
    const [first, second] = await Promise.all([
      t.http.post(`/s/${slug}/checkout`).type('form').send(form),
      t.http.post(`/s/${slug}/checkout`).type('form').send(form),
    ]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await orderCount()).toBe(before + 1);

    const confirmation = await t.http.get(first.headers.location).expect(200);
    expect(confirmation.text).toMatch(/Order #\d+ is placed/);
    expect(confirmation.text).toContain('$2,598.00');
  });

  it('tells the customer when the ZIP code cannot be found', async () => {
    const response = await t.http.post(`/s/${slug}/checkout`).type('form').send(checkoutForm({ idempotencyKey: 'zip-0001', 'shippingAddress.postalCode': '00000' }));
    expect(response.status).toBe(422);
    expect(response.text).toContain('We could not find this ZIP code');
  });
});
