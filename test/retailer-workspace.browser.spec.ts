import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { startWebhookReceiver } from './support/webhook-receiver';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

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
  let otherOrderId: string;
  let summitSlug: string;
  let vancouver: LocationFixture;
  let context: BrowserContext;
  let page: Page;
  const reports: PageReport[] = [];

  /** Records the page's figures and screenshots, and holds it to the workspace's bar: no axe violation, < 100 KB, fits a phone. */
  const check = async (name: string, on: Page = page) => {
    const report = await checkPage(on, `retailer-${name}`);
    reports.push(report);
    expect(report.violations).toEqual([]);
    expect(report.bytes).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(await fitsPhoneWidth(on)).toBe(true);
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
    vancouver = await addLocation(t, roseCity, northOf(PORTLAND, 40), { name: 'Vancouver WA' });
    summitSlug = await storeSlugOf(t, await createManufacturer(t, ops, 'Summit Golf'));
    await addLocation(t, harbour, northOf(PORTLAND, 30), { name: 'Harbour' });
    const placed = await placeOrder(t, slug, { lines: [{ sku, quantity: 2 }], customer: { name: 'Jamie Rivera' } });
    orderId = placed.id;
    orderNumber = placed.number;
    otherOrderId = (await placeOrder(t, slug, { lines: [{ sku }], postalCode: '97214' })).id;
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
    // Net of the platform fee (9.5% + $1.29 in tests): what the statement will say the shop receives for it.
    expect(await card.textContent()).toContain('(you receive $2,170.71 after the platform fee)');
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
    await card.getByLabel('Ship from').selectOption({ label: 'Pearl District' });
    await card.getByRole('button', { name: `Bid on #${orderNumber}` }).click();
    await page.getByRole('status').filter({ hasText: 'Bid placed' }).waitFor();
    const bids = await t.http.get('/api/v1/retailer/bids').set(bearer(roseCity.admin.token)).expect(200);
    expect(bids.body.items).toEqual([
      expect.objectContaining({ orderId, status: 'open', location: expect.objectContaining({ name: 'Pearl District' }) }),
    ]);
  });

  it('refuses a form posted from another site, and one without its form token, changing nothing', async () => {
    const attacker = createServer((_, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<form method="post" action="${base}/retailer/bid-board/${otherOrderId}/bid"><button>Win a prize</button></form>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, 'localhost', resolve));
    try {
      const attackerPage = await context.newPage();
      await attackerPage.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      await attackerPage.getByRole('button', { name: 'Win a prize' }).click();
      // SameSite=Strict: the session cookie does not travel with another site's post, so it lands on the sign-in page.
      await attackerPage.waitForURL(/\/retailer\/login/);
      await attackerPage.close();
    } finally {
      attacker.close();
    }
    // Same browser, session cookie sent, but no token from one of our pages: refused with a page that says so.
    const forged = await page.request.post(`${base}/retailer/bid-board/${otherOrderId}/bid`, {
      form: { locationId: '' },
      headers: { Accept: 'text/html' },
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('This form was not accepted');
    const bids = await t.http.get('/api/v1/retailer/bids').set(bearer(roseCity.admin.token)).expect(200);
    expect(bids.body.items.map((b: { orderId: string }) => b.orderId)).toEqual([orderId]);
  });

  it('after the run, shows the won order with the customer, prints the slip and ships with a tracking number', async () => {
    await t.http.put(`/api/v1/retailer/board/${orderId}/bid`).set(bearer(harbour.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token);

    await page.getByRole('link', { name: 'Won orders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Won orders' }).waitFor();
    expect(await page.locator('table').textContent()).toContain('Jamie Rivera');
    await check('won-orders');

    await page.getByRole('link', { name: `#${orderNumber}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Order #${orderNumber}`) }).waitFor();
    const customer = await page.getByRole('region', { name: 'Customer' }).textContent();
    expect(customer).toContain('Jamie Rivera');
    expect(customer).toContain('1200 SW Main St');
    expect(customer).toContain('jamie@example.com');
    expect(await page.getByText(/left\)/).count()).toBeGreaterThan(0);
    expect(await page.getByText('goes at once to the next-nearest retailer').count()).toBe(1);
    // Plain words for the state, and the exact distance says what it is measured to.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Won — ship it');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toContain('awarded');
    expect(await page.getByRole('region', { name: 'Fulfilment' }).textContent()).toMatch(/\d mi to the customer’s address/);
    // The navigation counts the orders waiting to be shipped, in words for a screen reader.
    const wonLink = page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: /^Won orders/ });
    const toShip = async () => Number(/(\d+) to ship/.exec((await wonLink.textContent()) ?? '')?.[1] ?? 0);
    const waitingBefore = await toShip();
    expect(waitingBefore).toBeGreaterThanOrEqual(1);
    await check('won-order');

    await page.getByRole('link', { name: 'Packing slip' }).click();
    await page.getByRole('heading', { level: 1, name: /Packing slip/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ws-header').isVisible()).toBe(false);
    expect(await page.getByRole('article').textContent()).toContain('Jamie Rivera');
    await page.emulateMedia({ media: 'screen' });
    await check('packing-slip');

    await page.goBack();
    await page.getByLabel('Carrier').fill('UPS');
    await page.getByLabel('Tracking number').fill('no!');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Tracking number must be 4 to 40 letters');
    await check('won-order-error');
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as shipped' }).waitFor();
    expect(await toShip()).toBe(waitingBefore - 1);
    const fulfilment = page.getByRole('region', { name: 'Fulfilment' });
    expect(await fulfilment.textContent()).toMatch(/Shipped.+with UPS, tracking number 1Z999AA10123456784/);
    // A listed carrier's number links to that carrier's own tracking page.
    expect(await fulfilment.getByRole('link', { name: '1Z999AA10123456784 on UPS’s site' }).getAttribute('href')).toBe(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
    await check('won-order-shipped');
    // Delivering is its own confirmed step: the button alone (where "Mark as shipped" was) does nothing.
    await page.getByLabel('The carrier shows it delivered').evaluate((box) => box.removeAttribute('required'));
    await page.getByRole('button', { name: 'Mark as delivered' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Tick “The carrier shows it delivered” once its tracking says so');
    expect(await page.locator('#confirmDelivered-error').textContent()).toContain('Tick “The carrier shows it delivered”');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Shipped');
    await check('won-order-deliver-error');
    await page.getByLabel('The carrier shows it delivered').check();
    await page.getByRole('button', { name: 'Mark as delivered' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as delivered' }).waitFor();
    expect(await fulfilment.textContent()).toContain('Delivered');
  });

  it('lists its bids with their outcome', async () => {
    await page.getByRole('link', { name: 'Bids' }).click();
    const row = page.getByRole('row').filter({ hasText: `#${orderNumber}` });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Won');
    // A won order's bidding is over (its window was closed early): it says so, not when it would have closed.
    expect(await row.getByRole('cell').last().textContent()).toBe('Closed');
    // Before the award a bid knows only the order's area, and says so.
    expect(await row.textContent()).toMatch(/about [\d.]+ mi to the order’s area/);
    expect(await page.getByLabel('Outcome').locator('option').allTextContents()).toEqual(['All', 'Open', 'Withdrawn', 'Won', 'Lost']);
    await check('bids');
  });

  it("shows the shipped order on this month's statement, with totals and the CSV", async () => {
    await page.getByRole('link', { name: 'Statements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statements' }).waitFor();
    const lines = page.getByRole('table', { name: 'Shipped orders' });
    expect(await lines.textContent()).toContain(`#${orderNumber}`);
    // The board's net for this order is the statement's own figure.
    expect(
      await lines
        .getByRole('row')
        .filter({ hasText: `#${orderNumber}` })
        .textContent(),
    ).toContain('$2,170.71');
    expect(await page.getByRole('table', { name: /Totals/ }).textContent()).toContain('USD');
    await check('statement');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[1]).toContain(orderNumber);
  });

  it('adds a location by ZIP, edits its radius, and warns which bids deactivating another withdraws', async () => {
    const fresh = await placeOrder(t, slug, { lines: [{ sku }], postalCode: '98660' });
    await t.http.put(`/api/v1/retailer/board/${fresh.id}/bid`).set(bearer(roseCity.admin.token)).send({ locationId: vancouver.id }).expect(200);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Locations' }).waitFor();
    expect(await page.getByText('Leave blank for 50 mi').count()).toBe(1);
    await page.getByLabel('Name', { exact: true }).fill('Hawthorne');
    await page.getByLabel('Street').fill('3500 SE Hawthorne Blvd');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State or region').fill('OR');
    await page.getByLabel('ZIP or postal code').fill('00000');
    await page.locator('#serviceRadius').fill('25');
    await page.getByRole('button', { name: 'Add location' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('We could not locate ZIP code "00000"');
    expect(await page.getByLabel('Street').inputValue()).toBe('3500 SE Hawthorne Blvd');
    await check('locations-error');
    await page.getByLabel('ZIP or postal code').fill('97214');
    await page.getByRole('button', { name: 'Add location' }).click();
    await page.getByRole('status').filter({ hasText: 'Location added' }).waitFor();
    const hawthorne = page.getByRole('listitem').filter({ hasText: 'Hawthorne' });
    expect(await hawthorne.getByLabel('Service radius (mi)').inputValue()).toBe('25');
    // A location that took the default radius (80 km) reads in round miles, not 49.7.
    expect(await page.getByRole('listitem').filter({ hasText: 'Pearl District' }).getByLabel('Service radius (mi)').inputValue()).toBe('50');
    await hawthorne.getByLabel('Service radius (mi)').fill('30');
    await hawthorne.getByRole('button', { name: 'Save Hawthorne' }).click();
    await page.getByRole('status').filter({ hasText: 'Location saved' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Hawthorne' }).getByLabel('Service radius (mi)').inputValue()).toBe('30');
    await check('locations');

    await page.getByRole('link', { name: 'Deactivate Vancouver WA…' }).click();
    expect(await page.locator('.warning').textContent()).toContain('1 open bid');
    await check('deactivate-location');
    await page.getByRole('button', { name: 'Deactivate and withdraw 1 bid' }).click();
    await page.getByRole('status').filter({ hasText: 'Location deactivated' }).waitFor();
    const bids = await t.http.get(`/api/v1/retailer/bids?status=withdrawn`).set(bearer(roseCity.admin.token)).expect(200);
    expect(bids.body.items.map((b: { orderId: string }) => b.orderId)).toEqual([fresh.id]);
  });

  it('asks a manufacturer to become its dealer and shows the request as pending', async () => {
    await page.getByRole('link', { name: 'Dealers' }).click();
    // Chosen from the marketplace's manufacturers, not typed: the ones it deals for already are not offered.
    const choices = await page.getByLabel('Manufacturer', { exact: true }).locator('option').allTextContents();
    expect(choices).toContain('Summit Golf');
    expect(choices).not.toContain('Cascade Cycles');
    expect(await page.getByRole('link', { name: 'Summit Golf’s store' }).getAttribute('href')).toBe(`/s/${summitSlug}`);
    await page.getByLabel('Manufacturer', { exact: true }).selectOption({ label: 'Summit Golf' });
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('status').filter({ hasText: 'Request sent' }).waitFor();
    // Every manufacturer asked: the page says so instead of offering an empty list.
    expect(await page.getByLabel('Manufacturer', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Ask a manufacturer' }).textContent()).toContain(
      'You have asked every manufacturer on the marketplace',
    );
    expect(await page.getByRole('row').filter({ hasText: 'Summit Golf' }).textContent()).toContain('Pending');
    expect(await page.getByRole('row').filter({ hasText: 'Cascade Cycles' }).textContent()).toContain('Approved');
    await check('dealers');
  });

  it('creates an API key shown once that works on the API, then revokes it', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name').fill('Point of sale');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.locator('#new-key').textContent())!.trim();
    await t.http.get('/api/v1/retailer/bids').set('X-Api-Key', key).expect(200);
    await check('api-keys');
    await page.getByRole('link', { name: 'API keys' }).click();
    expect(await page.content()).not.toContain(key);
    const row = page.getByRole('row').filter({ hasText: 'Point of sale' });
    expect(await row.textContent()).toMatch(/by Rose City Bikes admin.*active/s);
    // The key was just used on the API above.
    expect(await row.locator('td[data-label="Last used"]').textContent()).toMatch(/\d:\d\d [AP]M/);
    await page.getByRole('button', { name: 'Revoke Point of sale' }).click();
    await page.getByRole('status').filter({ hasText: 'API key revoked' }).waitFor();
    expect(await row.textContent()).toMatch(/revoked .+ by Rose City Bikes admin/);
    await t.http.get('/api/v1/retailer/bids').set('X-Api-Key', key).expect(401);
  });

  it('sets the webhook, pings it and lists the delivery', async () => {
    const receiver = await startWebhookReceiver('a-long-signing-secret');
    try {
      await page.getByRole('link', { name: 'Webhook' }).click();
      await page.getByLabel('URL').fill(receiver.url);
      await page.getByLabel('Signing secret').fill('a-long-signing-secret');
      await page.getByRole('button', { name: 'Save webhook' }).click();
      await page.getByRole('status').filter({ hasText: 'Webhook saved' }).waitFor();
      await page.getByRole('button', { name: 'Send a ping' }).click();
      expect(await page.getByRole('status').textContent()).toContain('Ping delivered: HTTP 204');
      expect(await page.getByRole('table', { name: /Last 1 attempts/ }).textContent()).toContain('ping');
      await check('webhook');
    } finally {
      await receiver.close();
    }
  });

  it('lets an admin add a team member who can then sign in', async () => {
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByLabel('Name').fill('Sam Staff');
    await page.getByLabel('E-mail').fill('sam@rosecity.test');
    await page.getByLabel('Password').fill('another-long-password');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('status').filter({ hasText: 'Team member added' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Sam Staff' }).textContent()).toContain('staff');
    await check('team');
    await t.http.post('/api/v1/auth/login').send({ email: 'sam@rosecity.test', password: 'another-long-password' }).expect(200);
  });

  it("shows a staff member the shop's keys and webhook without the forms, saying only admins change them", async () => {
    const staff = await workspaceContext(browser);
    const staffPage = await staff.newPage();
    try {
      await signInThroughForm(staffPage, base, '/retailer', 'sam@rosecity.test', 'another-long-password');
      await staffPage.goto(`${base}/retailer/settings/api-keys`);
      expect(await staffPage.getByRole('row').filter({ hasText: 'Point of sale' }).textContent()).toMatch(/revoked .+ by Rose City Bikes admin/);
      expect(await staffPage.getByRole('button', { name: /Create key|Revoke/ }).count()).toBe(0);
      expect(await staffPage.getByText('Only admins of your shop can create or revoke API keys').count()).toBe(1);
      await check('api-keys-staff', staffPage);

      await staffPage.goto(`${base}/retailer/settings/webhook`);
      expect(await staffPage.locator('dl.facts').textContent()).toContain('/hooks');
      expect(await staffPage.getByRole('button', { name: /Save webhook|Remove webhook/ }).count()).toBe(0);
      expect(await staffPage.getByRole('button', { name: 'Send a ping' }).count()).toBe(1);
      expect(await staffPage.getByText('Only admins of your shop can set, change or remove the webhook').count()).toBe(1);
      await check('webhook-staff', staffPage);
    } finally {
      await staff.close();
    }
  });

  it("gives another retailer's session a 404 for the won order and its packing slip", async () => {
    const other = await workspaceContext(browser);
    const otherPage = await other.newPage();
    await signInThroughForm(otherPage, base, '/retailer', harbour.admin.email);
    for (const path of [`/retailer/won/${orderId}`, `/retailer/won/${orderId}/packing-slip`]) {
      const response = await otherPage.goto(`${base}${path}`);
      expect(response!.status()).toBe(404);
      expect(await otherPage.content()).not.toContain('Jamie Rivera');
    }
    await checkPage(otherPage, 'retailer-not-found');
    await other.close();
  });
});
