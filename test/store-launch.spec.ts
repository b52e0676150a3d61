import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, orderBody, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const WAREHOUSE = { line1: '1 Factory Rd', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' };

describe('a new store is a draft until its manufacturer launches it', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Draft Bikes', { draft: true });
    slug = await storeSlugOf(t, maker);
  });

  afterAll(() => t?.close());

  const store = (token = maker.admin.token) => t.http.get('/api/v1/manufacturer/store').set(bearer(token));
  const launch = () => t.http.post('/api/v1/manufacturer/store/launch').set(bearer(maker.admin.token));

  it('hides a draft from the public: its pages, products, the landing list and the orders API answer not found', async () => {
    expect((await store().expect(200)).body).toMatchObject({ launchedAt: null });
    await t.http.get(`/api/v1/stores/${slug}`).expect(404);
    await t.http.get(`/api/v1/stores/${slug}/products`).expect(404);
    const page = await t.http.get(`/s/${slug}`).expect(404);
    expect(page.text).toContain('There is no store at this address.');
    expect(page.text).not.toContain('Draft Bikes');
    expect((await t.http.get('/').expect(200)).text).not.toContain(`/s/${slug}`);
    const sku = (await createProduct(t, maker)).sku;
    await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', 'draft-order')
      .send(orderBody({ lines: [{ sku }] }))
      .expect(404);
    expect(await t.app.get(DataSource).query(`SELECT 1 FROM orders o JOIN stores s ON s.id = o.store_id WHERE s.slug = $1`, [slug])).toHaveLength(0);
  });

  it("tells nobody a draft exists through the pickup list or a retailer's dealership request: both answer as for no store", async () => {
    const missing = (await t.http.get(`/api/v1/stores/no-such-store/pickup-locations?postalCode=97201`).expect(404)).body.message;
    expect((await t.http.get(`/api/v1/stores/${slug}/pickup-locations?postalCode=97201`).expect(404)).body.message).toBe(missing);
    const shop = await createRetailer(t, ops);
    const ask = (body: object) => t.http.post('/api/v1/retailer/dealers').set(bearer(shop.admin.token)).send(body);
    const unknown = (await ask({ storeSlug: 'no-such-store' }).expect(404)).body.message;
    expect((await ask({ storeSlug: slug }).expect(404)).body.message).toBe(unknown);
    await ask({ manufacturerId: maker.id }).expect(404);
    expect(await t.app.get(DataSource).query(`SELECT 1 FROM dealer_approvals WHERE manufacturer_id = $1`, [maker.id])).toHaveLength(0);
  });

  it('refuses to launch until the checklist is done, naming what is missing, then opens the store', async () => {
    // A product with a price exists (previous test); branding and warehouse do not yet.
    expect((await store().expect(200)).body.launchChecklist).toEqual([
      expect.objectContaining({ key: 'product', done: true }),
      expect.objectContaining({ key: 'branding', done: false }),
      expect.objectContaining({ key: 'warehouse', done: false }),
    ]);
    const refused = await launch().expect(409);
    expect(refused.body.message).toBe('Before launching, add what is missing: your branding: a logo or your own colours; your warehouse address');
    await t.http.get(`/api/v1/stores/${slug}`).expect(404);

    const logo = await sharp({ create: { width: 400, height: 120, channels: 3, background: '#0f766e' } })
      .png()
      .toBuffer();
    await t.http.post('/api/v1/manufacturer/store/logo').set(bearer(maker.admin.token)).attach('image', logo, 'logo.png').expect(200);
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ warehouse: WAREHOUSE }).expect(200);
    const launched = await launch().expect(200);
    expect(Date.parse(launched.body.launchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await t.http.get(`/api/v1/stores/${slug}`).expect(200)).body.name).toBe('Draft Bikes');
    // Launching twice keeps the first moment.
    expect((await launch().expect(200)).body.launchedAt).toBe(launched.body.launchedAt);
    // Open now: retailers may ask to deal for it, and shoppers may look for pickup stores.
    await t.http.get(`/api/v1/stores/${slug}/pickup-locations?postalCode=97201`).expect(200);
    const shop = await createRetailer(t, ops);
    await t.http.post('/api/v1/retailer/dealers').set(bearer(shop.admin.token)).send({ storeSlug: slug }).expect(201);
  });
});

