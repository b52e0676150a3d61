import { Browser, Page } from 'playwright-core';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { customerEmail } from './support/pickup';
import { resolveNow } from './support/resolution';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { expectGoodPage, pageFigures, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('ops act on an order from its page: cancel, re-route, send an e-mail again', () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let ops: Account;
  let maker: Tenant;
  let near: Tenant;
  let far: Tenant;
  let slug: string;
  let sku: string;
  const reports: PageReport[] = [];

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = t.base;
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    sku = (await createProduct(t, maker, { name: 'Road bike' })).sku;
    slug = await storeSlugOf(t, maker);
    [near, far] = [await createRetailer(t, ops, 'Rose City Bikes'), await createRetailer(t, ops, 'Gorge Cyclery')];
    await addLocation(t, near, northOf(PORTLAND, 3), { name: 'Pearl District' });
    await addLocation(t, far, northOf(PORTLAND, 20), { name: 'Vancouver' });
    await makeDealer(t, maker, near);
    await makeDealer(t, maker, far);
    browser = await launchChromium();
    page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, base, '/ops', ops.email);
  });
  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  const check = (name: string) => expectGoodPage(page, name, reports);
  const tracking = async (slugged: string, token: string) =>
    (await t.http.get(`/s/${slugged}/track/${token}`).set('Accept', 'text/html').expect(200)).text;

  it('re-routes a won order to the next bidder, then to the manufacturer, the reasons in its history only', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    for (const shop of [near, far]) await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    await page.goto(`${base}/ops/store-orders/${order.id}`);
    expect(await page.locator('#fulfiller').textContent()).toContain('Rose City Bikes');

    await page.getByRole('button', { name: `Re-route order #${order.number}` }).click();
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Choose who ships it instead', 'Enter a reason']);
    expect(await page.locator('#reason-reroute-error').textContent()).toContain('Enter a reason');
    await check('ops-order-reroute-errors');
    await page.getByLabel('The next-nearest bidder').check();
    await page.locator('#reason-reroute').fill('ab');
    await page.getByRole('button', { name: `Re-route order #${order.number}` }).click();
    expect(await page.locator('#reason-reroute-error').textContent()).toContain('Reason must say in a few words why');
    expect(await page.getByLabel('The next-nearest bidder').isChecked()).toBe(true);
    await page.locator('#reason-reroute').fill('Pearl District phoned: the bike was damaged in their shop');
    await page.getByRole('button', { name: `Re-route order #${order.number}` }).click();
    await page.getByRole('status').filter({ hasText: 'Order re-routed.' }).waitFor();
    expect(await page.locator('#fulfiller').textContent()).toContain('Gorge Cyclery');
    expect(await page.locator('#story').textContent()).toContain('taken off it by Nearfill operations: Pearl District phoned');
    await check('ops-order-rerouted');

    await page.getByLabel('The manufacturer, Cascade Cycles').check();
    await page.locator('#reason-reroute').fill('Store request: ship from the warehouse');
    await page.getByRole('button', { name: `Re-route order #${order.number}` }).click();
    await page.getByRole('status').filter({ hasText: 'Order re-routed.' }).waitFor();
    expect(await page.locator('#order-status').textContent()).toBe('awarded to the manufacturer');

    const customerPage = await tracking(slug, order.trackingToken);
    for (const internal of ['Pearl District phoned', 'Store request', 'Nearfill']) expect(customerPage).not.toContain(internal);
    expect(customerPage).toContain('passed on at once to a new fulfiller');
    await eventually(
      async () => (await sql(t, `SELECT 1 FROM notifications WHERE order_id = $1 AND event = 'order.rerouted'`, [order.id])).length === 2,
      'both re-route e-mails',
    );
    expect((await customerEmail(t, order.id, 'order.rerouted')).text).not.toContain('Pearl District phoned');
  });

  it('cancels an open order with a reason kept inside, and sends its confirmation e-mail again', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku }], customer: { email: 'robin@example.com' } });
    await eventually(async () => (await sql(t, `SELECT 1 FROM sent_emails WHERE order_id = $1`, [order.id])).length === 1, 'the order e-mail');
    await page.goto(`${base}/ops/store-orders/${order.id}`);
    await page.getByRole('button', { name: `Cancel order #${order.number}` }).click();
    expect(await page.locator('#reason-cancel-error').textContent()).toContain('Enter a reason');
    await page.getByRole('alert').getByRole('link', { name: 'Enter a reason' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason-cancel');
    await page.locator('#reason-cancel').fill('Duplicate of an order placed by phone');
    await page.getByRole('button', { name: `Cancel order #${order.number}` }).click();
    await page.getByRole('status').filter({ hasText: 'Order cancelled.' }).waitFor();
    expect(await page.locator('#story').textContent()).toContain('Cancelled by Nearfill operations: Duplicate of an order placed by phone');
    // Nobody will fulfil it now, and the page says why rather than "not chosen yet".
    expect(await page.locator('#fulfiller').textContent()).toBe('Nobody: it was cancelled');
    const customerPage = await tracking(slug, order.trackingToken);
    expect(customerPage).not.toContain('Duplicate of an order');
    const cancelled = await customerEmail(t, order.id, 'order.cancelled');
    expect(cancelled.text).toContain(`Your order #${order.number} was cancelled. You will not be charged for it.`);

    await page.getByText('Send again…').first().click();
    await page.getByRole('button', { name: /^Send “We received your order/ }).click();
    const resendId = (await sql(t, `SELECT notification_id FROM sent_emails WHERE order_id = $1 AND event = 'order.received'`, [order.id]))[0]
      .notification_id;
    expect(await page.locator(`#reason-resend-${resendId}-error`).textContent()).toContain('Enter a reason');
    await page.locator(`#reason-resend-${resendId}`).fill('The customer says it never arrived');
    await page.getByRole('button', { name: /^Send “We received your order/ }).click();
    await page.getByRole('status').filter({ hasText: 'E-mail queued to be sent again.' }).waitFor();
    await eventually(
      async () => (await sql(t, `SELECT 1 FROM sent_emails WHERE order_id = $1 AND event = 'order.received'`, [order.id])).length === 2,
      'the e-mail sent again',
    );
    expect(await page.locator('#story').textContent()).toContain(
      'sent again to the customer by Nearfill operations: The customer says it never arrived',
    );
    expect(await tracking(slug, order.trackingToken)).not.toContain('never arrived');
    await check('ops-order-cancelled');
  });
});
