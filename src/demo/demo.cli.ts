import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { Role } from '../auth/role';
import { UsersService } from '../auth/users.service';
import { countOf } from '../common/plural';
import { loadConfig, readDotEnv } from '../config/app-config';
import { checkEmbeddedDatabaseFree } from '../database/embedded-postgres';
import { startCommand } from './start-command';
import { DEMO_CHOSEN_DEALER, DEMO_CUSTOMERS, DEMO_DAILY_CAPACITY, DEMO_MANUFACTURERS, DEMO_PASSWORD, DEMO_RETAILERS } from './demo-data';

type Api = <T = unknown>(method: string, url: string, token?: string, body?: unknown) => Promise<T>;

/** What the demo reads of a resolution run (GET /api/v1/ops/resolutions/:id). */
interface RunSummary {
  id: string;
  state: string;
  counts: { considered: number; awardedRetailer: number; awardedManufacturer: number };
  distance: { meanKm: number | null; maxKm: number | null };
}

/** Calls the real HTTP API in-process, so the demo goes through the same validation and rules as a client. */
function apiOf(app: NestFastifyApplication): Api {
  return async <T>(method: string, url: string, token?: string, body?: unknown): Promise<T> => {
    const response = await app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'idempotency-key': randomUUID() },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
}

/**
 * Pays an order as its customer would on the test provider's hosted page, with Stripe's authorising test card, and
 * follows the page's redirect back to the store (the return that places the order).
 */
async function payWithTestCard(app: NestFastifyApplication, order: { payment: { checkoutUrl: string } }): Promise<void> {
  const page = new URL(order.payment.checkoutUrl);
  const submitted = await app.inject({
    method: 'POST',
    url: page.pathname + page.search,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' }).toString(),
  });
  const back = new URL(String(submitted.headers.location));
  const returned = await app.inject({ method: 'GET', url: back.pathname + back.search });
  if (submitted.statusCode !== 303 || !String(returned.headers.location).includes('/confirmation/')) {
    throw new Error(`Paying order ${page.search} with the test card failed: ${submitted.statusCode} ${returned.statusCode}`);
  }
}

