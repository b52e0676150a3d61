// Order placement benchmark: `npm run bench:order-placement` (builds first). Not part of `npm test`.
//
// autocannon drives POST /api/v1/stores/:slug/orders on the real Nearfill app on PostgreSQL, then, in the
// same run and on the same database, a baseline: a minimal Fastify + pg server doing the same durable writes
// in one transaction (idempotency key, order, line, two history rows, the customer's e-mail outbox row; the
// board_orders row comes from the trigger on orders for both). Prints req/s, p50, p99 and CPU per order (the
// server process plus its PostgreSQL backends, read from /proc: steadier than req/s on a busy machine).
// BENCH_DATABASE_URL points at an admin database of the server to use; BENCH_PROFILE=1 writes CPU profiles
// of the servers to /tmp/nfprof.
const autocannon = require('autocannon');
const Fastify = require('fastify');
const { Pool } = require('pg');
const { fork } = require('node:child_process');
const { randomBytes, randomUUID } = require('node:crypto');
const { scratchUrl } = require('../scratch-database');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');
const { SLUG, ORDER, createStoreDatabase, startNearfill } = require('../nearfill-store');

const DATABASE = 'nearfill_bench_orders';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

const dbUrl = () => scratchUrl(DATABASE);

/** The same writes as a placement, with nothing around them: the floor for this database. */
async function startBaseline() {
  const pool = new Pool({ connectionString: dbUrl(), max: 10 });
  const app = Fastify();
  app.post('/stores/:slug/orders', async (request, reply) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: [store] } = await client.query('SELECT id, manufacturer_id, currency FROM stores WHERE slug = $1', [request.params.slug]);
      await client.query(
        `INSERT INTO idempotency_keys (store_id, key, request_hash, response_status, response_body) VALUES ($1, $2, 'x', 0, 'null')`,
        [store.id, request.headers['idempotency-key']],
      );
      const body = request.body;
      const { rows: [product] } = await client.query('SELECT * FROM products WHERE manufacturer_id = $1 AND sku = $2', [store.manufacturer_id, body.lines[0].sku]);
      const quantity = body.lines[0].quantity;
      const { rows: [order] } = await client.query(
        `INSERT INTO orders (manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email, customer_phone,
           ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng, tracking_token, posted_at, resolves_at)
         VALUES ($1, $2, 'posted', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 45.5078, -122.6897, $14, now(), now() + interval '1 day')
         RETURNING id, number`,
        [store.manufacturer_id, store.id, store.currency, product.price_minor * quantity, product.fulfilment_price_minor * quantity,
          body.customer.name, body.customer.email, body.customer.phone, body.shippingAddress.line1, body.shippingAddress.city,
          body.shippingAddress.region, body.shippingAddress.postalCode, body.shippingAddress.country, randomBytes(24).toString('base64url')],
      );
      await client.query(
        `INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [order.id, product.id, product.sku, product.name, quantity, product.price_minor, product.fulfilment_price_minor],
      );
      await client.query(
        `INSERT INTO order_events (order_id, from_status, to_status, actor, note) VALUES ($1, NULL, 'placed', 'customer', 'received'), ($1, 'placed', 'posted', 'system', 'posted')`,
        [order.id],
      );
      // The customer's "order received" e-mail, as an outbox row in the same transaction.
      await client.query(`INSERT INTO notifications (channel, event, order_id, payload) VALUES ('email', 'order.received', $1, '{}')`, [order.id]);
      const response = { id: order.id, number: order.number, status: 'posted' };
      await client.query(`UPDATE idempotency_keys SET response_status = 201, response_body = $3 WHERE store_id = $1 AND key = $2`, [
        store.id, request.headers['idempotency-key'], response,
      ]);
      await client.query('COMMIT');
      reply.code(201);
      return response;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${app.server.address().port}`, close: async () => { await app.close(); await pool.end(); } };
}

function load(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/stores/${SLUG}/orders`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ORDER),
        // Every request is a new order: its own Idempotency-Key.
        requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** autocannon's result and the CPU of cpuMsBetween, per order: total, and the server's and its database's parts. */
function summary(result, cpuMs) {
  const orders = result['2xx'];
  const perOrder = (ms) => (orders ? Number((ms / orders).toFixed(2)) : null);
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    orders,
    cpuMsPerOrder: perOrder(cpuMs.total),
    serverCpuMs: perOrder(cpuMs.server),
    databaseCpuMs: perOrder(cpuMs.database),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const SERVERS = { 'baseline (Fastify + pg)': startBaseline, Nearfill: () => startNearfill(DATABASE) };

/** Each server runs in its own process, so the load generator does not share its event loop. */
function serve(name) {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['serve', name], { stdio: 'inherit', execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/nfprof'] : [] });
    child.once('message', (url) => resolve({ url, pid: child.pid, stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }) }));
    child.once('error', reject);
  });
}

async function main() {
  console.log(`Order placement: ${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL database ${DATABASE}`);
  await createStoreDatabase(DATABASE);
  const admin = new Pool({ connectionString: dbUrl(), max: 1 });
  const results = {};
  for (const name of Object.keys(SERVERS)) {
    const server = await serve(name);
    await load(server.url); // warm-up run, discarded; it also opens the pool's connections
    const before = await cpuSample(admin, DATABASE, server.pid);
    const result = await load(server.url);
    results[name] = summary(result, cpuMsBetween(server.pid, before, await cpuSample(admin, DATABASE, server.pid)));
    await server.stop();
  }
  await admin.end();
  console.table(results);
  const nearfill = results.Nearfill;
  const baseline = results['baseline (Fastify + pg)'];
  const ratio = nearfill.reqPerSec / baseline.reqPerSec;
  console.log(`Nearfill reaches ${(ratio * 100).toFixed(0)}% of the baseline's req/s (target ≥ 50%); p99 ${nearfill.p99} ms (target ≤ 100 ms).`);
  console.log(
    `CPU per order: Nearfill ${nearfill.cpuMsPerOrder} ms, baseline ${baseline.cpuMsPerOrder} ms ` +
      `(${(nearfill.cpuMsPerOrder / baseline.cpuMsPerOrder).toFixed(2)}×; app process + its PostgreSQL backends).`,
  );
  if (nearfill.non2xx || nearfill.errors) console.log(`Nearfill answered ${nearfill.non2xx} non-2xx and ${nearfill.errors} errors.`);
}

if (process.argv[2] === 'serve') {
  SERVERS[process.argv[3]]().then((server) => {
    process.send(server.url);
    process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
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
