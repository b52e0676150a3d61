import { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { UsersService } from '../src/auth/users.service';
import { RerouteService } from '../src/fulfilment/reroute.service';
import { Clock } from '../src/resolution/clock';
import { launchChromium } from './support/browser';
import { Account, createOps, login, PASSWORD } from './support/factories';
import { seedScenario, waitForRun } from './support/resolution';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { bearer } from './support/factories';
import { expectGoodPage, PageReport, pageFigures, signInThroughForm, workspaceContext } from './support/workspace-browser';

const HOUR = 3600_000;
const DAY = Date.UTC(2031, 5, 10);
const CUTOFF = new Date(DAY + 10 * HOUR);

describe('the What if pages', () => {
  let t: ListeningTestApp;
  let db: DataSource;
  let browser: Browser;
  let ops: Account;
  let makerEmail: string;
  let makerId: string;
  let ownOrders: number;
  let makerToken: string;
  const reports: PageReport[] = [];

  const signedIn = async (basePath: string, email: string): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await workspaceContext(browser);
    const page = await context.newPage();
    await signInThroughForm(page, t.base, basePath, email);
    return { context, page };
  };

  /** Waits for the replay's page, which reloads itself while the replay runs (no script), to say it has finished. */
  const untilFinished = (page: Page) => page.locator('#replay-state', { hasText: 'Finished' }).waitFor({ timeout: 60_000 });

  beforeAll(async () => {
    t = await startListeningTestApp();
    db = t.app.get(DataSource);
    ops = await createOps(t);
    const scenario = await seedScenario(db, {
      seed: 901,
      manufacturers: 2,
      orders: 120,
      retailers: 30,
      capShare: 0.4,
      maxCap: 2,
      chosenShare: 0.3,
      openShare: 0,
    });
    [makerId] = scenario.manufacturerIds;
    await db.query(`UPDATE stores SET warehouse_lat = 39.0997, warehouse_lng = -94.5786, warehouse_country = 'US' WHERE manufacturer_id = ANY($1)`, [
      scenario.manufacturerIds,
    ]);
    makerEmail = `maker-${makerId.slice(0, 8)}@replay.test`;
    await db.transaction((manager) =>
      t.app
        .get(UsersService)
        .create(
          manager,
          { role: Role.Manufacturer, manufacturerId: makerId },
          { email: makerEmail, name: 'Maker admin', password: PASSWORD, isAdmin: true },
        ),
    );
    // The past period's run.
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(CUTOFF);
    const run = await t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false }).expect(202);
    expect((await waitForRun(t, ops.token, run.body.id)).state).toBe('completed');
    makerToken = await login(t, makerEmail);
    ownOrders = scenario.orders.filter((o) => o.manufacturerId === makerId).length;
    browser = await launchChromium();
  }, 120_000);

  // The pages are used three days after the run (jest restores mocks after each test).
  beforeEach(() => jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(DAY + 3 * 24 * HOUR)));

  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  it('ops try a policy on every store: a mistake is named beside its field, then the figures and changed orders', async () => {
    const { context, page } = await signedIn('/ops', ops.email);
    await page.goto(`${t.base}/ops/what-if`);
    expect(await page.getByLabel('Manufacturer').count()).toBe(1);
    await page.getByLabel('From').fill('2031-06-12');
    await page.getByLabel('Until (not included)').fill('2031-06-10');
    await page.getByRole('button', { name: 'Replay' }).click();
    expect(await page.locator('[role=alert]').innerText()).toContain('Until must be later than From');
    await expectGoodPage(page, 'replay-ops-form-error', reports);

    await page.getByLabel('From').fill('2031-06-10');
    await page.getByLabel('Until (not included)').fill('2031-06-11');
    await page.getByLabel("The customer's chosen dealer goes first").uncheck();
    await page.getByLabel('Service radius, km').fill('400');
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.waitForURL(/\/ops\/what-if\/[0-9a-f-]{36}$/);
    await untilFinished(page);
    expect(Number(await page.locator('#replay-changed').innerText())).toBeGreaterThan(0);
    expect(await page.locator('#replay-examples').innerText()).toContain('#');
    expect(await page.locator('body').innerText()).toContain("the customer's chosen dealer does not go first");
    await expectGoodPage(page, 'replay-ops-result', reports);
    await context.close();
  });

  it("a manufacturer replays its own store's orders only, and today's policy changes nothing", async () => {
    const { context, page } = await signedIn('/manufacturer', makerEmail);
    await page.goto(`${t.base}/manufacturer/what-if`);
    expect(await page.getByLabel('Manufacturer').count()).toBe(0);
    // The ops replay is not the manufacturer's to see.
    expect(await page.locator('body').innerText()).toContain('No replays yet');
    await expectGoodPage(page, 'replay-manufacturer-form', reports);

    // Three days on, the ship-by sweep has passed the unshipped retailer awards on and withdrawn their bids.
    expect(await t.app.get(RerouteService).rerouteOverdue()).toBeGreaterThan(0);
    await page.getByLabel('From').fill('2031-06-10');
    await page.getByLabel('Until (not included)').fill('2031-06-11');
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.waitForURL(/\/manufacturer\/what-if\/[0-9a-f-]{36}$/);
    await untilFinished(page);
    expect(await page.locator('#replay-summary').innerText()).toContain(`Orders in the period\n${ownOrders}`);
    const id = new URL(page.url()).pathname.split('/').pop();
    const { body: view } = await t.http.get(`/api/v1/replays/${id}`).set(bearer(makerToken)).expect(200);
    expect(view.manufacturerId).toBe(makerId);
    expect(view.result.changed).toBe(0);
    expect(await page.locator('#replay-changed').innerText()).toBe('0');
    expect(await page.locator('body').innerText()).toContain('No award changes');
    expect(await page.locator('body').innerText()).toContain('your store');
    await expectGoodPage(page, 'replay-manufacturer-result', reports);
    await context.close();
  });
});
