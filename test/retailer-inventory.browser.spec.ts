import { Browser, Page } from 'playwright-core';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('the retailer inventory page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let cascade: Tenant;
  let roseCity: Tenant;
  let slug: string;
  let sku: string;
  const reports: PageReport[] = [];

  /** Figures and screenshots, held to the workspace's bar: no axe violation, < 100 KB, fits a phone. */
  const check = async (name: string) => {
    const report = await checkPage(page, `retailer-${name}`);
    reports.push(report);
    expect(report.violations).toEqual([]);
    expect(report.bytes).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(await fitsPhoneWidth(page)).toBe(true);
  };

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50' });
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    const ops = await createOps(t);
    cascade = await createManufacturer(t, ops, 'Cascade Cycles');
    roseCity = await createRetailer(t, ops, 'Rose City Bikes');
    slug = await storeSlugOf(t, cascade);
    sku = (await createProduct(t, cascade, { sku: 'BK-TRAIL-M', name: 'Trail bike' })).sku;
    await makeDealer(t, cascade, roseCity);
    await addLocation(t, roseCity, northOf(PORTLAND, 10), { name: 'Pearl District' });
    browser = await launchChromium();
    page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, base, '/retailer', roseCity.admin.email);
  });

  afterAll(async () => {
    console.log(reports.map((r) => `${r.name}: ${(r.bytes / 1024).toFixed(1)} KB, TTFB ${r.ttfbMs} ms, axe ${r.violations.length}`).join('\n'));
    await browser?.close();
    await t?.close();
  });

  it('shows a location never counted, and a pasted CSV with a bad row is refused beside the form, naming the line', async () => {
    await page.goto(`${base}/retailer/stock`);
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    expect(await page.getByRole('row', { name: /Pearl District/ }).textContent()).toContain('never');
    await check('inventory-empty');

    await page.getByLabel('CSV: a header row, then one product per row').fill(`sku,quantity\n${sku},2\nNOPE,1\n`);
    await page.getByRole('button', { name: 'Save count' }).click();
    const error = page.locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('line 3: SKU "NOPE" is not in the catalogue');
    expect(await page.getByLabel('CSV: a header row, then one product per row').inputValue()).toContain('NOPE,1');
    await check('inventory-csv-error');
  });

  it('saves a count, turns automatic bids on, and shows why a new order was bid on', async () => {
    await page.getByLabel('CSV: a header row, then one product per row').fill(`sku,quantity\n${sku},2\n`);
    await page.getByRole('button', { name: 'Save count' }).click();
    await page.getByRole('status').filter({ hasText: 'Stock count saved' }).waitFor();
    const row = await page.getByRole('row', { name: /Pearl District/ }).textContent();
    expect(row).toContain('fresh');

    await page.getByRole('button', { name: 'Turn on for Cascade Cycles' }).click();
    await page.getByRole('status').filter({ hasText: 'Automatic bids are on' }).waitFor();
    const order = await placeOrder(t, slug, { lines: [{ sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    await eventually(async () => {
      const { body } = await t.http.get(`/api/v1/retailer/auto-bids/decisions?orderId=${order.id}`).set(bearer(roseCity.admin.token)).expect(200);
      return body.items.length > 0;
    }, 'the automatic decision');
    await page.goto(`${base}/retailer/stock`);
    const decision = await page.getByRole('row', { name: new RegExp(`#${order.number}`) }).textContent();
    expect(decision).toContain('Bid from Pearl District');
    const stockRow = page.getByRole('row', { name: /Pearl District/ }).first();
    expect(await stockRow.locator('td[data-label="On hand"]').textContent()).toBe('2');
    expect(await stockRow.locator('td[data-label="Held by bids"]').textContent()).toBe('1');
    await check('inventory');
  });

  it('takes the count as a CSV file too: no file and a bad row are said beside the file field', async () => {
    await page.goto(`${base}/retailer/stock`);
    const file = page.getByLabel('Or upload a stock file (CSV)');
    const upload = page.getByRole('button', { name: 'Upload count for Pearl District' });
    await upload.click();
    const error = page.locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Choose a stock file (CSV)');
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).not.toContain('/api/');

    await file.setInputFiles({ name: 'stock.csv', mimeType: 'text/csv', buffer: Buffer.from(`sku,quantity\n${sku},-2\n`) });
    await upload.click();
    await error.waitFor();
    expect(await error.textContent()).toContain('line 2: quantity "-2" must be a whole number');
    await check('inventory-file-error');

    await file.setInputFiles({ name: 'stock.csv', mimeType: 'text/csv', buffer: Buffer.from(`sku,quantity\n${sku},5\n`) });
    await upload.click();
    await page.getByRole('status').filter({ hasText: 'Stock count saved' }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /Pearl District/ })
        .first()
        .locator('td[data-label="On hand"]')
        .textContent(),
    ).toBe('5');
  });

  it("refuses a bid the count cannot cover on the order's own card, saying what is short, and places none", async () => {
    // 5 on hand, 1 held by the automatic bid: an order of 5 cannot be covered.
    const order = await placeOrder(t, slug, { lines: [{ sku, quantity: 5 }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    await page.goto(`${base}/retailer/bid-board`);
    const card = page.locator(`#order-${order.id}`);
    await card.getByRole('button', { name: `Bid on #${order.number}` }).click();
    const error = card.locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(sku);
    expect(await card.getByRole('button', { name: `Bid on #${order.number}` }).getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await page.getByRole('alert').getByRole('link').textContent()).toBe(await error.textContent());
    await check('board-bid-refused');
    const { body } = await t.http.get('/api/v1/retailer/bids').set(bearer(roseCity.admin.token)).expect(200);
    expect(body.items.map((b: { orderId: string }) => b.orderId)).not.toContain(order.id);
  });
});