describe("the store's logo and hero picture", () => {
  let t: TestApp;
  let maker: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Hero Bikes');
    other = await createManufacturer(t, ops, 'Other Bikes');
  });

  afterAll(() => t?.close());

  const upload = (kind: string, token = maker.admin.token) => t.http.post(`/api/v1/manufacturer/store/${kind}`).set(bearer(token));

  it('stores a hero as WebP copies, shows it publicly and on the catalogue page, and removes it', async () => {
    const photo = await sharp({ create: { width: 1400, height: 500, channels: 3, background: '#1d4ed8' } })
      .jpeg()
      .toBuffer();
    const res = await upload('hero').attach('image', photo, 'hero.jpg').expect(200);
    expect(res.body.heroImageVariants.map((v: { width: number }) => v.width)).toEqual([640, 1200, 1400]);
    expect(res.body.heroImageUrl).toBe(res.body.heroImageVariants[2].url);
    const slug = res.body.slug;
    expect((await t.http.get(`/api/v1/stores/${slug}`).expect(200)).body.heroImageUrl).toBe(res.body.heroImageUrl);
    const served = await t.http.get(res.body.heroImageUrl).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('immutable');
    expect((await t.http.get(`/s/${slug}`).expect(200)).text).toContain(`src="${res.body.heroImageUrl}"`);

    const removed = await t.http.delete('/api/v1/manufacturer/store/hero').set(bearer(maker.admin.token)).expect(200);
    expect(removed.body).toMatchObject({ heroImageUrl: null, heroImageVariants: [] });
    expect((await t.http.get(`/s/${slug}`).expect(200)).text).not.toContain('class="hero"');
  });

  it("replaces the logo with an upload and changes only the uploader's store", async () => {
    const first = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#b91c1c' } })
      .png()
      .toBuffer();
    const second = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#047857' } })
      .webp()
      .toBuffer();
    const a = (await upload('logo').attach('image', first, 'a.png').expect(200)).body.logoUrl;
    const b = (await upload('logo').attach('image', second, 'b.webp').expect(200)).body.logoUrl;
    expect(a).toMatch(/^\/media\/products\/[0-9a-f]{32}\.webp$/);
    expect(b).not.toBe(a);
    expect((await t.http.get(`/s/${(await t.http.get('/api/v1/manufacturer/store').set(bearer(maker.admin.token))).body.slug}`)).text).toContain(
      `src="${b}"`,
    );
    expect((await t.http.get('/api/v1/manufacturer/store').set(bearer(other.admin.token))).body.logoUrl).toBeNull();
  });

  it('refuses a missing file, a file that is not a picture and unknown parts with messages that say what to do', async () => {
    expect((await upload('logo').send({}).expect(400)).body.message).toBe('Choose a logo image (JPEG, PNG or WebP)');
    expect((await upload('hero').attach('image', Buffer.alloc(0), 'empty.png').expect(400)).body.message).toBe(
      'Choose a hero image (JPEG, PNG or WebP)',
    );
    expect((await upload('logo').attach('image', Buffer.from('%PDF-1.7'), 'logo.png').expect(422)).body.message).toBe(
      'The file is not a JPEG, PNG or WebP picture that can be read',
    );
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await upload('logo').field('imageAlt', 'x').attach('image', png, 'a.png').expect(400)).body.message).toBe(
      'imageAlt is not a field of this upload',
    );
    await upload('banner').attach('image', png, 'a.png').expect(404);
  });
});
