import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { Account, bearer, createOps } from './support/factories';
import { payInBrowser } from './support/payments';
import { portlandStore, PortlandStore } from './support/portland-store';
import { resolveNow } from './support/resolution';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PageReport, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('choosing a dealer at checkout, and capacity and lost bids in the retailer workspace, in a real browser', () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let base: string;
  let ops: Account;
  let store: PortlandStore;

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = t.base;
    ops = await createOps(t);
    store = await portlandStore(t, ops);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const reports: PageReport[] = [];
  const check = async (page: Page, name: string) => {
    reports.push(await checkPage(page, name));
    expect(await fitsPhoneWidth(page)).toBe(true);
  };

  it('the customer chooses a farther dealer, which sees it was asked for, caps its day, bids and wins; the nearer dealer reads why it lost', async () => {
    const shopper = await (await workspaceContext(browser)).newPage();
    await shopper.goto(`${base}/s/${store.slug}`);
    await shopper.getByRole('link', { name: 'Road bike' }).click();
    await shopper.getByRole('button', { name: 'Add to cart' }).click();
    await shopper.getByRole('link', { name: 'Check out' }).click();
    await shopper.getByLabel('Find dealers delivering near you (5-digit ZIP)').fill('97201');
    await shopper.getByRole('button', { name: 'Find dealers' }).click();
    const options = await shopper.locator('#chosenDealerId option').allTextContents();
    expect(options).toEqual([
      'No preference',
      expect.stringMatching(/^Rose City Bikes \(about \d/),
      expect.stringMatching(/^Gorge Cyclery \(about \d+ mi\)$/),
    ]);
    await shopper.getByLabel('Dealer to support (optional)').selectOption({ label: options[2] });
    await shopper.getByLabel('Full name').fill('Jamie Rivera');
    await shopper.getByLabel('E-mail').fill('jamie@example.com');
    await shopper.getByLabel('Street address').fill('1200 SW Main St');
    await shopper.getByLabel('City').fill('Portland');
    await shopper.getByLabel('State').selectOption('OR');
    expect(await shopper.getByLabel('ZIP code').inputValue()).toBe('97201');
    await check(shopper, 'chosen-dealer-checkout');
    await payInBrowser(shopper);
    await shopper.waitForURL(/\/confirmation\//);
    await shopper.getByRole('link', { name: 'Track your order' }).click();
    await shopper.waitForURL(/\/track\//);
    expect(await shopper.textContent('#chosen-dealer')).toBe(
      'You chose Gorge Cyclery. If Gorge Cyclery confirms it has it in stock before bidding closes, Gorge Cyclery ships your order.',
    );
    const token = shopper.url().split('/track/')[1];
    const { body: order } = await t.http.get(`/api/v1/orders/track/${token}`).expect(200);

    // The chosen dealer caps its shop at 3 orders a day, sees the customer asked for it, and bids.
    const far = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(far, base, '/retailer', store.far.admin.email);
    await far.goto(`${base}/retailer/settings/locations`);
    await far.getByLabel('Orders a day', { exact: true }).fill('3');
    await far.getByRole('button', { name: 'Save Vancouver' }).click();
    await far.waitForURL(/done=saved/);
    expect(await far.textContent('main')).toMatch(/Today \(\d{4}-\d\d-\d\d\): 0 taken of 3, 3 left; 0 open bids against a capacity of 3 a day\./);
    await check(far, 'capacity-locations');
    await far.goto(`${base}/retailer/bid-board`);
    expect(await far.textContent('main')).toContain('The customer asked for you');
    expect(await far.textContent('#capacity-heading')).toBe('Capacity today');
    await far.getByRole('button', { name: `Bid on #${order.number}` }).click();
    await far.waitForURL(/done=placed/);
    expect(await far.textContent('main')).toContain('Vancouver: 3 of 3 left today; 1 open bid against it.');
    await check(far, 'capacity-board');

    // The nearer dealer bids too, and is not told who was chosen; the run gives it to the chosen dealer.
    const near = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(near, base, '/retailer', store.near.admin.email);
    await near.goto(`${base}/retailer/bid-board`);
    expect(await near.textContent('main')).not.toContain('asked for you');
    await near.getByRole('button', { name: `Bid on #${order.number}` }).click();
    await near.waitForURL(/done=placed/);
    await resolveNow(t, ops.token, store.maker.id);
    await near.goto(`${base}/retailer/my-bids`);
    expect(await near.textContent('main')).toContain('The customer had chosen another dealer, who bid.');
    expect(await near.textContent('main')).not.toContain('Gorge');
    await check(near, 'lost-bid-reason');

    await shopper.reload();
    expect(await shopper.textContent('#chosen-dealer')).toBe('You chose Gorge Cyclery; Gorge Cyclery confirmed it has it in stock.');
    await check(shopper, 'chosen-dealer-tracking');

    const { body: record } = await t.http.get('/api/v1/retailer/dealer-records').set(bearer(store.far.admin.token)).expect(200);
    expect(record[0]).toMatchObject({ chosenByCustomers: 1, chosenAndWon: 1 });
    expect(reports.map((r) => [r.name, r.violations])).toEqual(reports.map((r) => [r.name, []]));
  });
});
