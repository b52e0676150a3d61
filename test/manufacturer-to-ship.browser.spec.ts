import { Browser, Page } from 'playwright-core';
import { sql } from './support/board';
import { launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { expectGoodPage, pageFigures, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('the manufacturer ships its own orders from its "To ship" queue', () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let ops: Account;
  let maker: Tenant;
  let slug: string;
  let sku: string;
  const reports: PageReport[] = [];

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = t.base;
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    // Its warehouse is in Portland: the pages read Pacific time.
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ shipByDays: 2, warehouse: { line1: '1 Industrial Way', city: 'Portland', region: 'OR', postalCode: '97210', country: 'US' } })
      .expect(200);
    sku = (await createProduct(t, maker, { name: 'Road bike' })).sku;
    slug = await storeSlugOf(t, maker);
    browser = await launchChromium();
    page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, base, '/manufacturer', maker.admin.email);
  });
  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  it('lists what nobody bid on by ship-by with the time left, prints the slip and ships it; the queue empties', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'To ship' }).click();
    expect(await page.locator('main').textContent()).toContain('Nothing to ship.');

    const first = await placeOrder(t, slug, { lines: [{ sku, quantity: 2 }], customer: { name: 'Jamie Rivera' } });
    const second = await placeOrder(t, slug, { lines: [{ sku }], customer: { name: 'Sam Lee' }, postalCode: '97214' });
    await resolveNow(t, ops.token, maker.id);
    await page.reload();
    const rows = page.locator('#to-ship tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toMatch(/Jamie Rivera.*Portland, OR.*2.*P[SD]T.*(1 day|2 days).*left/s);
    expect(await page.locator('main').textContent()).toContain('times in Pacific Time');
    await expectGoodPage(page, 'manufacturer-to-ship', reports);

    await page.getByRole('link', { name: `Print slip for #${first.number}` }).click();
    expect(await page.locator('main').textContent()).toContain('Jamie Rivera');
    await page.goBack();
    await page.getByRole('link', { name: `#${first.number}`, exact: true }).click();
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Enter a carrier');
    await page.getByLabel('Carrier').fill('UPS');
    await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as shipped.' }).waitFor();

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'To ship' }).click();
    expect(await page.locator('#to-ship tbody tr').allTextContents()).toEqual([expect.stringContaining(`#${second.number}`)]);
  });

  it('reads the e-mails its store sent in its name, found by order number', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku }], customer: { name: 'Robin Ng', email: 'robin@example.com' } });
    await eventually(async () => (await sql(t, `SELECT 1 FROM sent_emails WHERE order_id = $1`, [order.id])).length === 1, 'the order e-mail');
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'E-mails' }).click();
    await page.getByLabel('Order number').fill(order.number);
    await page.getByRole('button', { name: 'Find' }).click();
    expect(await page.locator('#emails tbody tr').allTextContents()).toEqual([expect.stringContaining('robin@example.com')]);
    await expectGoodPage(page, 'manufacturer-emails', reports);
    await page.getByRole('link', { name: `We received your order #${order.number}` }).click();
    expect(await page.locator('#email-text').textContent()).toContain('Thank you, Robin Ng');
    expect(await page.locator('main').textContent()).toContain('Cascade Cycles');

    await page.goto(`${base}/manufacturer/sent-emails?to=not-an-address`);
    expect(await page.locator('#to-error').textContent()).toContain("Enter a customer's e-mail in the right format");
  });
});
