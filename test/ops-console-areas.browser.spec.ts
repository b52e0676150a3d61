import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, login, PASSWORD, Tenant } from './support/factories';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, signInThroughForm, workspaceContext } from './support/workspace-browser';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

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
    const bidOn = await placeOrder(t, slug, {
      lines: [{ sku: 'BIKE-1' }],
      ...PORTLAND,
      customer: { email: 'robin.ng@example.com', name: 'Robin Ng' },
    });
    await placeOrder(t, slug, { lines: [{ sku: 'BIKE-1' }], ...PORTLAND, customer: { email: 'sam.cole@example.com' } });
    await t.http.put(`/api/v1/retailer/board/${bidOn.id}/bid`).set(bearer(roseCity.admin.token)).send({ locationId: pearl.id }).expect(200);

    browser = await launchChromium();
    context = await workspaceContext(browser);
    page = await context.newPage();
    await signInThroughForm(page, base, '/ops', ops.email);
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
    expect(await page.getByRole('alert').getByRole('link').allTextContents()).toEqual([
      "Enter the admin's name",
      "Enter the admin's e-mail",
      'Enter a first password',
    ]);

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
    expect(await text('[role=status]')).toContain('Disabled: their sign-ins and tokens no longer work');
    expect(await text('#users')).toMatch(/lee@lakeoswego\.test\s+admin\s+disabled/);
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

    await page.getByRole('button', { name: 'Start a dry run' }).click();
    await page.waitForURL(/\/ops\/runs\/[0-9a-f-]{36}$/);
    visited.add(new URL(page.url()).pathname);
    // The page reloads itself (meta refresh) until the run has finished.
    await page.waitForFunction(() => document.querySelector('#run-state')?.textContent === 'Finished', undefined, { timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dry run: Finished');
    expect(await text('#to-retailers')).toBe('1');
    expect(await text('#sample')).toMatch(/Rose City Bikes/);
    expect(await sql(t, `SELECT count(*)::int AS n FROM awards`)).toEqual([{ n: 0 }]);

    await open('/ops/runs');
    await page.getByLabel('Orders of').selectOption({ label: 'Cascade Cycles' });
    await page.getByRole('button', { name: 'Start a real run' }).click();
    await page.waitForFunction(() => document.querySelector('#run-state')?.textContent === 'Finished', undefined, { timeout: 30_000 });
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
    expect(story).toMatch(/awarded to a retailer: The nearest dealer who confirmed they had it in stock, 8\.0 km away/);
    expect(await text('#fulfiller')).toMatch(/^Rose City Bikes/);
    expect(await text('#bids')).toMatch(/Rose City Bikes\s+Pearl District\s+8\.0 km\s+Won/);
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
    await eventually(
      async () => (await sql(t, `SELECT state FROM notifications WHERE id = $1`, [failed.id]))[0].state === 'delivered',
      'the retried delivery',
    );
    await open('/ops/deliveries');
    expect(await page.locator(`tr[data-notification-id="${failed.id}"] .state`).innerText()).toBe('Kept (no mail server set)');
  });

  it('refuses the console to other roles and to anyone signed out', async () => {
    for (const path of ['/ops/store-orders', '/ops/accounts', '/ops/outbox', '/ops/deliveries']) {
      await t.http.get(path).set(bearer(cascade.admin.token)).expect(403);
      await t.http.get(path).set(bearer(roseCity.admin.token)).expect(403);
      await t.http.get(path).expect(401);
    }
    await t.http.post('/ops/windows').type('form').send({ reason: 'Not allowed' }).expect(401);
    await t.http.post('/ops/windows').set(bearer(cascade.admin.token)).type('form').send({ reason: 'Not allowed' }).expect(403);
    // Signed in, but a form from another site carries no valid form token: refused, nothing changed.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const forged = await t.http
      .post('/ops/windows')
      .set('Cookie', cookie)
      .set('Accept', 'text/html')
      .type('form')
      .send({ reason: 'Forged from elsewhere' });
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('This form was not accepted');
    expect(await sql(t, `SELECT count(*)::int AS n FROM window_closures`)).toEqual([{ n: 1 }]);
  });

  it('every page: no accessibility problems, under 100 KB, usable at 390 px, screenshots at both sizes', async () => {
    const reports = [];
    for (const path of visited) {
      await page.goto(`${base}${path}`);
      const name = `ops-${path
        .replace(/^\/ops\//, '')
        .replace(/[0-9a-f-]{36}/g, 'id')
        .replace(/[^a-z]+/gi, '-')
        .replace(/-$/, '')}`;
      reports.push({ ...(await checkPage(page, name)), fitsPhone: await fitsPhoneWidth(page) });
    }
    console.table(reports.map(({ name, bytes, ttfbMs }) => ({ name, bytes, ttfbMs })));
    for (const report of reports) {
      expect({ name: report.name, violations: report.violations, light: report.bytes < PAGE_BUDGET_BYTES, fitsPhone: report.fitsPhone }).toEqual({
        name: report.name,
        violations: [],
        light: true,
        fitsPhone: true,
      });
    }
  }, 180_000);
});
