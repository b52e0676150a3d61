import { createServer } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { launchChromium } from './support/browser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { pickedUpOrder } from './support/pickup';
import { startTestApp, TestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

/** A free local port, so the app's PUBLIC_BASE_URL (the test provider's onboarding links) is where it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('payout pages', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let late: Tenant;
  const reports: PageReport[] = [];

  const pageAs = async (basePath: string, email: string): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await workspaceContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, base, basePath, email);
    return { context, page };
  };
  const check = async (page: Page, name: string) => {
    const report = await checkPage(page, name);
    reports.push(report);
    expect(report.violations).toEqual([]);
    expect(await fitsPhoneWidth(page)).toBe(true);
  };
  const payOutNow = () => t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);

  beforeAll(async () => {
    const port = await freePort();
    t = await startTestApp({ PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, OUTBOX_RELAY_INTERVAL_MS: '50' });
    await t.app.listen(port, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    shop = await createRetailer(t, ops, 'Rose City Bikes');
    late = await createRetailer(t, ops, 'Gorge Cyclery');
    const bike = await createProduct(t, maker, { name: 'Road bike', priceMinor: 129_900, fulfilmentPriceMinor: 110_000 });
    const slug = await storeSlugOf(t, maker);
    const floor = await addLocation(t, shop, northOf(PORTLAND, 3));
    const gorge = await addLocation(t, late, northOf(PORTLAND, 9));
    await makeDealer(t, maker, shop);
    await makeDealer(t, maker, late);
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await pickedUpOrder(t, slug, late, gorge.id, [{ sku: bike.sku, quantity: 1 }]);
    // Gorge started its set-up, and our copy of its account wrongly says it is ready: its transfer will be refused.
    await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(late.admin.token)).expect(200);
    await t.app.get(DataSource).query(`UPDATE payout_accounts SET payouts_enabled = true WHERE fulfiller_id = $1`, [late.id]);
    await payOutNow();
    await eventually(
      async () => (await t.http.get('/api/v1/ops/payouts?status=failed').set(bearer(ops.token))).body.length === 1,
      'the refused transfer',
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a retailer sees its payout on hold, sets up payouts on the provider’s page and is paid', async () => {
    const { context, page } = await pageAs('/retailer', shop.admin.email);
    await page.goto(`${base}/retailer/settings/locations`);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Payouts' }).click();
    await page.getByRole('heading', { name: 'Your payouts are on hold' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('$994.21');
    await check(page, 'payouts-retailer-held');

    await page.getByRole('link', { name: 'Set up payouts' }).click();
    await page.getByRole('heading', { name: 'Set up payouts' }).waitFor();
    expect(await page.getByRole('note').innerText()).toContain('TEST MODE');
    await check(page, 'payouts-test-onboarding');
    await page.getByRole('button', { name: 'Finish onboarding' }).click();
    await page.waitForURL((url) => url.pathname === '/retailer/settings/payouts');
    expect(await page.locator('main').innerText()).toMatch(/Ready\s+Payouts reach your bank account/);

    // The held payout is released at once: the page shows it paid.
    await eventually(async () => {
      await page.reload();
      return (await page.locator('table').innerText()).includes('Paid');
    }, 'the payout shown paid');
    await check(page, 'payouts-retailer-paid');

    await page.getByRole('link', { name: 'Statements' }).click();
    await page
      .locator('td[data-label="Paid out"]', { hasText: /^Paid / })
      .first()
      .waitFor();
    expect(await page.locator('table').nth(2).innerText()).toContain('$994.21');
    await check(page, 'payouts-statement');
    await context.close();
  });

  it('a manufacturer finds its share of its dealers’ orders on hold in Payouts, sets up payouts and is paid, line by line', async () => {
    const { context, page } = await pageAs('/manufacturer', maker.admin.email);
    await page.getByRole('link', { name: 'Payouts' }).first().click();
    await page.getByRole('heading', { name: 'Payouts', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Not set up');
    // Its share of the two bikes its dealers sold: 2 × (1,299.00 − 1,100.00).
    expect(await page.getByRole('alert').innerText()).toContain('$398.00');
    await check(page, 'payouts-manufacturer');

    await page.getByRole('link', { name: 'Set up payouts' }).click();
    await page.getByRole('button', { name: 'Finish onboarding' }).click();
    await page.waitForURL((url) => url.pathname === '/manufacturer/payout-settings');
    await eventually(async () => {
      await page.reload();
      return (await page.locator('table').innerText()).includes('Paid');
    }, 'the payout shown paid');
    await page.getByText('2 lines').click();
    const lines = await page.locator('td[data-label="Lines"] li').allInnerTexts();
    // In the order they were shipped, as on the statement.
    expect(lines).toEqual([expect.stringMatching(/^#\d+, Rose City Bikes: \$199\.00$/), expect.stringMatching(/^#\d+, Gorge Cyclery: \$199\.00$/)]);
    await check(page, 'payouts-manufacturer-paid');
    await context.close();
  });

  it('ops retry a refused transfer once its cause is fixed, and read the reconciliation', async () => {
    const { context, page } = await pageAs('/ops', ops.email);
    await page.goto(`${base}/ops/payouts-overview`);
    const row = page.locator('#failed ~ table tbody tr', { hasText: 'Gorge Cyclery' });
    expect(await row.innerText()).toMatch(/onboarding unfinished/);
    // The run's payouts in words for ops, not bare states ("1 failed, 2 held"); the retailer and the manufacturer
    // held above were paid since.
    expect(await page.locator('td[data-label="Payouts"]').first().innerText()).toBe(
      '1 transfer failed — retry under Failed transfers, 2 payouts paid',
    );
    await check(page, 'payouts-ops-failed');

    // Gorge finishes its set-up; ops retry: paid once.
    const link = await t.http.post('/api/v1/retailer/payouts/account/onboarding').set(bearer(late.admin.token)).expect(200);
    await t.http.post(new URL(link.body.url).pathname).expect(303);
    await row.getByRole('button', { name: /Retry/ }).click();
    await page.getByRole('status').filter({ hasText: 'Payout sent again' }).waitFor();
    await eventually(async () => {
      await page.reload();
      return (await page.locator('main').innerText()).includes('None. A transfer the provider refuses');
    }, 'the retried payout paid');

    await page.getByRole('link', { name: 'Reconciliation' }).first().click();
    await page.getByRole('table', { name: /The payees' money/ }).waitFor();
    const payees = await page.getByRole('table', { name: /The payees' money/ }).innerText();
    expect(payees).toContain('$2,386.42'); // two bikes' nets and the manufacturer's shares, all transferred
    expect(payees).toMatch(/Difference[\s\S]*\$0\.00/);
    await check(page, 'payouts-ops-reconciliation');
    await context.close();
  });

  afterAll(() => {
    // The closing report's figures: weight and first byte of each page checked.
    console.log(reports.map((r) => `${r.name}: ${Math.round(r.bytes / 1024)} KB, TTFB ${r.ttfbMs} ms`).join('\n'));
  });
});
