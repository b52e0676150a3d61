// Peer comparison: `npm run bench:vendure-peer` (installs this folder's own dependencies if missing, builds
// Nearfill first). Not part of `npm test`; this folder is outside the root project's build, tests and install.
//
// A Vendure 3 guest checkout beside a Nearfill order placement, on the same PostgreSQL server (of
// BENCH_DATABASE_URL, an admin database URL), each on a scratch database of its own. Vendure runs as its starter
// project sets it up from @vendure/core alone: DefaultJobQueuePlugin (jobs are written to the database; no worker
// runs, as Nearfill's outbox relay waits until after the runs), DefaultSearchPlugin and DefaultSchedulerPlugin,
// one product variant with stock tracked, one shipping method, and the dummy payment handler settling at once.
// Each server runs in a child process (NODE_ENV=production); this process drives BENCH_CONNECTIONS customers
// (default 10), each placing orders one after another for BENCH_WARMUP_SECONDS (default 10, discarded) then
// BENCH_SECONDS (default 20). Keep warm-up + run under 50 s: Nearfill's outbox relay first runs 60 s after start.
//
// One Vendure checkout is a new guest session (bearer token) doing the shop API's addItemToOrder,
// setCustomerForOrder (a new e-mail address each time), setOrderShippingAddress, setOrderShippingMethod,
// transitionOrderToState(ArrangingPayment) and addPaymentToOrder; one Nearfill checkout is
// POST /api/v1/stores/:slug/orders with a new Idempotency-Key. Both buy two of one product shipped to Portland.
// Prints completed orders/s, p50/p99 per checkout (ms), and CPU ms per order (the server process plus its
// PostgreSQL backends, from /proc), and checks the orders in each database against the completed checkouts.
// BENCH_DATABASE_SUFFIX is appended to both scratch database names (for two runs on one server at once).
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const { fork } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { randomBytes, randomUUID } = require('node:crypto');

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SUFFIX = process.env.BENCH_DATABASE_SUFFIX ?? '';
const DATABASES = { Vendure: `vendure_bench_peer${SUFFIX}`, Nearfill: `nearfill_bench_vendure_peer${SUFFIX}` };

// ---------------------------------------------------------------------------------------------------------------
// Vendure: its configuration, setup and server. These run in child processes only, so Vendure's packages
// (its own TypeORM 0.3 and NestJS 11) never share a process with Nearfill's.

const SHIPPING_METHOD = 'Standard Shipping';
const PAYMENT_METHOD = 'Dummy Payment';

/** Vendure's config for the database at `databaseUrl`, serving on 127.0.0.1:`port`, logging warnings only. */
function vendureConfig(databaseUrl, port, synchronize) {
  const {
    DefaultJobQueuePlugin,
    DefaultLogger,
    DefaultSchedulerPlugin,
    DefaultSearchPlugin,
    LogLevel,
    dummyPaymentHandler,
  } = require('@vendure/core');
  const url = new URL(databaseUrl);
  return {
    apiOptions: {
      hostname: '127.0.0.1',
      port,
      adminApiPath: 'admin-api',
      shopApiPath: 'shop-api',
      cors: { origin: [`http://127.0.0.1:${port}`], credentials: true },
    },
    authOptions: {
      tokenMethod: 'bearer',
      superadminCredentials: { identifier: 'superadmin', password: randomBytes(12).toString('hex') },
    },
    dbConnectionOptions: {
      type: 'postgres',
      host: url.hostname,
      port: Number(url.port || 5432),
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      synchronize,
      logging: false,
    },
    paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
    logger: new DefaultLogger({ level: LogLevel.Warn }),
    plugins: [DefaultJobQueuePlugin.init({}), DefaultSearchPlugin.init({}), DefaultSchedulerPlugin.init({})],
  };
}

/**
 * Creates Vendure's schema on the (empty) database and populates it: the US in one zone, a 0% tax rate, one
 * shipping method, the dummy payment method (settling at once) and one product with one variant in stock.
 */
