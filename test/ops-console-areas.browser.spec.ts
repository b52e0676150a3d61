import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { accessibilityProblems, artifactPath, launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, login, PASSWORD, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const PAGE_BUDGET_BYTES = 100 * 1024;

describe('the ops console runs the marketplace', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let ops: Account;
  let cascade: Tenant;
  let roseCity: Tenant;
  const visited = new Set<string>();

  /** Opens a console page, as ops, and remembers it for the accessibility, weight and phone checks. */
  const open = async (path: string) => {
    await page.goto(`${base}${path}`);
    visited.add(new URL(page.url()).pathname + new URL(page.url()).search);
  };
  const text = (selector: string) => page.locator(selector).innerText();

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50' });
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    ops = await createOps(t);
    cascade = await createManufacturer(t, ops, 'Cascade Cycles');
    roseCity = await createRetailer(t, ops, 'Rose City Bikes');
    await createProduct(t, cascade, { sku: 'BIKE-1' });
    await makeDealer(t, cascade, roseCity);
    const pearl = await addLocation(t, roseCity, northOf(PORTLAND, 8), { name: 'Pearl District' });
    const slug = await storeSlugOf(t, cascade);
    const bidOn = await placeOrder(t, slug, { lines: [{ sku: 'BIKE-1' }], ...PORTLAND, customer: { email: 'robin.ng@example.com', name: 'Robin Ng' } });
    await placeOrder(t, slug, { lines: [{ sku: 'BIKE-1' }], ...PORTLAND, customer: { email: 'sam.cole@example.com' } });
    await t.http.put(`/api/v1/retailer/board/${bidOn.id}/bid`).set(bearer(roseCity.admin.token)).send({ locationId: pearl.id }).expect(200);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${base}/ops/login`);
    await page.getByLabel('E-mail').fill(ops.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/ops/runs`);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('onboards a retailer with its first admin, saying what is missing first', async () => {
    await open('/ops/accounts');
    await page.getByLabel('Organisation name').fill('Lake Oswego Cycles');
    await page.getByRole('button', { name: 'Onboard' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await text('.error-summary')).toMatch(/admin\.email must be an e-mail address/);

    await page.getByLabel("Admin's name").fill('Lee Park');
    await page.getByLabel("Admin's e-mail").fill('lee@lakeoswego.test');
    await page.getByLabel('First password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Onboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lake Oswego Cycles' }).waitFor();
    expect(await text('[role=status]')).toContain('Onboarded');
    expect(await text('#users')).toContain('lee@lakeoswego.test');
    visited.add(new URL(page.url()).pathname);
    await login(t, 'lee@lakeoswego.test');

    await page.getByRole('button', { name: 'Disable lee@lakeoswego.test' }).click();
    expect(await text('[role=status]')).toContain('lee@lakeoswego.test is disabled');
    await expect(login(t, 'lee@lakeoswego.test')).rejects.toThrow();
    await open('/ops/accounts');
    expect(await text('#organisations')).toMatch(/Lake Oswego Cycles\s+retailer\s+—\s+0 of 1/);
  });

  it("closes a store's bidding windows with a reason, then a dry and a real run finish while the page follows them", async () => {
    await open('/ops/runs');
    await page.getByLabel('Store').selectOption({ label: 'Cascade Cycles' });
    await page.getByLabel('Reason').fill('Launch day: award today');
    await page.getByRole('button', { name: 'Close the windows' }).click();
    expect(await text('#windows [role=status]')).toContain('Closed the bidding windows of 2 orders (Cascade Cycles)');

    await page.getByLabel('Dry run (writes nothing)').check();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.waitForURL(/\/ops\/runs\/[0-9a-f-]{36}$/);
    visited.add(new URL(page.url()).pathname);
    // The page reloads itself (meta refresh) until the run has finished.
    await page.waitForFunction(() => document.querySelector('#run-state')?.textContent === 'completed', undefined, { timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dry run: completed');
    expect(await text('#to-retailers')).toBe('1');
    expect(await text('#sample')).toMatch(/Rose City Bikes/);
    expect(await sql(t, `SELECT count(*)::int AS n FROM awards`)).toEqual([{ n: 0 }]);

    await open('/ops/runs');
    await page.getByLabel('Real run (awards orders)').check();
    await page.getByLabel('Orders of').selectOption({ label: 'Cascade Cycles' });
    await page.getByRole('button', { name: 'Start the run' }).click();
    await page.waitForFunction(() => document.querySelector('#run-state')?.textContent === 'completed', undefined, { timeout: 30_000 });
    expect(await text('#to-retailers')).toBe('1');
    expect(await text('#to-manufacturers')).toBe('1');
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
  });

  it("finds an order by the customer's e-mail and tells its story, with its bids", async () => {
    await open('/ops/store-orders');
    await page.getByLabel('Order number or customer e-mail').fill('ROBIN.NG@');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await text('#result-count')).toMatch(/^1 order matching/);
    await page.locator('#orders tbody a').click();
    await page.getByRole('heading', { level: 1, name: /Order #\d+/ }).waitFor();
    visited.add(new URL(page.url()).pathname);
    const story = await text('#story');
    expect(story).toContain('Bidding closed early by Nearfill operations: Launch day: award today');
    expect(story).toMatch(/awarded to a retailer: The nearest retailer that had it in stock, 8\.0 km away/);
    expect(await text('#fulfiller')).toMatch(/^Rose City Bikes/);
    expect(await text('#bids')).toMatch(/Rose City Bikes\s+Pearl District\s+8\.0 km\s+won/);
  });

  it('previews an e-mail as the customer sees it', async () => {
    await eventually(async () => (await sql(t, `SELECT count(*)::int AS n FROM sent_emails`))[0].n >= 2, 'the order e-mails');
    await open('/ops/outbox?to=robin.ng%40example.com');
    const subjects = await page.locator('#emails tbody th a').allInnerTexts();
    expect(subjects.length).toBeGreaterThan(0);
    await page.locator('#emails tbody th a').first().click();
    await page.locator('iframe.preview').waitFor();
    visited.add(new URL(page.url()).pathname);
    const preview = page.frameLocator('iframe.preview');
    await preview.locator('body').waitFor();
    expect(await preview.locator('body').innerText()).toContain('Cascade Cycles');
  });

  it('retries a failed notification, which is then delivered', async () => {
    const [failed] = await sql(
      t,
      `UPDATE notifications SET state = 'failed', attempts = 10, last_error = 'SMTP 554: mailbox unavailable'
        WHERE id = (SELECT id FROM notifications WHERE channel = 'email' AND state = 'delivered' ORDER BY created_at LIMIT 1)
        RETURNING id`,
    ).then(([rows]) => rows);
    await open('/ops/deliveries?state=failed');
    const row = page.locator(`tr[data-notification-id="${failed.id}"]`);
    expect(await row.innerText()).toContain('SMTP 554: mailbox unavailable');
    await row.getByRole('button', { name: /^Retry/ }).click();
    expect(await text('[role=status]')).toContain('Queued again');
    await eventually(async () => (await sql(t, `SELECT state FROM notifications WHERE id = $1`, [failed.id]))[0].state === 'delivered', 'the retried delivery');
    await open('/ops/deliveries');
    expect(await page.locator(`tr[data-notification-id="${failed.id}"] .state`).innerText()).toBe('delivered');
  });

  it('refuses the console to other roles and to anyone signed out', async () => {
    for (const path of ['/ops/store-orders', '/ops/accounts', '/ops/outbox', '/ops/deliveries']) {
      await t.http.get(path).set(bearer(cascade.admin.token)).expect(403);
      await t.http.get(path).set(bearer(roseCity.admin.token)).expect(403);
      await t.http.get(path).expect(401);
    }
    await t.http.post('/ops/windows').type('form').send({ reason: 'Not allowed' }).expect(401);
    await t.http.post('/ops/windows').set(bearer(cascade.admin.token)).type('form').send({ reason: 'Not allowed' }).expect(403);
    expect(await sql(t, `SELECT count(*)::int AS n FROM window_closures`)).toEqual([{ n: 1 }]);
  });

  it('every page: no accessibility problems, under 100 KB, usable at 390 px, screenshots at both sizes', async () => {
    const audit = await browser.newContext({ bypassCSP: true });
    await audit.addCookies(await context.cookies());
    const auditPage = await audit.newPage();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.addCookies(await context.cookies());
    const phonePage = await phone.newPage();
    const report: Record<string, { problems: string[]; bytes: number; overflow: number }> = {};
    for (const path of visited) {
      const response = await auditPage.goto(`${base}${path}`);
      const bytes = (await response!.body()).length;
      const problems = await accessibilityProblems(auditPage);
      await phonePage.goto(`${base}${path}`);
      const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      report[path] = { problems, bytes, overflow };
      const name = path.replace(/^\/ops\//, '').replace(/[0-9a-f-]{36}/g, 'id').replace(/[^a-z]+/gi, '-').replace(/-$/, '');
      await page.goto(`${base}${path}`);
      await page.screenshot({ path: artifactPath(`ops-${name}-desktop.png`), fullPage: true });
      await phonePage.screenshot({ path: artifactPath(`ops-${name}-phone.png`), fullPage: true });
    }
    for (const [path, { problems, bytes, overflow }] of Object.entries(report)) {
      expect({ path, problems, light: bytes < PAGE_BUDGET_BYTES, overflow }).toEqual({ path, problems: [], light: true, overflow: 0 });
    }
    await audit.close();
    await phone.close();
  });
});
