// A marketplace day: `npm run bench:day` (builds first). Not part of `npm test`.
//
// One app instance (its own process, PostgreSQL + Redis, payments through the test provider as without a Stripe
// key) takes BENCH_DAY_SECONDS (default 600) of mixed traffic at fixed rates (RATES below, printed at the start;
// BENCH_DAY_SCALE multiplies them all): shoppers browse the stores' pages, place and pay orders and follow them;
// retailers poll their boards, bid, send stock counts and ship what they won; the app delivers their webhooks to a
// local receiver. Halfway, ops close every bidding window and start a resolution run. Requests are sent on a clock,
// not after the previous answer (open loop), so a slow answer does not slow the load down.
// Printed: per route, requests, errors, p50 and p99 outside the run and p99 during it (by when a request was sent);
// the app's RSS over time and its growth after the warm-up; CPU per request (app process + its PostgreSQL backends,
// read from /proc: the server must run on this machine); the load average.
//
// The data (4 manufacturers with 5 products each, 12 retailers with 2 locations each, approved dealers of every
// manufacturer, ~1,000 paid orders of which ~600 were resolved) is generated once through the app on a scratch
// database; each invocation works on a file copy of it. BENCH_REUSE_DATA=1 keeps the generated database of a
// previous invocation. BENCH_DATABASE_URL points at an admin database of the server (default
// postgres://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_URL at Redis (default redis://127.0.0.1:6379),
// BENCH_DB_SUFFIX keeps two people benchmarking on one server apart; BENCH_PROFILE=1 writes a CPU profile of the
// app to /tmp/nfprof.
require('reflect-metadata');
const { fork } = require('node:child_process');
const { createServer } = require('node:http');
const { randomBytes, randomUUID } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { loadavg } = require('node:os');
const { Client } = require('pg');
const { copyDatabase, createScratchDatabase, scratchUrl, timed } = require('../scratch-database');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');

const DATABASE = `nearfill_bench_day${process.env.BENCH_DB_SUFFIX ?? ''}`;
const RUN_DATABASE = `${DATABASE}_run`;
const SECONDS = Number(process.env.BENCH_DAY_SECONDS ?? 600);
const SCALE = Number(process.env.BENCH_DAY_SCALE ?? 1);
// RSS growth is measured from the end of the warm-up (pools opened, code paths compiled) to the end.
const WARM_UP_SECONDS = Math.min(60, Math.round(SECONDS / 10));
const RSS_EVERY_SECONDS = 5;
const PASSWORD = 'correct-horse-battery';
const MAKERS = 4;
const PRODUCTS = 5;
const RETAILERS = 12;
const BACKLOG_RESOLVED = 600;
const BACKLOG_OPEN = 400;
// Metro centres: every retailer has a location in two of them, every order ships within ~60 km of one.
const METROS = [
  [45.52, -122.68, '97201', 'Portland', 'OR'],
  [39.74, -104.99, '80202', 'Denver', 'CO'],
  [41.88, -87.63, '60601', 'Chicago', 'IL'],
  [33.75, -84.39, '30303', 'Atlanta', 'GA'],
];

/**
 * Requests a second, per kind of user action. Chosen so the database is busy but not saturated on 2 cores: at
 * 1x the app and its backends need about 0.3 of one core (~10 ms of CPU a request), leaving room for the run.
 */