async function setUpVendure(databaseUrl, port) {
  const { bootstrap, dummyPaymentHandler, LanguageCode } = require('@vendure/core');
  const { populate } = require('@vendure/core/cli');
  const folder = mkdtempSync(join(os.tmpdir(), 'vendure-peer-'));
  const csv = join(folder, 'products.csv');
  writeFileSync(
    csv,
    'name,slug,description,assets,facets,optionGroups,optionValues,sku,price,taxCategory,stockOnHand,trackInventory,variantAssets,variantFacets\n' +
      'Road bike,road-bike,A road bike,,,,,BK-1,1299.00,Standard,100000000,true,,\n',
  );
  const initialData = {
    defaultLanguage: LanguageCode.en,
    defaultZone: 'Americas',
    countries: [{ name: 'United States of America', code: 'US', zone: 'Americas' }],
    taxRates: [{ name: 'Standard', percentage: 0 }],
    shippingMethods: [{ name: SHIPPING_METHOD, price: 0 }],
    paymentMethods: [{ name: PAYMENT_METHOD, handler: { code: dummyPaymentHandler.code, arguments: [{ name: 'automaticSettle', value: 'true' }] } }],
    collections: [],
  };
  // populate writes its import error log, if any, to the working directory: the scratch folder.
  process.chdir(folder);
  const app = await populate(() => bootstrap(vendureConfig(databaseUrl, port, true)), initialData, csv);
  await app.close();
  rmSync(folder, { recursive: true, force: true });
}

async function startVendure(databaseUrl, port) {
  const { bootstrap } = require('@vendure/core');
  const app = await bootstrap(vendureConfig(databaseUrl, port, false));
  return { url: `http://127.0.0.1:${port}/shop-api`, close: () => app.close() };
}

// ---------------------------------------------------------------------------------------------------------------
// The load: customers checking out one order after another over keep-alive HTTP/1.1 connections.

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** POSTs `body` (a string) to `url`; resolves to { status, headers, body } once the whole answer is in. */
function post(url, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const ORDER_RESULT = '... on Order { id code state totalWithTax } ... on ErrorResult { errorCode message }';
const VENDURE_STEPS = {
  addItemToOrder: `mutation ($variantId: ID!, $quantity: Int!) { addItemToOrder(productVariantId: $variantId, quantity: $quantity) { ${ORDER_RESULT} } }`,
  setCustomerForOrder: `mutation ($input: CreateCustomerInput!) { setCustomerForOrder(input: $input) { ${ORDER_RESULT} } }`,
  setOrderShippingAddress: `mutation ($input: CreateAddressInput!) { setOrderShippingAddress(input: $input) { ${ORDER_RESULT} } }`,
  setOrderShippingMethod: `mutation ($ids: [ID!]!) { setOrderShippingMethod(shippingMethodId: $ids) { ${ORDER_RESULT} } }`,
  transitionOrderToState: `mutation ($state: String!) { transitionOrderToState(state: $state) { ${ORDER_RESULT} } }`,
  addPaymentToOrder: `mutation ($input: PaymentInput!) { addPaymentToOrder(input: $input) { ${ORDER_RESULT} } }`,
};

/** One Vendure guest checkout in a new session; throws unless the order ends PaymentSettled. */
async function vendureCheckout(shop, catalog) {
  let token;
  const step = async (name, variables) => {
    const headers = { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
    const response = await post(shop, headers, JSON.stringify({ query: VENDURE_STEPS[name], variables }));
    // The first answer of a session carries its token; the guest's later requests present it.
    token ??= response.headers['vendure-auth-token'];
    const answer = JSON.parse(response.body);
    if (response.status !== 200 || answer.errors) throw new Error(`${name}: ${response.status} ${JSON.stringify(answer.errors)}`);
    const result = answer.data[name];
    if (result.errorCode) throw new Error(`${name}: ${result.errorCode} ${result.message}`);
    return result;
  };
  await step('addItemToOrder', { variantId: catalog.variantId, quantity: 2 });
  await step('setCustomerForOrder', {
    input: { emailAddress: `guest-${randomUUID()}@example.com`, firstName: 'Jamie', lastName: 'Rivera', phoneNumber: '+1 503 555 0100' },
  });
  await step('setOrderShippingAddress', {
    input: { fullName: 'Jamie Rivera', streetLine1: '1200 SW Main St', city: 'Portland', province: 'OR', postalCode: '97201', countryCode: 'US' },
  });
  await step('setOrderShippingMethod', { ids: [catalog.shippingMethodId] });
  await step('transitionOrderToState', { state: 'ArrangingPayment' });
  const order = await step('addPaymentToOrder', { input: { method: catalog.paymentMethodCode, metadata: {} } });
  if (order.state !== 'PaymentSettled') throw new Error(`addPaymentToOrder left order ${order.code} in ${order.state}`);
}

/** One Nearfill placement: POSTs `body` (the order's JSON) to `url`; throws unless it answers 201. */
async function nearfillCheckout(url, body) {
  const response = await post(url, { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body);
  if (response.status !== 201) throw new Error(`placement: ${response.status} ${response.body.slice(0, 300)}`);
}

/**
 * CONNECTIONS customers run `checkout` back to back, starting new ones for `seconds`, and finish those under way.
 * Resolves to the completed checkouts, their durations in ms, the seconds it all took, the failures and the
 * first failure's message.
 */
async function drive(checkout, seconds) {
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  const durations = [];
  let failed = 0;
  let firstFailure;
  const customer = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      try {
        await checkout();
        durations.push(performance.now() - start);
      } catch (error) {
        failed += 1;
        firstFailure ??= error.message;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, customer));
  return { completed: durations.length, durations, seconds: (performance.now() - begin) / 1000, failed, firstFailure };
}

const percentile = (sorted, p) =>
  sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1)) : null;

