import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { seedHistory, seedShops } from './support/insight';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { expectGoodPage, PageReport, pageFigures, signInThroughForm, workspaceContext } from './support/workspace-browser';

const WAREHOUSE = { lat: 39.53, lng: -119.81 };

describe('insight pages', () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let ops: Account;
  let maker: Tenant;
  let storeId: string;
  const reports: PageReport[] = [];

  const pageAs = async (basePath: string, email: string): Promise<Page> => {
    const page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, t.base, basePath, email);
    return page;
  };

  beforeAll(async () => {
    t = await startListeningTestApp();
    browser = await launchChromium();
    const db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    await db.query(
      `UPDATE stores SET warehouse_line1 = '1 Factory Rd', warehouse_city = 'Reno', warehouse_region = 'NV', warehouse_postal_code = '89501',
              warehouse_country = 'US', warehouse_lat = $2, warehouse_lng = $3 WHERE manufacturer_id = $1`,
      [maker.id, WAREHOUSE.lat, WAREHOUSE.lng],
    );
    [{ id: storeId }] = await db.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [maker.id]);
    // More dealers than the dealer table shows on one page (50).
    const shops = await seedShops(db, PORTLAND, 70, 21);
    // The pages open on this month and the two before it.
    const now = new Date();
    await seedHistory(db, { id: storeId, manufacturerId: maker.id, warehouse: WAREHOUSE, shipByDays: 3 }, shops, {
      orders: 700,
      start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1)),
      days: 60,
      seed: 5,
      customersAround: PORTLAND,
    });
    await t.http.post(`/api/v1/ops/insight/refresh/${storeId}`).set(bearer(ops.token)).expect(200);
  });
  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  it('shows the manufacturer its fulfilment in miles, takes its rate table (refusing a bad amount by its label) and sorts the dealer table', async () => {
    const page = await pageAs('/manufacturer', maker.admin.email);
    await page.getByRole('link', { name: 'Insight' }).click();
    await page.waitForURL(/\/manufacturer\/fulfilment-insight/);
    await expect(page.getByRole('heading', { level: 2, name: 'Orders in USD' }).count()).resolves.toBe(1);
    await expect(page.getByText('Set your rate table below to see an estimate.').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('table caption', { hasText: 'Distance to the customer' }).first().textContent()).resolves.toMatch(/measured/);
    await expect(page.locator('td[data-label="Median"]').first().textContent()).resolves.toMatch(/ mi$/);

    await page.getByLabel('Base charge per shipment').fill('four');
    await page.getByLabel('Charge per distance unit').fill('0.56');
    await page.getByLabel('Distance unit', { exact: true }).selectOption('mi');
    const refused = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/shipping-rates')),
      page.getByRole('button', { name: 'Save rate table' }).click(),
    ]);
    expect(refused[0].status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Base charge per shipment must be an amount in USD such as 4.50');

    await page.getByLabel('Base charge per shipment').fill('4.50');
    await page.getByRole('button', { name: 'Save rate table' }).click();
    await page.waitForURL(/done=rates/);
    await expect(page.getByText('Rate table saved').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/Estimated shipping cost \(an estimate/)
        .first()
        .textContent(),
    ).resolves.toMatch(/\$[\d,]+\.\d\d saved/);
    await expectGoodPage(page, 'insight-manufacturer', reports);

    await page.locator('#dealers-usd thead').getByRole('link', { name: 'Rating' }).click();
    await page.waitForURL(/sort=rating/);
    await expect(page.locator('#dealers-usd th[aria-sort]').textContent()).resolves.toContain('Rating');
  });

  it('shows ops every store or the one chosen, with both pictures and their figures', async () => {
    const page = await pageAs('/ops', ops.email);
    await page.goto(`${t.base}/ops/fulfilment-insight`);
    await page.getByLabel('Store', { exact: true }).selectOption({ label: 'Cascade Cycles' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/storeId=/);
    await expect(page.locator('svg[role="img"]').count()).resolves.toBe(4);
    await expect(page.locator('svg title', { hasText: 'Orders per week by who fulfilled them (USD)' }).count()).resolves.toBe(1);
    await expectGoodPage(page, 'insight-ops', reports);
    const caption = page.locator('#dealers-usd caption');
    await expect(caption.textContent()).resolves.toMatch(/^Dealers \((\d+), 1–50 shown\)/);
    const dealers = Number(/\((\d+)/.exec((await caption.textContent())!)![1]);
    await page.getByRole('navigation', { name: 'Dealer table pages' }).getByRole('link', { name: 'Next dealers →' }).click();
    await page.waitForURL(/offset=50/);
    await expect(caption.textContent()).resolves.toContain(`Dealers (${dealers}, 51–${dealers} shown)`);
    await expect(page.locator('#dealers-usd tbody tr').count()).resolves.toBe(dealers - 50);
    expect(new URL(page.url()).searchParams.get('storeId')).toBe(storeId);
    await expectGoodPage(page, 'insight-ops-dealers-page-2', reports);
    await page.getByLabel('From', { exact: true }).fill('2026-12-01');
    await page.getByLabel('To (not included)').fill('2026-11-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Choose a "to" day after the "from" day');
  });
});
