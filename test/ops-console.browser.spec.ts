import { Browser, BrowserContext, Page } from 'playwright-core';
import { addLocation, closeWindow, LocationFixture, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { Account, bearer, createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow, waitForRun } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';
import { accessibilityProblems, artifactPath, launchChromium } from './support/browser';

const DAY_MS = 24 * 3600_000;

/** The UTC calendar day `daysAgo` days before today, as the console labels it. */
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);

describe('ops in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ops: Account;
  let cascade: Tenant;
  let summit: Tenant;
  let roseCity: Tenant;
  let vancouver: Tenant;
  let pearl: LocationFixture; // 10 km from the customers
  let harbour: LocationFixture; // 30 km from the customers
  const slugs = new Map<Tenant, string>();

  const order = async (maker: Tenant, bidders: [Tenant, LocationFixture][] = []) => {
    const placed = await placeOrder(t, slugs.get(maker)!, { lines: [{ sku: 'SKU-1' }], ...PORTLAND });
    for (const [shop, location] of bidders) {
      await t.http.put(`/api/v1/retailer/board/${placed.id}/bid`).set(bearer(shop.admin.token)).send({ locationId: location.id }).expect(200);
    }
    return placed;
  };

  /** Moves a run (and its awards) `days` back in time, as if it had run then. */
  const backdate = (runId: string, days: number) =>
    Promise.all([
      sql(
        t,
        `UPDATE resolution_runs SET created_at = created_at - $2 * interval '1 day', started_at = started_at - $2 * interval '1 day',
                     finished_at = finished_at - $2 * interval '1 day' WHERE id = $1`,
        [runId, days],
      ),
      sql(t, `UPDATE awards SET created_at = created_at - $2 * interval '1 day' WHERE run_id = $1`, [runId, days]),
    ]);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    ops = await createOps(t);
    [cascade, summit, roseCity, vancouver] = await Promise.all([
      createManufacturer(t, ops, 'Cascade Cycles'),
      createManufacturer(t, ops, 'Summit Golf'),
      createRetailer(t, ops, 'Rose City Bikes'),
      createRetailer(t, ops, 'Harbour Sports'),
    ]);
    for (const maker of [cascade, summit]) {
      slugs.set(maker, await storeSlugOf(t, maker));
      await createProduct(t, maker, { sku: 'SKU-1' });
      for (const shop of [roseCity, vancouver]) await makeDealer(t, maker, shop);
    }
    pearl = await addLocation(t, roseCity, northOf(PORTLAND, 10), { name: 'Pearl District' });
    harbour = await addLocation(t, vancouver, northOf(PORTLAND, 30), { name: 'Vancouver WA' });

    // 40 days ago, outside the default 30-day period: one Summit order nobody bid on.
    await order(summit);
    await backdate((await resolveNow(t, ops.token)).id, 40);

    // Two days ago: Cascade 10 km and no bid; Summit 30 km. 2 to retailers, 1 to a manufacturer, mean 20 km.
    await order(cascade, [[roseCity, pearl]]);
    await order(cascade);
    await order(summit, [[vancouver, harbour]]);
    await backdate((await resolveNow(t, ops.token)).id, 2);

    // Yesterday: a dry run (left out of the outcomes), then the real run. Cascade's order goes to the
    // nearer of two bidders (10 km); Summit's two orders had no bid. 1 to retailers, 2 to manufacturers.
    const yesterday = [
      await order(cascade, [
        [vancouver, harbour],
        [roseCity, pearl],
      ]),
      await order(summit),
      await order(summit),
    ];
    await Promise.all(yesterday.map((o) => closeWindow(t, o.id)));
    const dry = await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: true }).expect(202);
    const dryRun = await waitForRun(t, ops.token, dry.body.id);
    expect(dryRun.counts).toEqual({ considered: 3, awardedRetailer: 1, awardedManufacturer: 2 });
    await backdate(dryRun.id, 1);
    await backdate((await resolveNow(t, ops.token)).id, 1);

    // Today: one Cascade order to the bidder 30 km away.
    await order(cascade, [[vancouver, harbour]]);
    await resolveNow(t, ops.token);

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];

  it('signs in through the form and lands on the runs page it asked for', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });

    await page.goto(`${base}/ops/runs`);
    await page.waitForURL(/\/ops\/login\?next=%2Fops%2Fruns$/);
    await page.getByLabel('E-mail').fill(roseCity.admin.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('is a retailer account');

    await page.getByLabel('E-mail').fill(ops.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/ops/runs`);
    await page.getByRole('heading', { level: 1, name: 'Resolution runs' }).waitFor();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'nearfill_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/ops' });
  });

  it('charts each day of the last 30: awards to retailers and to manufacturers, and the mean distance', async () => {
    const chart = page.getByRole('img', { name: /Orders awarded per day/ });
    await chart.waitFor();
    const bars = await page.$$eval('svg g.day', (groups) =>
      groups.map((g) => ({
        day: g.getAttribute('data-day'),
        label: g.getAttribute('aria-label'),
        title: g.querySelector('title')?.textContent,
        retailerHeight: Number(g.querySelector('rect.retailer')?.getAttribute('height')),
        manufacturerHeight: Number(g.querySelector('rect.manufacturer')?.getAttribute('height')),
      })),
    );
    expect(bars).toHaveLength(30);
    expect(bars.map((b) => b.day)).toEqual(Array.from({ length: 30 }, (_, i) => day(29 - i)));
    const labels = Object.fromEntries(bars.map((b) => [b.day, b.label]));
    expect(labels[day(2)]).toBe(`${day(2)}: 2 orders to retailers, 1 to manufacturers, mean distance 20.0 km`);
    expect(labels[day(1)]).toBe(`${day(1)}: 1 order to retailers, 2 to manufacturers, mean distance 10.0 km`);
    expect(labels[day(0)]).toBe(`${day(0)}: 1 order to retailers, 0 to manufacturers, mean distance 30.0 km`);
    expect(labels[day(3)]).toBe(`${day(3)}: 0 orders to retailers, 0 to manufacturers, no retailer awards`);
    for (const bar of bars) expect(bar.title).toBe(bar.label);

    // Bar heights are to scale: 2 retailer awards stand twice as tall as 1; days without runs are empty.
    const byDay = Object.fromEntries(bars.map((b) => [b.day, b]));
    expect(byDay[day(2)].retailerHeight).toBeCloseTo(2 * byDay[day(1)].retailerHeight, 6);
    expect(byDay[day(1)].manufacturerHeight).toBeCloseTo(2 * byDay[day(2)].manufacturerHeight, 6);
    expect(byDay[day(0)].manufacturerHeight).toBe(0);
    expect(byDay[day(3)].retailerHeight + byDay[day(3)].manufacturerHeight).toBe(0);

    // The distance line has a point only on days with retailer awards, higher for longer distances.
    const points = await page.$$eval('svg circle.mean-distance', (circles) =>
      circles.map((c) => ({ day: c.getAttribute('data-day'), title: c.querySelector('title')?.textContent, cy: Number(c.getAttribute('cy')) })),
    );
    expect(points.map((p) => p.title)).toEqual([
      `${day(2)}: mean distance 20.0 km`,
      `${day(1)}: mean distance 10.0 km`,
      `${day(0)}: mean distance 30.0 km`,
    ]);
    expect(points[2].cy).toBeLessThan(points[0].cy);
    expect(points[0].cy).toBeLessThan(points[1].cy);
    expect(await page.textContent('svg desc')).toContain('4 orders awarded to retailers and 3 to manufacturers');
  });

  it('tables the outcomes per manufacturer over the same period, from real runs only', async () => {
    const rows = await tableRows(page, '#by-manufacturer');
    expect(rows).toEqual([
      ['Cascade Cycles', '3', '1', '75%', '16.7 km', '30.0 km'],
      ['Summit Golf', '1', '2', '33%', '30.0 km', '30.0 km'],
    ]);
    expect(await page.textContent('#by-manufacturer caption')).toContain('last 30 days');
  });

  it('lists the recent runs, the dry run included and marked', async () => {
    const rows = await tableRows(page, '#recent-runs');
    // State, trigger, dry run, considered, to retailers, to manufacturers, mean distance: newest first.
    expect(rows.map((r) => r.slice(1, 8))).toEqual([
      ['Finished', 'ops', 'no', '1', '1', '0', '30.0 km'],
      ['Finished', 'ops', 'no', '3', '1', '2', '10.0 km'],
      ['Finished', 'ops', 'yes', '3', '1', '2', '10.0 km'],
      ['Finished', 'ops', 'no', '3', '2', '1', '20.0 km'],
      ['Finished', 'ops', 'no', '1', '0', '1', '—'],
    ]);
    for (const row of rows) expect(row[8]).toMatch(/^\d+\.\d s$/);
    await page.screenshot({ path: artifactPath('ops-console-runs.png'), fullPage: true });
  });

  it('changes the period with the form', async () => {
    await page.getByLabel('Period').selectOption('7');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/ops\/runs\?days=7$/);
    expect(await page.locator('svg g.day').count()).toBe(7);
    expect(await tableRows(page, '#by-manufacturer')).toHaveLength(2);
  });

  it('has no serious accessibility problems on the runs and sign-in pages', async () => {
    // axe-core is injected as an inline script, which the console's Content-Security-Policy (rightly) forbids.
    const audit = await browser.newContext({ bypassCSP: true });
    await audit.addCookies(await context.cookies());
    const auditPage = await audit.newPage();
    await auditPage.goto(`${base}/ops/runs`);
    const runs = await accessibilityProblems(auditPage);
    await auditPage.goto(`${base}/ops/login`);
    const login = await accessibilityProblems(auditPage);
    expect({ runs, login }).toEqual({ runs: [], login: [] });
    await audit.close();
  });

  it('opens the queue dashboard from the console nav and shows the app queues under the CSP', async () => {
    await page.getByRole('link', { name: 'Queues' }).click();
    await page.waitForURL(`${base}/ops/queues`);
    for (const queue of ['resolution', 'notifications', 'maintenance']) {
      await page.getByText(queue, { exact: true }).first().waitFor({ timeout: 15_000 });
    }
    await page.screenshot({ path: artifactPath('ops-console-queues.png') });
    // bull-board links a Google Fonts stylesheet, which the CSP blocks (system fonts are used); nothing else is blocked.
    const blocked = cspViolations.map((v) => v.match(/^Loading the stylesheet '(https:\/\/[^/']+)/)?.[1] ?? v);
    expect(blocked.filter((origin) => origin !== 'https://fonts.googleapis.com')).toEqual([]);
  });

  it('signs out, after which the console sends the browser back to sign in', async () => {
    await page.goto(`${base}/ops/runs`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/ops/login`);
    expect((await context.cookies()).filter((c) => c.name === 'nearfill_session')).toEqual([]);
    await page.goto(`${base}/ops/runs`);
    await page.waitForURL(/\/ops\/login\?next=/);
    await context.close();
  });
});

/** The text of each body row's cells (header cell first). */
function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}
