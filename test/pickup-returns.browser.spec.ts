import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, LocationFixture, makeDealer, northOf, PORTLAND } from './support/board';
import { accessibilityProblems, artifactPath, launchChromium } from './support/browser';
import { bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startListeningTestApp, TestApp } from './support/test-app';
import { payInBrowser, payOrder } from './support/payments';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, signInThroughForm, workspaceContext } from './support/workspace-browser';

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

describe('pick up in store, returns and ratings in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let floor: LocationFixture;

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = (t as TestApp & { base: string }).base;
    const ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ primaryColor: '#0f766e', accentColor: '#b45309' })
      .expect(200);
    await createProduct(t, maker, { sku: 'BK-1', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    floor = await addLocation(t, shop, northOf(PORTLAND, 3), { name: 'Pearl District' });
    await makeDealer(t, maker, shop);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A context per size; axe-core needs the Content-Security-Policy bypassed to be injected. */
  const contexts = (): Promise<Record<keyof typeof SIZES, BrowserContext>> =>
    Promise.all([
      browser.newContext({ bypassCSP: true, viewport: SIZES.desktop }),
      browser.newContext({ bypassCSP: true, viewport: SIZES.phone }),
    ]).then(([desktop, phone]) => ({ desktop, phone }));
  const shots = async (page: Page, phone: Page, name: string) => {
    await phone.goto(page.url());
    await page.screenshot({ path: artifactPath(`${name}-desktop.png`), fullPage: true });
    await phone.screenshot({ path: artifactPath(`${name}-phone.png`), fullPage: true });
  };
  const storeStep = (orderId: string, what: string, body: object = {}) =>
    t.http.post(`/api/v1/retailer/pickups/${orderId}/${what}`).set(bearer(shop.admin.token)).send(body).expect(200);

  it('the customer picks a store near their ZIP at checkout, follows the pickup, rates it and asks to return an item', async () => {
    const { desktop, phone } = await contexts();
    const page = await desktop.newPage();
    const small = await phone.newPage();
    const problems: Record<string, string[]> = {};

    await page.goto(`${base}/s/${slug}`);
    await page.getByRole('link', { name: 'Road bike' }).click();
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByLabel('Find stores near you (5-digit ZIP)').fill('97201');
    await page.getByRole('button', { name: 'Find stores' }).click();
    await page.getByRole('radio', { name: /Pick up at Rose City Bikes — Pearl District/ }).check();
    problems.checkout = await accessibilityProblems(page);
    await shots(page, small, 'pickup-checkout');
    await page.getByLabel('Full name').fill('Jamie Rivera');
    await page.getByLabel('E-mail').fill('jamie@example.com');
    await payInBrowser(page);
    await page.waitForURL(/\/confirmation\//);
    await page.getByRole('link', { name: 'Track your order' }).click();
    await page.waitForURL(/\/track\//);
    const token = page.url().split('/track/')[1];
    const { body: order } = await t.http.get(`/api/v1/orders/track/${token}`).expect(200);
    expect(order.status).toBe('pickup_assigned');
    expect(await page.textContent('#status')).toBe('Waiting for the store to confirm');
    expect(await page.textContent('#pickup-heading')).toBe('Pick up at Rose City Bikes');
    expect(await page.textContent('#pickup-next')).toMatch(/^The store confirms by /);

    const orderId = (await t.http.get('/api/v1/retailer/pickups').set(bearer(shop.admin.token)).expect(200)).body[0].orderId;
    await storeStep(orderId, 'accept');
    await storeStep(orderId, 'ready');
    await page.reload();
    const code = (await page.textContent('#pickup-code'))!;
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    problems.ready = await accessibilityProblems(page);
    await shots(page, small, 'pickup-ready');
    await storeStep(orderId, 'picked-up', { code });

    await page.reload();
    await page.getByRole('button', { name: 'Send rating' }).click();
    expect(await page.textContent('[role=alert]')).toBe('Choose from 1 to 5 stars');
    await page.getByRole('radio', { name: '5 stars' }).check();
    await page.getByLabel('Comment (optional)').fill('Ready the same afternoon');
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.waitForURL(/#rate$/);
    expect(await page.textContent('#your-rating')).toContain('You gave Rose City Bikes 5 of 5 stars: “Ready the same afternoon”');

    await page.getByRole('link', { name: 'Return items' }).click();
    await page.getByRole('heading', { level: 1, name: /Return items/ }).waitFor();
    problems.returnForm = await accessibilityProblems(page);
    await page.getByLabel('How many to return').selectOption('1');
    await page.getByRole('button', { name: 'Ask to return' }).click();
    expect(await page.textContent('.error')).toContain('Enter a reason');
    await page.getByLabel('Reason').fill('no');
    await page.getByRole('button', { name: 'Ask to return' }).click();
    expect(await page.textContent('.error')).toContain('Reason must say in a few words why it goes back');
    await page.getByLabel('Reason').fill('Frame too small');
    await shots(page, small, 'return-form');
    await page.getByRole('button', { name: 'Ask to return' }).click();
    await page.waitForURL(/#returns$/);
    expect(await page.textContent('main')).toContain('Waiting for the store’s answer: 1 × Road bike · refund $1,299.00');
    problems.afterReturn = await accessibilityProblems(page);
    await shots(page, small, 'pickup-after-return');

    expect(problems).toEqual({ checkout: [], ready: [], returnForm: [], afterReturn: [] });
    await desktop.close();
    await phone.close();
  });

  it("the store accepts, readies and hands over a pickup in its workspace, on the customer's code only", async () => {
    const placed = await t.http
      .post(`/api/v1/stores/${slug}/orders`)
      .set('Idempotency-Key', randomUUID())
      .send({
        customer: { name: 'Sam Lee', email: 'sam@example.com' },
        fulfilment: { method: 'pickup', locationId: floor.id },
        lines: [{ sku: 'BK-1', quantity: 1 }],
      })
      .expect(201);
    await payOrder(t, placed.body);
    const context = await workspaceContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, base, '/retailer', shop.admin.email);
    await page.getByRole('link', { name: 'Pickups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pickup orders' }).waitFor();
    const report = await checkPage(page, 'retailer-pickups');
    expect(report.violations).toEqual([]);
    expect(report.bytes).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(await fitsPhoneWidth(page)).toBe(true);

    await page.getByRole('button', { name: `Accept #${placed.body.number}` }).click();
    expect(await page.textContent('[role=status]')).toContain('Accepted.');
    await page.getByRole('button', { name: `Ready for pickup #${placed.body.number}` }).click();
    expect(await page.textContent('[role=status]')).toContain('e-mailed their pickup code');
    const code = (await t.http.get(`/api/v1/orders/track/${placed.body.trackingToken}`).expect(200)).body.pickup.code;

    await page.getByLabel("Customer's pickup code").fill('WRONG234');
    await page.getByRole('button', { name: `Hand over #${placed.body.number}` }).click();
    // The refusal stays beside the code on the same page, the typed code kept to correct.
    expect(await page.locator(`#code-${placed.body.id}-error`).textContent()).toContain('That pickup code does not match this order');
    expect(await page.getByRole('alert').textContent()).toContain('That pickup code does not match this order');
    expect(await page.getByLabel("Customer's pickup code").inputValue()).toBe('WRONG234');
    await page.getByRole('button', { name: `Hand over #${placed.body.number}` }).click();
    expect(await page.locator(`#code-${placed.body.id}-error`).textContent()).toContain('That pickup code does not match this order');
    await page.getByLabel("Customer's pickup code").fill('');
    await page.getByRole('button', { name: `Hand over #${placed.body.number}` }).click();
    expect(await page.locator(`#code-${placed.body.id}-error`).textContent()).toContain("Enter the customer's pickup code");
    await page.getByLabel("Customer's pickup code").fill(code.toLowerCase());
    await page.getByRole('button', { name: `Hand over #${placed.body.number}` }).click();
    expect(await page.textContent('[role=status]')).toContain('Handed over.');
    expect((await t.http.get(`/api/v1/orders/track/${placed.body.trackingToken}`).expect(200)).body.status).toBe('picked_up');
    await context.close();
  });
});