// ---------------------------------------------------------------------------------------------------------------
// The run.

/** A free TCP port on the loopback interface (Vendure is given a port; it cannot take port 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs this file as `mode` in a child process; resolves to its first message (and the child) once it sends one. */
function child(mode, ...args) {
  return new Promise((resolve, reject) => {
    // Vendure's telemetry (a heartbeat to its makers, an installation id file in the working directory) stays off.
    const env = { ...process.env, NODE_ENV: 'production', VENDURE_DISABLE_TELEMETRY: 'true' };
    const worker = fork(__filename, [mode, ...args], { stdio: 'inherit', env });
    worker.once('message', (message) => resolve({ message, worker }));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${mode} exited with code ${code} before it was ready`)));
  });
}

/** Serves `name` in a child process; resolves to { url, pid, stop() } once it listens. */
async function serve(name, ...args) {
  const { message, worker } = await child(`serve-${name}`, ...args);
  worker.removeAllListeners('exit');
  const stop = () =>
    new Promise((done) => {
      worker.once('exit', done);
      worker.kill('SIGTERM');
    });
  return { url: message, pid: worker.pid, stop };
}

/** Ids of the Vendure catalogue the checkouts use, read from its database after setup. */
async function vendureCatalog(db) {
  const {
    rows: [variant],
  } = await db.query('SELECT id FROM product_variant WHERE sku = $1', ['BK-1']);
  const {
    rows: [method],
  } = await db.query(`SELECT id FROM shipping_method WHERE code = 'standard-shipping'`);
  const {
    rows: [payment],
  } = await db.query(`SELECT code FROM payment_method WHERE enabled`);
  if (!variant || !method || !payment) throw new Error('Vendure setup left no product variant, shipping method or payment method');
  return { variantId: String(variant.id), shippingMethodId: String(method.id), paymentMethodCode: payment.code };
}

const PEERS = {
  // Orders Vendure took payment for: the checkout's last step moves them to PaymentSettled.
  Vendure: {
    countOrders: `SELECT count(*)::int AS n FROM "order" WHERE state IN ('PaymentSettled', 'PaymentAuthorized')`,
  },
  Nearfill: { countOrders: 'SELECT count(*)::int AS n FROM orders' },
};

async function measure(name, server, checkout, db) {
  const { cpuSample, cpuMsBetween } = require('../cpu-sample');
  const warmup = await drive(checkout, WARMUP_SECONDS); // discarded; it also opens the server's pool connections
  const before = await cpuSample(db, DATABASES[name], server.pid);
  const run = await drive(checkout, SECONDS);
  const cpuMs = cpuMsBetween(server.pid, before, await cpuSample(db, DATABASES[name], server.pid)).total;
  const {
    rows: [stored],
  } = await db.query(PEERS[name].countOrders);
  const sorted = run.durations.sort((a, b) => a - b);
  return {
    'orders/s': Number((run.completed / run.seconds).toFixed(1)),
    'p50 ms': percentile(sorted, 50),
    'p99 ms': percentile(sorted, 99),
    'CPU ms/order': run.completed ? Number((cpuMs / run.completed).toFixed(2)) : null,
    completed: run.completed,
    failed: warmup.failed + run.failed,
    'orders in db': stored.n,
    'completed in all': warmup.completed + run.completed,
    firstFailure: run.firstFailure ?? warmup.firstFailure,
  };
}

async function main() {
  const { Client } = require('pg');
  const { recreateDatabase, scratchUrl } = require('../scratch-database');
  const { SLUG, ORDER, createStoreDatabase } = require('../nearfill-store');
  const load = () =>
    os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  console.log(
    `Vendure peer: ${CONNECTIONS} customers, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s each, databases ${Object.values(DATABASES).join(', ')}; ` +
      `load average ${load()}`,
  );

  await recreateDatabase(DATABASES.Vendure);
  const vendureUrl = scratchUrl(DATABASES.Vendure);
  const setupStart = performance.now();
  await child('setup-vendure', vendureUrl, String(await freePort()));
  console.log(`  Vendure schema and catalogue: ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);
  await createStoreDatabase(DATABASES.Nearfill);

  const results = {};
  for (const name of ['Vendure', 'Nearfill']) {
    const db = new Client({ connectionString: scratchUrl(DATABASES[name]) });
    await db.connect();
    let server;
    let checkout;
    if (name === 'Vendure') {
      const catalog = await vendureCatalog(db);
      server = await serve('vendure', vendureUrl, String(await freePort()));
      checkout = () => vendureCheckout(server.url, catalog);
    } else {
      server = await serve('nearfill');
      const body = JSON.stringify(ORDER);
      checkout = () => nearfillCheckout(`${server.url}/stores/${SLUG}/orders`, body);
    }
    results[name] = await measure(name, server, checkout, db);
    await server.stop();
    await db.end();
  }
  agent.destroy();

  const { Vendure: vendure, Nearfill: nearfill } = results;
  const failures = Object.entries(results).filter(([, result]) => result.firstFailure);
  for (const result of Object.values(results)) delete result.firstFailure;
  console.table(results);
  for (const [name, result] of failures) console.log(`${name}'s first failure: ${result.firstFailure}`);
  console.log(
    `Nearfill: ${(nearfill['orders/s'] / vendure['orders/s']).toFixed(1)}× Vendure's orders/s, ` +
      `${(vendure['CPU ms/order'] / nearfill['CPU ms/order']).toFixed(1)}× less CPU per order (server process + its PostgreSQL backends); ` +
      `load average ${load()}.`,
  );
  for (const [name, result] of Object.entries(results)) {
    if (result['orders in db'] !== result['completed in all']) {
      console.log(`${name}: ${result['orders in db']} orders in its database but ${result['completed in all']} checkouts completed.`);
      process.exitCode = 1;
    }
  }
}

const MODES = {
  'setup-vendure': (databaseUrl, port) => setUpVendure(databaseUrl, Number(port)).then(() => process.send('done', () => process.exit(0))),
  'serve-vendure': (databaseUrl, port) => startVendure(databaseUrl, Number(port)).then(announce),
  'serve-nearfill': () => require('../nearfill-store').startNearfill(DATABASES.Nearfill).then(announce),
};

/** Tells the parent the server's URL, and closes the server on SIGTERM. */
function announce(server) {
  process.send(server.url);
  process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
}

const run = MODES[process.argv[2]] ? MODES[process.argv[2]](...process.argv.slice(3)) : main().then(() => process.exit());
run.catch((error) => {
  console.error(error);
  process.exit(1);
});