const RATES = {
  browse: 10, // store front page or a product page
  order: 2, // place + pay on the hosted test page + return to the store (3 requests)
  track: 2, // a customer follows an order
  board: 6, // a retailer reads the first page of its board (12 retailers, one poll each every 2 s)
  bid: 3, // a retailer bids on an order its board showed
  stock: 0.5, // a retailer sends a location's whole stock count
  ship: 1, // a retailer ships an order it won (reading its won orders when it knows of none)
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** The app's process: serves on a free port and answers the parent with its base URL. */
async function serve() {
  const { createApp } = require('../../dist/src/app.factory');
  const { loadConfig } = require('../../dist/src/config/app-config');
  const config = loadConfig({
    DATABASE_URL: process.env.APP_DATABASE_URL,
    REDIS_URL: process.env.APP_REDIS_URL,
    QUEUE_PREFIX: process.env.APP_QUEUE_PREFIX,
    LOG_LEVEL: 'warn',
    RUN_MIGRATIONS: 'false',
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // The webhook receiver is on loopback; in production that address is refused.
    WEBHOOK_PRIVATE_ADDRESSES: 'true',
    // Payments through the test provider's hosted page, as the app takes them without a Stripe key.
    PAYMENTS_TEST_MODE: 'true',
    // Every shopper comes from the load generator's one address.
    RATE_LIMIT_ADDRESS: '100000000',
    LOGIN_ADDRESS_RATE_LIMIT: '100000',
  });
  const app = await createApp(config);
  if (process.env.APP_OPS_EMAIL) {
    // Ops users are made by the CLI in real life; here through the same service.
    const { DataSource } = require('typeorm');
    const { UsersService } = require('../../dist/src/auth/users.service');
    const { Role } = require('../../dist/src/auth/role');
    await app
      .get(DataSource)
      .transaction((manager) =>
        app
          .get(UsersService)
          .create(manager, { role: Role.Ops }, { email: process.env.APP_OPS_EMAIL, name: 'Ops', password: PASSWORD, isAdmin: true }),
      );
  }
  await app.listen(0, '127.0.0.1');
  process.send(await app.getUrl());
  process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
}

/** Starts the app on `database` in a child process (the load generator keeps its own event loop). */
function startApp(database, opsEmail) {
  const env = {
    ...process.env,
    APP_DATABASE_URL: scratchUrl(database),
    APP_REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    APP_QUEUE_PREFIX: `benchday${randomBytes(4).toString('hex')}`,
    APP_OPS_EMAIL: opsEmail ?? '',
  };
  return new Promise((resolve, reject) => {
    const execArgv = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/nfprof'] : [];
    const child = fork(__filename, ['serve'], { env, stdio: 'inherit', execArgv });
    process.once('exit', () => child.kill()); // never leave the app running behind a failed bench
    child.once('message', (url) =>
      resolve({
        url,
        pid: child.pid,
        stop: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      }),
    );
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the app exited with ${code} before listening`)));
  });
}

/** A small HTTP client on `base` that times every call under a route label. */
function httpClient(base, stats) {
  return async function call(route, method, path, { body, token, form, expect = [200] } = {}) {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    let payload;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json ?? body);
      if (body.idempotencyKey) headers['idempotency-key'] = body.idempotencyKey;
    }
    const sent = performance.now();
    let status = 0;
    let text = '';
    let location = null;
    try {
      const response = await fetch(new URL(path, base), { method, headers, body: payload, redirect: 'manual' });
      status = response.status;
      location = response.headers.get('location');
      text = await response.text();
    } catch (error) {
      text = String(error);
    }
    const ok = expect.includes(status);
    stats?.record(route, sent, performance.now() - sent, ok, ok ? null : `${status} ${text.slice(0, 200)}`);
    if (!ok && !stats) throw new Error(`${method} ${path}: ${status} ${text.slice(0, 300)}`);
    return { ok, status, location, json: () => JSON.parse(text) };
  };
}

/** Latencies per route, split by whether the request was sent while the resolution run was going. */
function createStats() {
  const routes = new Map();
  const run = { from: Infinity, to: Infinity };
  const totals = { requests: 0 };
  return {
    run,
    totals,
    record(route, sent, ms, ok, error) {
      totals.requests++;
      if (!routes.has(route)) routes.set(route, { outside: [], during: [], errors: 0, firstError: null });
      const entry = routes.get(route);
      (sent >= run.from && sent <= run.to ? entry.during : entry.outside).push(ms);
      if (!ok) {
        entry.errors++;
        entry.firstError ??= error;
      }
    },
    routes,
  };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);

/** Places an order at `slug` shipped near a metro and pays it as a shopper does; resolves to its tracking token. */
async function placeAndPay(call, maker) {
  const [lat, lng, postalCode, city, region] = pick(METROS);
  const sku = pick(maker.skus);
  const placed = await call('POST /api/v1/stores/:slug/orders', 'POST', `/api/v1/stores/${maker.slug}/orders`, {
    body: {
      idempotencyKey: randomUUID(),
      json: {
        customer: { name: 'Jamie Rivera', email: 'jamie@example.com', phone: '+1 503 555 0100' },
        shippingAddress: {
          line1: '1200 Main St',
          city,
          region,
          postalCode,
          country: 'US',
          lat: lat + (Math.random() - 0.5),
          lng: lng + (Math.random() - 0.5),
        },
        lines: [{ sku, quantity: 1 + Math.floor(Math.random() * 2) }],
      },
    },
    expect: [201],
  });
  if (!placed.ok) return null;
  const order = placed.json();
  const page = new URL(order.payment.checkoutUrl);
  const paid = await call('POST /test-payments/pay', 'POST', page.pathname + page.search, {
    form: { cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' },
    expect: [303],
  });
  if (!paid.ok) return null;
  const back = new URL(paid.location);
  const returned = await call('GET /s/:slug/return', 'GET', back.pathname + back.search, { expect: [303] });
  return returned.ok ? order.trackingToken : null;
}

/** Runs `work` over `items` with `concurrency` at a time. */
async function eachLimited(items, concurrency, work) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (queue.length) await work(queue.shift());
    }),
  );
}

const login = async (call, email) => (await call('login', 'POST', '/api/v1/auth/login', { body: { email, password: PASSWORD } })).json().accessToken;

/** Signs ops and the retailers in (with their locations), and reads the stores and their SKUs. */
async function signIn(call, db) {
  const ops = await login(call, 'ops@bench-day.test');
  const { rows: stores } = await db.query(`SELECT s.slug, s.manufacturer_id AS id, array_agg(p.sku ORDER BY p.sku) AS skus
      FROM stores s JOIN products p ON p.manufacturer_id = s.manufacturer_id GROUP BY s.slug, s.manufacturer_id ORDER BY s.slug`);
  const makers = stores.map(({ slug, id, skus }) => ({ slug, id, skus }));
  const retailers = [];
  for (let i = 1; i <= RETAILERS; i++) {
    const token = await login(call, `retailer${i}@bench-day.test`);
    const locations = (await call('locations', 'GET', '/api/v1/retailer/locations', { token })).json();
    retailers.push({ token, locations: locations.map((location) => location.id), board: [], won: [], shipping: new Set(), reading: false });
  }
  return { ops, makers, retailers };
}

/** Closes every bidding window and resolves; resolves to the finished run. */
async function closeAndResolve(call, ops) {
  await call('POST /api/v1/ops/bidding-windows/close', 'POST', '/api/v1/ops/bidding-windows/close', {
    token: ops,
    body: { reason: 'Midday run of the day' },
    expect: [200, 201],
  });
  const started = (
    await call('POST /api/v1/ops/resolutions', 'POST', '/api/v1/ops/resolutions', { token: ops, body: { dryRun: false }, expect: [201, 202] })
  ).json();
  for (;;) {
    const run = (await call('GET /api/v1/ops/resolutions/:id', 'GET', `/api/v1/ops/resolutions/${started.id}`, { token: ops })).json();
    if (run.state === 'completed') return run;
    if (run.state === 'failed') throw new Error(`resolution run ${run.id} failed`);
    await sleep(250);
  }
}

/** Bids on the first page of each retailer's board with one of its locations. */
async function bidOnBoards(call, retailers) {
  for (const retailer of retailers) {
    const page = (await call('board', 'GET', '/api/v1/retailer/board?limit=100', { token: retailer.token })).json();
    await eachLimited(
      page.items.filter(() => Math.random() < 0.5),
      4,
      (item) => call('bid', 'PUT', `/api/v1/retailer/board/${item.orderId}/bid`, { token: retailer.token, body: { locationId: item.location.id } }),
    );
  }
}

/** Generates the day's starting data through the app (and SQL for what has no API a bench can use alone). */
async function generate() {
  await timed('migrate', async () => (await createScratchDatabase(DATABASE)).destroy());
  const app = await startApp(DATABASE, 'ops@bench-day.test');
  const call = httpClient(app.url, null);
  const db = new Client({ connectionString: scratchUrl(DATABASE) });
  await db.connect();
  try {
    const ops = await login(call, 'ops@bench-day.test');
    await timed(`${MAKERS} manufacturers with ${PRODUCTS} products, ${RETAILERS} retailers with 2 locations`, async () => {
      for (let i = 1; i <= MAKERS; i++) {
        await call('onboard', 'POST', '/api/v1/ops/manufacturers', {
          token: ops,
          body: { name: `Bench Maker ${i}`, admin: { email: `maker${i}@bench-day.test`, name: 'Admin', password: PASSWORD } },
          expect: [201],
        });
        const token = await login(call, `maker${i}@bench-day.test`);
        for (let k = 1; k <= PRODUCTS; k++) {
          await call('product', 'POST', '/api/v1/manufacturer/products', {
            token,
            body: { sku: `M${i}-BK-${k}`, name: `Bike ${k}`, priceMinor: 50000 + 10000 * k, fulfilmentPriceMinor: 40000 + 8000 * k },
            expect: [201],
          });
        }
      }
      for (let i = 1; i <= RETAILERS; i++) {
        await call('onboard', 'POST', '/api/v1/ops/retailers', {
          token: ops,
          body: { name: `Bench Shop ${i}`, admin: { email: `retailer${i}@bench-day.test`, name: 'Admin', password: PASSWORD } },
          expect: [201],
        });
        const token = await login(call, `retailer${i}@bench-day.test`);
        for (const [lat, lng, postalCode, city, region] of [METROS[i % METROS.length], METROS[(i + 1) % METROS.length]]) {
          await call('location', 'POST', '/api/v1/retailer/locations', {
            token,
            body: {
              name: `${city} shop`,
              line1: '1 Main St',
              city,
              region,
              postalCode,
              country: 'US',
              lat: lat + (Math.random() - 0.5) / 2,
              lng: lng + (Math.random() - 0.5) / 2,
              serviceRadiusKm: 150,
            },
            expect: [201],
          });
        }
      }
      // Dealer requests and approvals have their own tests; here every retailer deals for every manufacturer.
      await db.query(`INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status, decided_at)
        SELECT m.id, r.id, 'approved', now() FROM manufacturers m, retailers r`);
      // A draft store takes no orders; the launch checklist has its own tests, so the stores open here as launched.
      await db.query(`UPDATE stores SET launched_at = now()`);
    });
    const state = await signIn(call, db);
    const placeBacklog = (count) =>
      eachLimited(Array.from({ length: count }), 6, async () => {
        if (!(await placeAndPay(call, pick(state.makers)))) throw new Error('a backlog order was not placed');
      });
    await timed(`${BACKLOG_RESOLVED} paid orders, bids, resolved`, async () => {
      await placeBacklog(BACKLOG_RESOLVED);
      await bidOnBoards(call, state.retailers);
      await closeAndResolve(call, state.ops);
    });
    await timed(`${BACKLOG_OPEN} paid orders on the board`, () => placeBacklog(BACKLOG_OPEN));
    await db.query('VACUUM ANALYZE');
  } finally {
    await db.end();
    await app.stop();
  }
}

async function reusable() {
  if (process.env.BENCH_REUSE_DATA !== '1') return false;
  const admin = new Client({ connectionString: scratchUrl('postgres') });
  await admin.connect();
  try {
    return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

/** A local receiver of the retailers' webhooks: answers 200 to each delivery and counts them. */
async function startReceiver() {
  const received = { deliveries: 0, events: new Map() };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.deliveries++;
      const type = JSON.parse(body).type;
      received.events.set(type, (received.events.get(type) ?? 0) + 1);
      response.end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hooks`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** The user actions, each one request or a short sequence; they record into the stats themselves. */
function actions(call, state, tokens) {
  const { makers, retailers } = state;
  return {
    browse: () => {
      const maker = pick(makers);
      return Math.random() < 0.5
        ? call('GET /s/:slug', 'GET', `/s/${maker.slug}`)
        : call('GET /s/:slug/p/:sku', 'GET', `/s/${maker.slug}/p/${encodeURIComponent(pick(maker.skus))}`);
    },
    order: async () => {
      const token = await placeAndPay(call, pick(makers));
      if (token) tokens.push(token);
    },
    track: () => tokens.length && call('GET /api/v1/orders/track/:token', 'GET', `/api/v1/orders/track/${pick(tokens)}`),
    board: async () => {
      const retailer = pick(retailers);
      const page = await call('GET /api/v1/retailer/board', 'GET', '/api/v1/retailer/board?limit=50', { token: retailer.token });
      if (page.ok) retailer.board = page.json().items.filter((item) => !item.myBid);
    },
    bid: () => {
      const retailer = pick(retailers.filter((r) => r.board.length));
      if (!retailer || state.closing) return;
      const item = retailer.board.splice(Math.floor(Math.random() * retailer.board.length), 1)[0];
      return call('PUT /api/v1/retailer/board/:orderId/bid', 'PUT', `/api/v1/retailer/board/${item.orderId}/bid`, {
        token: retailer.token,
        body: { locationId: item.location.id },
      });
    },
    stock: () => {
      const retailer = pick(retailers);
      // Enough on hand for the bids of a day: a bid beyond what is available is refused (409), rightly.
      const items = makers.flatMap((maker) => maker.skus.map((sku) => ({ sku, quantity: 200 + Math.floor(Math.random() * 100) })));
      return call('PUT /api/v1/retailer/inventory/locations/:id', 'PUT', `/api/v1/retailer/inventory/locations/${pick(retailer.locations)}`, {
        token: retailer.token,
        body: { items },
      });
    },
    ship: async () => {
      const retailer = pick(retailers);
      if (!retailer.won.length) {
        if (retailer.reading) return;
        retailer.reading = true;
        const page = await call('GET /api/v1/retailer/orders', 'GET', '/api/v1/retailer/orders?limit=100', { token: retailer.token });
        retailer.reading = false;
        // Orders whose shipment is still on its way read as awarded: left out, so none is shipped twice.
        if (page.ok)
          retailer.won = page
            .json()
            .items.filter((order) => order.status === 'awarded_retailer' && !retailer.shipping.has(order.id))
            .map((order) => order.id);
        return;
      }
      const id = retailer.won.shift();
      retailer.shipping.add(id);
      return call('POST /api/v1/retailer/orders/:id/shipments', 'POST', `/api/v1/retailer/orders/${id}/shipments`, {
        token: retailer.token,
        body: { carrier: 'UPS', trackingNumber: `1Z${randomBytes(6).toString('hex').toUpperCase()}` },
        expect: [200, 201],
      });
    },
  };
}

async function day() {
  const receiver = await startReceiver();
  await timed('copy the generated database', () => copyDatabase(DATABASE, RUN_DATABASE));
  const app = await startApp(RUN_DATABASE);
  const stats = createStats();
  const setupCall = httpClient(app.url, null);
  const call = httpClient(app.url, stats);
  const admin = new Client({ connectionString: scratchUrl(RUN_DATABASE) });
  await admin.connect();
  const state = await signIn(setupCall, admin);
  // Written directly: in production the API takes only https endpoints, and the receiver is plain http on loopback.
  await admin.query(`INSERT INTO retailer_webhooks (retailer_id, url, secret) SELECT id, $1, md5(random()::text) FROM retailers`, [receiver.url]);
  const tokens = [];
  const work = actions(call, state, tokens);
  const rates = Object.fromEntries(Object.entries(RATES).map(([name, rate]) => [name, rate * SCALE]));
  console.log(
    `Rates a second: ${Object.entries(rates)
      .map(([name, rate]) => `${name} ${rate}`)
      .join(', ')} (BENCH_DAY_SCALE=${SCALE})`,
  );
  console.log(`Duration ${SECONDS} s, resolution run at ${SECONDS / 2} s, RSS measured from ${WARM_UP_SECONDS} s`);

  const inFlight = new Set();
  const fire = (name) => {
    const promise = Promise.resolve(work[name]()).catch((error) => stats.record(name, performance.now(), 0, false, String(error)));
    inFlight.add(promise);
    promise.finally(() => inFlight.delete(promise));
  };
  const start = performance.now();
  const timers = Object.entries(rates).map(([name, rate]) => setInterval(() => fire(name), 1000 / rate));
  const rss = [];
  const load = [loadavg()[0]];
  const rssTimer = setInterval(() => rss.push([Math.round((performance.now() - start) / 1000), rssMb(app.pid)]), RSS_EVERY_SECONDS * 1000);
  let cpuBefore = null;
  let requestsAtWarmUp = 0;
  const warmed = sleep(WARM_UP_SECONDS * 1000).then(async () => {
    requestsAtWarmUp = stats.totals.requests;
    cpuBefore = await cpuSample(admin, RUN_DATABASE, app.pid);
  });

  await sleep((SECONDS / 2) * 1000);
  // Bids already sent finish before the windows close; bids chosen from a board read before it would be refused.
  state.closing = true;
  await Promise.all([...inFlight]);
  stats.run.from = performance.now();
  const run = await closeAndResolve(call, state.ops);
  stats.run.to = performance.now();
  for (const retailer of state.retailers) retailer.board = [];
  state.closing = false;
  load.push(loadavg()[0]);
  const runSeconds = (stats.run.to - stats.run.from) / 1000;

  await sleep(Math.max(0, SECONDS * 1000 - (performance.now() - start)));
  timers.forEach(clearInterval);
  clearInterval(rssTimer);
  await Promise.all([...inFlight]);
  await warmed;
  const cpuMs = cpuMsBetween(app.pid, cpuBefore, await cpuSample(admin, RUN_DATABASE, app.pid));
  load.push(loadavg()[0]);
  await sleep(2000); // the last webhooks
  await admin.end();
  await app.stop();
  await receiver.close();

  console.log(
    `Resolution run at ${(SECONDS / 2).toFixed(0)} s: ${runSeconds.toFixed(1)} s, ${run.counts.considered} orders (${run.counts.awardedRetailer} to retailers, ${run.counts.awardedManufacturer} to manufacturers)`,
  );
  const table = {};
  let requests = 0;
  let errors = 0;
  for (const [route, entry] of [...stats.routes].sort()) {
    const outside = entry.outside.sort((a, b) => a - b);
    const during = entry.during.sort((a, b) => a - b);
    const all = [...outside, ...during].sort((a, b) => a - b);
    requests += all.length;
    errors += entry.errors;
    const fixed = (value) => (value === null ? '-' : Number(value.toFixed(1)));
    table[route] = {
      requests: all.length,
      errors: entry.errors,
      'p50 ms': fixed(percentile(all, 50)),
      'p99 ms outside run': fixed(percentile(outside, 99)),
      'p99 ms during run': fixed(percentile(during, 99)),
      'max ms': fixed(all.at(-1) ?? null),
    };
    if (entry.firstError) console.log(`  first error on ${route}: ${entry.firstError}`);
  }
  console.table(table);
  const warm = rss.find(([second]) => second >= WARM_UP_SECONDS)?.[1] ?? rss[0][1];
  const last = rss.at(-1)[1];
  const every = Math.max(1, Math.round(rss.length / 20));
  console.log(
    `RSS MB over time (s: MB): ${rss
      .filter((_, i) => i % every === 0 || i === rss.length - 1)
      .map(([s, mb]) => `${s}: ${mb.toFixed(0)}`)
      .join(', ')}`,
  );
  console.log(
    `RSS after warm-up ${warm.toFixed(0)} MB, at the end ${last.toFixed(0)} MB: ${(((last - warm) / warm) * 100).toFixed(1)}% growth (target <= 10%)`,
  );
  console.log(
    `Webhook deliveries received: ${receiver.received.deliveries} (${[...receiver.received.events].map(([type, n]) => `${type} ${n}`).join(', ')})`,
  );
  console.log(
    `Requests ${requests}, errors ${errors} (target 0); CPU after the warm-up ${(cpuMs.total / 1000).toFixed(1)} s: ` +
      `app ${(cpuMs.server / 1000).toFixed(1)} s + PostgreSQL backends ${(cpuMs.database / 1000).toFixed(1)} s, ` +
      `${((cpuMs.total / 1000 / (SECONDS - WARM_UP_SECONDS)) * 100).toFixed(0)}% of one core; ${(cpuMs.total / (stats.totals.requests - requestsAtWarmUp)).toFixed(2)} ms a request`,
  );
  console.log(`Load average (1 min) at the start, after the run, at the end: ${load.map((l) => l.toFixed(2)).join(', ')}`);
}

async function main() {
  console.log(`Marketplace day on ${DATABASE}`);
  if (await reusable()) console.log('  data: reused from a previous invocation (BENCH_REUSE_DATA=1)');
  else await generate();
  await day();
}

if (process.argv[2] === 'serve') {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