const email = (name: string, domain: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}.example`;

// `npm run demo`: seeds the embedded default (or DATABASE_URL) with a whole marketplace whose customers pay with the
// test provider's test card, runs a resolution and prints where to look. Bidding windows are closed early so the resolution has something to award today.
async function main(): Promise<void> {
  const start = startCommand(process.env);
  readDotEnv();
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  // Said in one line before anything starts, not after start-up logs and a stack trace.
  checkEmbeddedDatabaseFree(config);
  if (config.paymentProvider !== 'test')
    throw new Error('The demo pays its orders with test cards: unset STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to run it');
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const api = apiOf(app);
  const db = app.get(DataSource);
  try {
    if ((await db.query<unknown[]>(`SELECT 1 FROM users WHERE email = 'ops@nearfill.example'`)).length) {
      throw new Error('This database already holds the demo. Remove the data folder (.nearfill-data) to seed it again.');
    }
    const login = async (address: string) =>
      (await api<{ accessToken: string }>('POST', '/auth/login', undefined, { email: address, password: DEMO_PASSWORD })).accessToken;
    await db.transaction((manager) =>
      app
        .get(UsersService)
        .create(manager, { role: Role.Ops }, { email: 'ops@nearfill.example', name: 'Ops', password: DEMO_PASSWORD, isAdmin: true }),
    );
    const ops = await login('ops@nearfill.example');
    const accounts: [string, string][] = [['ops', 'ops@nearfill.example']];

    const makers: ((typeof DEMO_MANUFACTURERS)[number] & { token: string })[] = [];
    for (const maker of DEMO_MANUFACTURERS) {
      const admin = email(maker.name, 'maker');
      await api('POST', '/ops/manufacturers', ops, {
        name: maker.name,
        admin: { email: admin, name: `${maker.name} admin`, password: DEMO_PASSWORD },
      });
      const token = await login(admin);
      await api('PATCH', '/manufacturer/store', token, { ...maker.store, warehouse: maker.warehouse });
      for (const product of maker.products) await api('POST', '/manufacturer/products', token, product);
      // The demo's stores are open for orders at once, as a manufacturer's store is once launched.
      await api('POST', '/manufacturer/store/launch', token);
      makers.push({ ...maker, token });
      accounts.push([`manufacturer (${maker.name})`, admin]);
    }

    const shops: ((typeof DEMO_RETAILERS)[number] & { token: string; admin: string })[] = [];
    for (const shop of DEMO_RETAILERS) {
      const admin = email(shop.name, 'shop');
      await api('POST', '/ops/retailers', ops, { name: shop.name, admin: { email: admin, name: `${shop.name} admin`, password: DEMO_PASSWORD } });
      const token = await login(admin);
      const dailyCapacity = DEMO_DAILY_CAPACITY[shop.name] ?? null;
      await api('POST', '/retailer/locations', token, { ...shop, name: `${shop.name} store`, country: 'US', serviceRadiusKm: 120, dailyCapacity });
      for (const maker of makers) await api('POST', '/retailer/dealers', token, { storeSlug: maker.store.slug, note: 'We stock your range.' });
      shops.push({ ...shop, token, admin });
      accounts.push([`retailer (${shop.name})`, admin]);
    }
    for (const maker of makers) {
      const requests = await api<{ id: string }[]>('GET', '/manufacturer/dealers', maker.token);
      for (const request of requests) await api('POST', `/manufacturer/dealers/${request.id}/approve`, maker.token, {});
    }

    const tracking: string[] = [];
    const chosenTracking: string[] = [];
    // The dealer a customer chose, from the list the checkout offers for their ZIP code.
    const chosenDealerOf = async (slug: string, customer: (typeof DEMO_CUSTOMERS)[number]) => {
      const name = DEMO_CHOSEN_DEALER[customer.name];
      if (!name) return {};
      const dealers = await api<{ items: { retailerId: string; name: string }[] }>(
        'GET',
        `/stores/${slug}/dealers?postalCode=${customer.postalCode}`,
      );
      return { chosenDealerId: dealers.items.find((d) => d.name === name)!.retailerId };
    };
    const placeOrders = async (wave: number) => {
      for (const [i, customer] of DEMO_CUSTOMERS.entries()) {
        const maker = makers[(i + wave) % makers.length];
        const product = maker.products[(i + wave) % maker.products.length];
        const chosen = wave === 0 ? await chosenDealerOf(maker.store.slug, customer) : {};
        const order = await api<{ trackingUrl: string; payment: { checkoutUrl: string } }>('POST', `/stores/${maker.store.slug}/orders`, undefined, {
          ...chosen,
          customer: { name: customer.name, email: email(customer.name, 'customer') },
          shippingAddress: {
            line1: `${100 + i} Main St`,
            city: customer.city,
            region: customer.region,
            postalCode: customer.postalCode,
            country: 'US',
          },
          // Every third order carries a second product, two of it.
          lines: [
            { sku: product.sku, quantity: 1 },
            ...(i % 3 === 0 ? [{ sku: maker.products[(i + wave + 1) % maker.products.length].sku, quantity: 2 }] : []),
          ],
        });
        await payWithTestCard(app, order);
        (Object.keys(chosen).length ? chosenTracking : tracking).push(order.trackingUrl);
      }
    };
    await placeOrders(0);

    // Every retailer bids on what its board shows (it stocks everything in this demo).
    let bids = 0;
    for (const shop of shops) {
      const board = await api<{ items: { orderId: string }[] }>('GET', '/retailer/board?limit=100', shop.token);
      for (const entry of board.items) {
        await api('PUT', `/retailer/board/${entry.orderId}/bid`, shop.token, {});
        bids++;
      }
    }

    await api('POST', '/ops/bidding-windows/close', ops, { reason: 'Demo: award the orders today' });
    const started = await api<RunSummary>('POST', '/ops/resolutions', ops, { dryRun: false });
    let run = started;
    for (let waited = 0; !['completed', 'failed'].includes(run.state) && waited < 120_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = await api<RunSummary>('GET', `/ops/resolutions/${started.id}`, ops);
    }

    // A second wave stays on the board (its windows open), so the retailer workspace's board and map have orders.
    await placeOrders(1);
    let showcase = { email: '', open: -1 };
    for (const shop of shops) {
      const board = await api<{ items: unknown[] }>('GET', '/retailer/board?limit=100', shop.token);
      if (board.items.length > showcase.open) showcase = { email: shop.admin, open: board.items.length };
    }

    const base = config.PUBLIC_BASE_URL;
    console.log(`\nNearfill demo is seeded. Start the app with \`${start}\`, then open:\n`);
    console.log(`  Start page       ${base}/`);
    for (const maker of makers) console.log(`  ${maker.name.padEnd(16)} ${base}/s/${maker.store.slug}`);
    console.log(`  API docs         ${base}/docs`);
    console.log(`  Retailer         ${base}/retailer  (sign in as ${showcase.email}: ${countOf(showcase.open, 'order', 'orders')} on its board)`);
    console.log('\nSign in (password below):');
    console.log(`  ops console      ${base}/ops            as ops@nearfill.example`);
    for (const [role, address] of accounts.filter(([role]) => role.startsWith('manufacturer'))) {
      console.log(`  ${role.padEnd(16)} ${base}/manufacturer   as ${address}`);
    }
    console.log(`Accounts (password for all: ${DEMO_PASSWORD}):`);
    console.table(accounts.map(([role, address]) => ({ role, email: address })));
    console.log(
      `${2 * DEMO_CUSTOMERS.length} customer orders (${DEMO_CUSTOMERS.length} still open for bids), ${bids} bids. Resolution run ${run.id}: ${run.state}`,
    );
    console.table({
      considered: run.counts.considered,
      'awarded to retailers': run.counts.awardedRetailer,
      'awarded to manufacturers': run.counts.awardedManufacturer,
      'mean distance (km)': run.distance.meanKm === null ? '—' : Number(run.distance.meanKm).toFixed(1),
      'max distance (km)': run.distance.maxKm === null ? '—' : Number(run.distance.maxKm).toFixed(1),
    });
    console.log('Payments are in TEST MODE: pay at checkout with the test card 4242 4242 4242 4242 (any future expiry, any security code).');
    console.log("A few customers' tracking pages:");
    for (const url of tracking.slice(0, 3)) console.log(`  ${url}`);
    const limited = shops.find((shop) => DEMO_DAILY_CAPACITY[shop.name] === 1)!;
    const chooser = Object.entries(DEMO_CHOSEN_DEALER)[0];
    console.log("The award rule's twists:");
    console.log(`  Chosen dealer    ${chooser[0]} chose ${chooser[1]}, which won from farther away: ${chosenTracking[0]}`);
    console.log(
      `  Capacity         ${limited.name} takes ${countOf(1, 'order', 'orders')} a day: sign in as ${limited.admin}, its Bids page shows a bid lost because "Your location had no capacity left that day"`,
    );
    if (run.state !== 'completed') process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
