import { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { addLocation, closeWindow, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe("the manufacturer's workspace", () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let ops: Account;
  let cascade: Tenant;
  let summit: Tenant;
  let roseCity: Tenant;
  let slug: string;
  let orderId: string;
  const visited = new Map<string, string>();

  const text = (selector: string) => page.locator(selector).innerText();
  const remember = (name: string) => visited.set(name, new URL(page.url()).pathname + new URL(page.url()).search);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    ops = await createOps(t);
    cascade = await createManufacturer(t, ops, 'Cascade Cycles');
    summit = await createManufacturer(t, ops, 'Summit Golf');
    roseCity = await createRetailer(t, ops, 'Rose City Bikes');
    await createProduct(t, cascade, { sku: 'BIKE-1' });
    slug = await storeSlugOf(t, cascade);
    await addLocation(t, roseCity, northOf(PORTLAND, 6), { name: 'Pearl District' });
    await t.http
      .post('/api/v1/retailer/dealers')
      .set(bearer(roseCity.admin.token))
      .send({ manufacturerId: cascade.id, note: 'We stock your range.' })
      .expect(201);
    browser = await launchChromium();
    context = await workspaceContext(browser);
    page = await context.newPage();
    await signInThroughForm(page, base, '/manufacturer', cascade.admin.email);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('brands the store with a preview first, and the storefront changes once saved', async () => {
    await page.goto(`${base}/manufacturer/branding`);
    await page.getByLabel('Store name').fill('Cascade Cycles PDX');
    await page.getByLabel('Tagline').fill('Built in Portland since 1974');
    await page.getByRole('button', { name: 'Preview' }).click();
    expect(await text('#preview-name')).toBe('Cascade Cycles PDX');
    expect(await text('#preview-heading')).toContain('not saved yet');
    expect((await t.http.get(`/s/${slug}`).expect(200)).text).not.toContain('Cascade Cycles PDX');

    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('[role=status]')).toContain('Saved');
    remember('manufacturer-store');
    const storefront = (await t.http.get(`/s/${slug}`).expect(200)).text;
    expect(storefront).toContain('Cascade Cycles PDX');
    expect(storefront).toContain('Built in Portland since 1974');
  });

  it('warns before a new address breaks links, and moves the store only once confirmed', async () => {
    await page.goto(`${base}/manufacturer/branding`);
    await page.getByLabel('Address (slug)').fill('cascade-pdx');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('#slug-warning')).toContain(`pointing to /s/${slug} will stop working`);
    await t.http.get('/s/cascade-pdx').expect(404);
    await page.getByLabel('Yes, move the store to /s/cascade-pdx').check();
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('[role=status]')).toContain('Saved');
    await t.http.get('/s/cascade-pdx').expect(200);
    slug = 'cascade-pdx';
  });

  it("adds a product in the store's currency, showing what the retailer nets after the platform fee", async () => {
    await page.goto(`${base}/manufacturer/catalogue/new`);
    await page.getByLabel('SKU').fill('HELMET-2');
    await page.getByLabel('Name').fill('Commuter helmet');
    await page.getByLabel('Price (USD)', { exact: true }).fill('89.95');
    await page.getByLabel('Fulfilment price (USD)').fill('70.555');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('[role=alert]')).toContain('Fulfilment price must be an amount in USD');
    await page.getByLabel('Fulfilment price (USD)').fill('70.00');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('[role=status]')).toContain('Product saved');
    remember('manufacturer-catalogue');
    // 70.00 less the default fee of 9.5% + 1.29 = 62.06.
    expect(await text('#products')).toMatch(/HELMET-2\s+Commuter helmet\s+\$89\.95\s+\$70\.00\s+\$62\.06\s+active/);
    expect((await t.http.get(`/s/${slug}`).expect(200)).text).toContain('Commuter helmet');

    await page.getByRole('link', { name: 'HELMET-2' }).click();
    remember('manufacturer-product');
    expect(await text('#net')).toContain('$62.06');
    await page.getByLabel('Active: customers can order it').uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('#products')).toMatch(/HELMET-2.*inactive/s);
  });

  it('uploads a product picture the storefront shows resized, with its description, and refuses a file that is not a picture', async () => {
    await page.goto(`${base}/manufacturer/catalogue`);
    await page.getByRole('link', { name: 'BIKE-1' }).click();
    await page.getByRole('button', { name: 'Upload picture' }).click();
    expect(await text('[role=alert]')).toContain('Choose a picture (JPEG, PNG or WebP)');
    expect(await page.getByLabel('Picture file').getAttribute('aria-invalid')).toBe('true');
    await page
      .getByLabel('Picture file')
      .setInputFiles({ name: 'bike.png', mimeType: 'image/png', buffer: Buffer.from('a text file named like a picture') });
    await page.getByRole('button', { name: 'Upload picture' }).click();
    expect(await text('[role=alert]')).toContain('not a JPEG, PNG or WebP picture');

    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1d4ed8' } })
      .png()
      .toBuffer();
    await page.getByLabel('Picture file').setInputFiles({ name: 'bike.png', mimeType: 'image/png', buffer: photo });
    await page.getByLabel('What the picture shows').fill('Blue road bike seen from the side');
    await page.getByRole('button', { name: 'Upload picture' }).click();
    expect(await text('[role=status]')).toContain('Picture uploaded');
    remember('manufacturer-product-picture');

    const storefront = await context.newPage();
    await storefront.goto(`${base}/s/${slug}/p/BIKE-1`);
    const picture = storefront.getByRole('img', { name: 'Blue road bike seen from the side' });
    await picture.first().waitFor();
    const loaded = await picture.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    const srcset = (await picture.first().getAttribute('srcset')) ?? '';
    await storefront.close();
    expect(loaded).toBe(true);
    expect(srcset.split(', ').map((s) => s.split(' ')[1])).toEqual(['320w', '640w', '1200w']);
    const copy = await t.http.get(srcset.split(' ')[0]).expect(200);
    expect(copy.headers['content-type']).toBe('image/webp');
    expect(copy.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await sharp(copy.body as Buffer).metadata()).width).toBe(320);

    // The catalogue shows each product's smallest copy as its thumbnail, and finds products by SKU or name.
    await page.goto(`${base}/manufacturer/catalogue`);
    expect(await page.locator('#products img.thumb').getAttribute('src')).toBe(srcset.split(' ')[0]);
    await page.getByLabel('Search by name, SKU or description').fill('helmet-2');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await text('#match-count')).toMatch(/^1 product matches/);
    expect(await page.locator('#products tbody tr').count()).toBe(1);
    remember('manufacturer-catalogue-search');
    await page.getByLabel('Search by name, SKU or description').fill('unicycle');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await text('#no-match')).toContain('No product matches “unicycle”');
  });

  it('approves a dealer request', async () => {
    await page.goto(`${base}/manufacturer/dealership`);
    expect(await text('#requests')).toContain('We stock your range.');
    remember('manufacturer-dealers');
    await page.getByRole('button', { name: 'Approve Rose City Bikes' }).click();
    expect(await text('[role=status]')).toContain('Approved');
    expect(await text('#approved')).toContain('Rose City Bikes');
    const board = await t.http.get('/api/v1/retailer/board').set(bearer(roseCity.admin.token)).expect(200);
    expect(board.body.items).toEqual([]);
  });

  it('follows an order to its award and reads its story', async () => {
    const placed = await placeOrder(t, slug, { lines: [{ sku: 'BIKE-1' }], ...PORTLAND, customer: { name: 'Robin Ng', email: 'robin@example.com' } });
    orderId = placed.id;
    await t.http.put(`/api/v1/retailer/board/${placed.id}/bid`).set(bearer(roseCity.admin.token)).send({}).expect(200);

    await page.goto(`${base}/manufacturer/sales?status=posted`);
    remember('manufacturer-orders');
    await page.getByRole('link', { name: `#${placed.number}` }).click();
    expect(await text('#order-status')).toBe('on the bid board');
    expect(await text('#fulfiller')).toBe('chosen when bidding closes');

    await closeWindow(t, placed.id);
    await resolveNow(t, ops.token);
    await page.reload();
    remember('manufacturer-order');
    expect(await text('#order-status')).toBe('awarded to a retailer');
    expect(await text('#fulfiller')).toMatch(/^Rose City Bikes/);
    const story = await text('#story');
    expect(story).toMatch(/waiting for payment: Order received by Cascade Cycles PDX/);
    expect(story).toMatch(/placed: Payment of \$[\d,.]+ authorised on Visa ending 4242/);
    expect(story).toMatch(/awarded to a retailer: The nearest dealer who confirmed they had it in stock/);
  });

  it("shows this month's statement with the retailer's shipment, totals per currency, and the same lines as CSV", async () => {
    await t.http
      .post(`/api/v1/retailer/orders/${orderId}/shipments`)
      .set(bearer(roseCity.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    await page.goto(`${base}/manufacturer/sales`);
    await page.getByRole('link', { name: 'Statements' }).click();
    remember('manufacturer-statement');
    const lines = await page.getByRole('table', { name: 'Shipped orders' }).innerText();
    expect(lines).toMatch(/Rose City Bikes\s+\$1,500\.00\s+\$1,200\.00/);
    expect(await page.getByRole('table', { name: /Totals/ }).innerText()).toMatch(/USD\s+1\s/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('Rose City Bikes');

    await page.goto(`${base}/manufacturer/statement?from=2026-05-01&to=2026-04-01`);
    expect(await text('[role=alert]')).toContain('from must be before to');
  });

  it("shows each approved dealer's record, stock feeds and locations on the map", async () => {
    await page.goto(`${base}/manufacturer/dealership`);
    remember('manufacturer-dealers-record');
    const row = await page.locator('#approved tbody tr').first().locator('td').allInnerTexts();
    expect(row.slice(0, 7)).toEqual(['1', '0', '0', '0 (won 0)', 'no ratings yet', 'none: bids by hand', 'Pearl District']);
    await page.getByRole('link', { name: 'Orders won' }).click();
    expect(await page.locator('#approved th[aria-sort]').innerText()).toContain('Orders won');
    expect(await page.locator('#dealer-map svg').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator('#dealer-map svg').textContent()).toContain('Pearl District');
  });

  it('cancels an order before the award, with a reason the customer reads', async () => {
    const placed = await placeOrder(t, slug, { lines: [{ sku: 'BIKE-1' }], ...PORTLAND });
    await page.goto(`${base}/manufacturer/sales/${placed.id}`);
    await page.getByRole('button', { name: 'Cancel the order' }).click();
    expect(await text('[role=alert]')).toContain('Enter a reason');
    expect(await text('#reason-error')).toBe('Enter a reason');
    await page.getByLabel('Reason (the customer sees it)').fill('ab');
    await page.getByRole('button', { name: 'Cancel the order' }).click();
    expect(await text('#reason-error')).toBe('Reason must say in a few words why the order is cancelled');
    await page.getByLabel('Reason (the customer sees it)').fill('Out of production');
    await page.getByRole('button', { name: 'Cancel the order' }).click();
    expect(await text('#order-status')).toBe('cancelled');
    const tracking = await t.http.get(`/api/v1/orders/track/${placed.trackingToken}`).expect(200);
    expect(JSON.stringify(tracking.body)).toContain('Out of production');
  });

  it('packs, ships and delivers an order nobody bid on, which it fulfils itself', async () => {
    const placed = await placeOrder(t, slug, {
      lines: [{ sku: 'BIKE-1', quantity: 2 }],
      ...PORTLAND,
      customer: { name: 'Sam Ortiz', email: 'sam@example.com' },
    });
    await closeWindow(t, placed.id);
    await resolveNow(t, ops.token);
    await page.goto(`${base}/manufacturer/sales/${placed.id}`);
    expect(await text('#order-status')).toBe('awarded to the manufacturer');
    // Checked here: once shipped, the form is gone from the page.
    const toShip = await checkPage(page, 'manufacturer-order-to-ship');
    expect({ violations: toShip.violations, light: toShip.bytes < PAGE_BUDGET_BYTES, fitsPhone: await fitsPhoneWidth(page) }).toEqual({
      violations: [],
      light: true,
      fitsPhone: true,
    });
    await page.getByRole('link', { name: 'Print the packing slip' }).click();
    remember('manufacturer-packing-slip');
    const slip = await text('article');
    expect(slip).toContain(`#${placed.number}`);
    expect(slip).toContain('Sam Ortiz');
    expect(slip).toMatch(/BIKE-1\s+Trail bike\s+2/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: `← Order #${placed.number}` }).click();
    await page.getByLabel('Carrier').fill('UPS');
    await page.getByLabel('Tracking number').fill('1Z#99');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    expect(await text('[role=alert]')).toContain('Tracking number');
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    expect(await text('[role=status]')).toContain('Marked as shipped');
    expect(await text('#order-status')).toBe('shipped');
    remember('manufacturer-order-shipped');
    await page.getByRole('button', { name: 'Mark as delivered' }).click();
    expect(await text('#order-status')).toBe('delivered');
    const tracking = await t.http.get(`/api/v1/orders/track/${placed.trackingToken}`).expect(200);
    expect(JSON.stringify(tracking.body)).toContain('1Z999AA10123456784');
  });

  it("refuses other roles and never shows another manufacturer's order", async () => {
    await t.http.get('/manufacturer/sales').set(bearer(roseCity.admin.token)).expect(403);
    await t.http.get('/manufacturer/sales').set(bearer(ops.token)).expect(403);
    await t.http.get('/manufacturer/sales').expect(401);
    await t.http.get(`/manufacturer/sales/${orderId}`).set(bearer(summit.admin.token)).expect(404);
    const forged = await t.http
      .post(`/manufacturer/sales/${orderId}/cancel`)
      .set('Cookie', (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; '))
      .set('Accept', 'text/html')
      .type('form')
      .send({ reason: 'Forged from another site' });
    expect(forged.status).toBe(403);
  });

  it('every page: no accessibility problems, under 100 KB, usable at 390 px, screenshots at both sizes', async () => {
    const reports = [];
    for (const [name, path] of visited) {
      await page.goto(`${base}${path}`);
      reports.push({ ...(await checkPage(page, name)), fitsPhone: await fitsPhoneWidth(page) });
    }
    console.table(reports.map(({ name, bytes, ttfbMs }) => ({ name, bytes, ttfbMs })));
    for (const r of reports) {
      expect({ name: r.name, violations: r.violations, light: r.bytes < PAGE_BUDGET_BYTES, fitsPhone: r.fitsPhone }).toEqual({
        name: r.name,
        violations: [],
        light: true,
        fitsPhone: true,
      });
    }
  }, 120_000);
});
