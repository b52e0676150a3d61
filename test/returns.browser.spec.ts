import { eventually } from './support/eventually';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Notification } from '../src/notifications/notification.entity';
import { StaffEmails } from '../src/notifications/staff-emails';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, placeOrder, ProductFixture, storeSlugOf } from './support/marketplace';
import { customerEmail } from './support/pickup';
import { resolveNow } from './support/resolution';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { expectGoodPage, pageFigures, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe("returns in the fulfillers' workspaces, in a real browser", () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let base: string;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let bike: ProductFixture;
  const reports: PageReport[] = [];

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = t.base;
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    bike = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    slug = await storeSlugOf(t, maker);
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3), { name: 'Pearl District' });
    await makeDealer(t, maker, shop);
    browser = await launchChromium();
  });
  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  const check = (page: Page, name: string) => expectGoodPage(page, name, reports);
  const side = (who: Tenant) => (who === shop ? 'retailer' : 'manufacturer');
  /** An order shipped and delivered by `who` (a bid from the retailer, or no bid: the manufacturer), then a return asked for. */
  const deliveredWithReturn = async (who: Tenant, reason: string) => {
    const order = await placeOrder(t, slug, { lines: [{ sku: bike.sku, quantity: 2 }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    if (who === shop) await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    await t.http
      .post(`/api/v1/${side(who)}/orders/${order.id}/shipments`)
      .set(bearer(who.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    await t.http
      .post(`/api/v1/${side(who)}/orders/${order.id}/delivered`)
      .set(bearer(who.admin.token))
      .expect(200);
    const asked = await t.http
      .post(`/api/v1/orders/track/${order.trackingToken}/returns`)
      .send({ lines: [{ sku: bike.sku, quantity: 1, reason }] })
      .expect(201);
    return { order, returnId: asked.body.id as string };
  };
  const staffEmail = async (orderId: string) => {
    const [notification] = await t.app.get(DataSource).getRepository(Notification).findBy({ orderId, event: 'return.to_decide' });
    return t.app.get(StaffEmails).render(notification);
  };

  it('the retailer is e-mailed, finds the return to decide, approves it with instructions and marks the goods received', async () => {
    const { order, returnId } = await deliveredWithReturn(shop, 'Frame too small');
    const told = (await staffEmail(order.id))!;
    expect(told.to).toBe(shop.admin.email);
    expect(told.subject).toBe(`Return requested on order #${order.number}`);
    expect(told.text).toContain('1 × Road bike: Frame too small');
    expect(told.text).toContain(`/retailer/customer-returns/${returnId}`);
    const ack = await customerEmail(t, order.id, 'return.requested');
    expect(ack.subject).toBe(`We have your return request for order #${order.number}`);
    expect(ack.text).toContain('1 × Road bike: Frame too small');

    const context: BrowserContext = await workspaceContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, base, '/retailer', shop.admin.email);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Returns' }).click();
    await page.getByRole('link', { name: 'To decide (1)' }).waitFor();
    await check(page, 'retailer-returns');
    await page.getByRole('link', { name: `Return on #${order.number}` }).click();
    await page.getByRole('heading', { level: 1, name: /Return on order/ }).waitFor();
    await check(page, 'retailer-return-to-decide');

    await page.getByRole('button', { name: 'Approve the return' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Enter how the customer sends the goods back');
    expect(await page.locator('#instructions-error').textContent()).toContain('Enter how the customer sends the goods back');
    await page.getByRole('alert').getByRole('link', { name: 'Enter how the customer sends the goods back' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('instructions');
    await check(page, 'retailer-return-error');
    await page.getByLabel('How to send it back').fill('Bring it to Pearl District with the receipt');
    await page.getByRole('button', { name: 'Approve the return' }).click();
    await page.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();
    expect(await page.locator('#return-state').textContent()).toBe('Waiting for the goods');
    expect((await customerEmail(t, order.id, 'return.approved')).text).toContain('Bring it to Pearl District with the receipt');

    await page.getByRole('button', { name: 'Mark the goods received' }).click();
    // Received is not refunded yet: the page says the refund is under way rather than done.
    expect(await page.getByRole('status').filter({ hasText: 'Marked as received.' }).textContent()).toContain('The customer is being refunded');
    // The card's refund goes to the payment provider through the queue: the page shows it once it is done.
    await eventually(async () => {
      await page.reload();
      return (await page.locator('#return-state').textContent()) === 'Refunded';
    }, 'the refund on the return page');
    expect(await page.locator('#return-story').textContent()).toContain('Refund of $1,299.00 to Visa ending 4242');
    await check(page, 'retailer-return-refunded');

    await page.goto(`${base}/retailer/won/${order.id}`);
    expect(await page.locator('#order-returns').textContent()).toContain('Refunded: 1 × Road bike (Frame too small) · refund $1,299.00');
    await context.close();
  });

  it("the manufacturer reads its dealer's returns without acting, and refuses one it shipped itself with a reason", async () => {
    const dealers = await deliveredWithReturn(shop, 'Changed my mind');
    const { order, returnId } = await deliveredWithReturn(maker, 'Scratched');
    expect((await staffEmail(order.id))!.to).toBe(maker.admin.email);

    const context = await workspaceContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, base, '/manufacturer', maker.admin.email);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Returns' }).click();
    const rows = page.locator('#returns tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: `#${dealers.order.number}` }).textContent()).toContain('Rose City Bikes');
    expect(await rows.filter({ hasText: `#${order.number}` }).textContent()).toContain('You');
    await check(page, 'manufacturer-returns');

    await page.getByRole('link', { name: `Return on #${dealers.order.number}` }).click();
    expect(await page.locator('main').textContent()).toContain('Rose City Bikes fulfilled this order, so it decides this return.');
    expect(await page.getByRole('button', { name: 'Approve the return' }).count()).toBe(0);

    await page.goto(`${base}/manufacturer/customer-returns/${returnId}`);
    await page.getByRole('button', { name: 'Refuse the return' }).click();
    expect(await page.locator('#reason-error').textContent()).toContain('Enter a reason');
    await page.getByLabel('Reason').fill('ab');
    await page.getByRole('button', { name: 'Refuse the return' }).click();
    expect(await page.locator('#reason-error').textContent()).toContain('Reason must be at least 3 characters');
    await page.getByLabel('Reason').fill('The frame was scratched in use');
    await page.getByRole('button', { name: 'Refuse the return' }).click();
    await page.getByRole('status').filter({ hasText: 'Refused.' }).waitFor();
    expect(await page.locator('#return-state').textContent()).toBe('Refused');
    expect((await customerEmail(t, order.id, 'return.refused')).text).toContain('The frame was scratched in use');
    await page.getByRole('link', { name: '← Returns' }).click();
    await page.getByRole('link', { name: 'Refused (1)' }).click();
    expect(await page.locator('#returns').textContent()).toContain(`#${order.number}`);

    await page.goto(`${base}/manufacturer/sales/${order.id}`);
    expect(await page.locator('#order-returns').textContent()).toContain('Refused: 1 × Road bike (Scratched)');
    await context.close();
  });
});
