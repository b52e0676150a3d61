import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { Account, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { closeWindow } from './support/board';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('the retailer workspace in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ops: Account;
  let cascade: Tenant;
  let roseCity: Tenant;
  let harbour: Tenant;
  let slug: string;
  let sku: string;
  let orderId: string;
  let orderNumber: string;
  let context: BrowserContext;
  let page: Page;
  const reports: PageReport[] = [];

  /** Records the page's figures and screenshots, and holds it to the workspace's bar: no axe violation, < 100 KB, fits a phone. */
  const check = async (name: string) => {
    const report = await checkPage(page, `retailer-${name}`);
    reports.push(report);
    expect(report.violations).toEqual([]);
    expect(report.bytes).toBeLessThan(100_000);
    expect(await fitsPhoneWidth(page)).toBe(true);
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    ops = await createOps(t);
    [cascade, roseCity, harbour] = await Promise.all([
      createManufacturer(t, ops, 'Cascade Cycles'),
      createRetailer(t, ops, 'Rose City Bikes'),
      createRetailer(t, ops, 'Harbour Sports'),
    ]);
    slug = await storeSlugOf(t, cascade);
    sku = (await createProduct(t, cascade, { name: 'Trail bike', fulfilmentPriceMinor: 120000 })).sku;
    await makeDealer(t, cascade, roseCity);
    await makeDealer(t, cascade, harbour);
    await addLocation(t, roseCity, northOf(PORTLAND, 10), { name: 'Pearl District' });
    await addLocation(t, roseCity, northOf(PORTLAND, 40), { name: 'Vancouver WA' });
    await addLocation(t, harbour, northOf(PORTLAND, 30), { name: 'Harbour' });
    const placed = await placeOrder(t, slug, { lines: [{ sku, quantity: 2 }], customer: { name: 'Jamie Rivera' } });
    orderId = placed.id;
    orderNumber = placed.number;
    await placeOrder(t, slug, { lines: [{ sku }], postalCode: '97214' });
    browser = await launchChromium();
    context = await workspaceContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    // The closing figures: every page's weight, time to first byte and axe count.
    console.log(reports.map((r) => `${r.name}: ${(r.bytes / 1024).toFixed(1)} KB, TTFB ${r.ttfbMs} ms, axe ${r.violations.length}`).join('\n'));
    await browser?.close();
    await t?.close();
  });

  it('refuses a manufacturer at sign-in with a message saying where it signs in', async () => {
    await page.goto(`${base}/retailer/bid-board`);
    await page.waitForURL(/\/retailer\/login\?next=%2Fretailer%2Fbid-board$/);
    await check('sign-in');
    await page.getByLabel('E-mail').fill(cascade.admin.email);
    await page.getByLabel('Password').fill('correct-horse-battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('is a manufacturer account. Manufacturers sign in at /manufacturer.');
  });

  it('signs a retailer in with a session cookie scoped to /retailer and shows the board with the map', async () => {
    await signInThroughForm(page, base, '/retailer', roseCity.admin.email);
    await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'nearfill_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/retailer' });
    const card = page.locator(`#order-${orderId}`);
    expect(await card.textContent()).toContain('Portland, OR 97201');
    expect(await card.textContent()).toContain('$2,400.00');
    expect(await card.textContent()).toMatch(/\d+(\.\d)? mi from Pearl District/);
    expect(await card.textContent()).toMatch(/P[SD]T/);
    expect(await page.content()).not.toContain('Jamie Rivera');
    expect(await page.getByRole('img', { name: /Your locations/ }).count()).toBe(1);
    await check('board');
  });

  it('bids with one click from the chosen location, and can withdraw', async () => {
    const card = page.locator(`#order-${orderId}`);
    await card.getByLabel('Ship from').selectOption({ label: 'Vancouver WA' });
    await card.getByRole('button', { name: `Bid on #${orderNumber}` }).click();
    await page.getByRole('status').filter({ hasText: 'Bid placed' }).waitFor();
    await card.getByRole('button', { name: `Withdraw bid on #${orderNumber}` }).click();
    await page.getByRole('status').filter({ hasText: 'Bid withdrawn' }).waitFor();
    await card.getByRole('button', { name: `Bid on #${orderNumber}` }).click();
    await page.getByRole('status').filter({ hasText: 'Bid placed' }).waitFor();
  });
});
