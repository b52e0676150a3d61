// Order placement benchmark: `npm run bench:order-placement` (builds first). Not part of `npm test`.
//
// A completed order is a PAID one, with the card payment in the path as a shopper takes it: POST
// /api/v1/stores/:slug/orders (the app opens a Stripe Checkout Session), the customer pays on Stripe's page
// (the fake of Stripe's API the tests use, in this process, through the official SDK), and the customer's return
// to the store (the app looks the session up at Stripe and posts the order). Driven by BENCH_CONNECTIONS customers
// in a loop on the real Nearfill app on PostgreSQL, then, in the same run, on the same database and against the
// same fake, a baseline: a minimal Fastify + pg server making the same two Stripe calls and the same durable writes
// (idempotency key, order, line, payment row; then the payment authorised, two history rows, the customer's
// e-mail outbox row; the board_orders row comes from the trigger on orders for both). Prints paid orders/s, p50
// and p99 of a whole checkout (ms), and CPU per paid order (the server process plus its PostgreSQL backends, read
// from /proc: steadier than req/s on a busy machine). BENCH_DATABASE_URL points at an admin database of the server
// to use; BENCH_PROFILE=1 writes CPU profiles of the servers to /tmp/nfprof.
const Fastify = require('fastify');
const { Pool } = require('pg');
const Stripe = require('stripe');
const { fork } = require('node:child_process');
const { randomBytes, randomUUID } = require('node:crypto');
const { scratchUrl } = require('../scratch-database');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');
const { SLUG, ORDER, createStoreDatabase, startNearfill } = require('../nearfill-store');
const { startFakeStripe } = require('./fake-stripe');

const DATABASE = 'nearfill_bench_orders';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);

const dbUrl = () => scratchUrl(DATABASE);

/** Stripe's client as the app makes it (no SDK retries: the app's queue retries), on the fake of BENCH_STRIPE_URL. */
function stripeClient() {
  const api = new URL(process.env.BENCH_STRIPE_URL);
  return new Stripe(process.env.BENCH_STRIPE_KEY, {
    host: api.hostname,
    port: Number(api.port),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

/** The same Stripe calls and writes as a paid placement, with nothing around them: the floor for this database. */
async function startBaseline() {
  const pool = new Pool({ connectionString: dbUrl(), max: 10 });
  const stripe = stripeClient();
  const app = Fastify();
  const inTransaction = async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  app.post('/api/v1/stores/:slug/orders', async (request, reply) => {
    const response = await inTransaction(async (client) => {
      const {
        rows: [store],
      } = await client.query('SELECT id, manufacturer_id, currency FROM stores WHERE slug = $1', [request.params.slug]);
      await client.query(
        `INSERT INTO idempotency_keys (store_id, key, request_hash, response_status, response_body) VALUES ($1, $2, 'x', 0, 'null')`,
        [store.id, request.headers['idempotency-key']],
      );
      const body = request.body;
      const {
        rows: [product],
      } = await client.query('SELECT * FROM products WHERE manufacturer_id = $1 AND sku = $2', [store.manufacturer_id, body.lines[0].sku]);
      const quantity = body.lines[0].quantity;
      const token = randomBytes(24).toString('base64url');
      const {
        rows: [order],
      } = await client.query(
        `INSERT INTO orders (manufacturer_id, store_id, status, currency, total_minor, payout_minor, customer_name, customer_email, customer_phone,
           ship_line1, ship_city, ship_region, ship_postal_code, ship_country, ship_lat, ship_lng, tracking_token)
         VALUES ($1, $2, 'awaiting_payment', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 45.5078, -122.6897, $14)
         RETURNING id, number`,
        [
          store.manufacturer_id,
          store.id,
          store.currency,
          product.price_minor * quantity,
          product.fulfilment_price_minor * quantity,
          body.customer.name,
          body.customer.email,
          body.customer.phone,
          body.shippingAddress.line1,
          body.shippingAddress.city,
          body.shippingAddress.region,
          body.shippingAddress.postalCode,
          body.shippingAddress.country,
          token,
        ],
      );
      await client.query(
        `INSERT INTO order_lines (order_id, product_id, sku, name, quantity, unit_price_minor, unit_fulfilment_price_minor) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [order.id, product.id, product.sku, product.name, quantity, product.price_minor, product.fulfilment_price_minor],
      );
      await client.query(
        `INSERT INTO order_events (order_id, from_status, to_status, actor, note) VALUES ($1, NULL, 'awaiting_payment', 'customer', 'received')`,
        [order.id],
      );
      // The hosted page, opened inside the transaction as the app does.
      const metadata = { order_id: order.id, order_number: String(order.number) };
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer_email: body.customer.email,
          success_url: `http://shop.test/s/${request.params.slug}/payment/${token}/return?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `http://shop.test/s/${request.params.slug}/payment/${token}/cancel`,
          expires_at: Math.floor(Date.now() / 1000) + 3600,
          line_items: [
            {
              quantity,
              price_data: {
                currency: store.currency.trim().toLowerCase(),
                unit_amount: Number(product.price_minor),
                product_data: { name: product.name },
              },
            },
          ],
          metadata,
          payment_intent_data: { capture_method: 'manual', metadata },
        },
        { idempotencyKey: `checkout:${order.id}` },
      );
      await client.query(
        `INSERT INTO order_payments (order_id, provider, session_id, checkout_url, session_expires_at, currency, amount_minor) VALUES ($1, 'stripe', $2, $3, $4, $5, $6)`,
        [order.id, session.id, session.url, new Date(session.expires_at * 1000), store.currency, product.price_minor * quantity],
      );
      const answer = { id: order.id, number: order.number, status: 'awaiting_payment', trackingToken: token, payment: { checkoutUrl: session.url } };
      await client.query(`UPDATE idempotency_keys SET response_status = 201, response_body = $3 WHERE store_id = $1 AND key = $2`, [
        store.id,
        request.headers['idempotency-key'],
        answer,
      ]);
      return answer;
    });
    reply.code(201);
    return response;
  });
  // The customer's return from the hosted page: the session looked up at Stripe, the order posted once.
  app.get('/s/:slug/payment/:token/return', async (request, reply) => {
    const session = await stripe.checkout.sessions.retrieve(request.query.session_id, { expand: ['payment_intent.latest_charge'] });
    const card = session.payment_intent.latest_charge.payment_method_details.card;
    await inTransaction(async (client) => {
      const {
        rows: [payment],
      } = await client.query(
        `SELECT p.order_id, p.state FROM order_payments p JOIN orders o ON o.id = p.order_id WHERE o.tracking_token = $1 FOR UPDATE OF p`,
        [request.params.token],
      );
      if (payment.state !== 'open') return;
      await client.query(
        `UPDATE order_payments SET state = 'authorised', payment_id = $2, capture_before = $3, card_brand = $4, card_last4 = $5, authorised_at = now() WHERE order_id = $1`,
        [payment.order_id, session.payment_intent.id, new Date(card.capture_before * 1000), card.brand, card.last4],
      );
      await client.query(`UPDATE orders SET status = 'posted', posted_at = now(), resolves_at = now() + interval '1 day' WHERE id = $1`, [
        payment.order_id,
      ]);
      await client.query(
        `INSERT INTO order_events (order_id, from_status, to_status, actor, note) VALUES ($1, 'awaiting_payment', 'placed', 'system', 'paid'), ($1, 'placed', 'posted', 'system', 'posted')`,
        [payment.order_id],
      );
      // The customer's "order received" e-mail, as an outbox row in the same transaction.
      await client.query(`INSERT INTO notifications (channel, event, order_id, payload) VALUES ('email', 'order.received', $1, '{}')`, [
        payment.order_id,
      ]);
    });
    return reply.redirect(`/s/${request.params.slug}/confirmation/${request.params.token}`, 303);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${app.server.address().port}/api/v1`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

/**
 * BENCH_CONNECTIONS customers, each checking out again and again for `seconds`: place the order, pay on the
 * (fake) Stripe page, come back to the store. Resolves to the paid orders and each checkout's time in ms.
 */
async function load(apiUrl, fake, seconds) {
  const root = apiUrl.replace(/\/api\/v1$/, '');
  const times = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  const customer = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      try {
        const placed = await fetch(`${apiUrl}/stores/${SLUG}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(ORDER),
        });
        const order = await placed.json();
        if (placed.status !== 201) throw new Error(`placement answered ${placed.status}: ${order.message}`);
        const sessionId = order.payment.checkoutUrl.split('/').pop();
        fake.pay(sessionId);
        const back = await fetch(`${root}/s/${SLUG}/payment/${order.trackingToken}/return?session_id=${sessionId}`, { redirect: 'manual' });
        await back.arrayBuffer();
        if (back.status !== 303 || !/\/confirmation\//.test(back.headers.get('location') ?? '')) throw new Error(`return answered ${back.status}`);
        times.push(performance.now() - started);
      } catch (error) {
        if (failures++ === 0) console.error(error.message);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, customer));
  return { paid: times.length, failures, seconds, times: times.sort((a, b) => a - b) };
}

/** The run's figures and the CPU of cpuMsBetween, per paid order: total, and the server's and its database's parts. */
function summary(result, cpuMs) {
  const orders = result.paid;
  const perOrder = (ms) => (orders ? Number((ms / orders).toFixed(2)) : null);
  const at = (q) => (orders ? Number(result.times[Math.min(orders - 1, Math.floor(q * orders))].toFixed(1)) : null);
  return {
    paidPerSec: Number((orders / result.seconds).toFixed(1)),
    p50: at(0.5),
    p99: at(0.99),
    paidOrders: orders,
    cpuMsPerOrder: perOrder(cpuMs.total),
    serverCpuMs: perOrder(cpuMs.server),
    databaseCpuMs: perOrder(cpuMs.database),
    failures: result.failures,
  };
}

const SERVERS = {
  'baseline (Fastify + pg)': startBaseline,
  Nearfill: () =>
    startNearfill(DATABASE, {
      STRIPE_SECRET_KEY: process.env.BENCH_STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: process.env.BENCH_STRIPE_WEBHOOK_SECRET,
      STRIPE_API_URL: process.env.BENCH_STRIPE_URL,
    }),
};

/** Each server runs in its own process, so the load generator does not share its event loop. */
function serve(name, fake) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, BENCH_STRIPE_URL: fake.url, BENCH_STRIPE_KEY: fake.secretKey, BENCH_STRIPE_WEBHOOK_SECRET: fake.webhookSecret };
    const child = fork(__filename, ['serve', name], {
      env,
      stdio: 'inherit',
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/nfprof'] : [],
    });
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
  });
}

async function main() {
  console.log(`Paid order placement: ${CONNECTIONS} customers, ${DURATION} s each, PostgreSQL database ${DATABASE}, Stripe = the fake of its API`);
  await createStoreDatabase(DATABASE);
  const fake = await startFakeStripe();
  const admin = new Pool({ connectionString: dbUrl(), max: 1 });
  const results = {};
  for (const name of Object.keys(SERVERS)) {
    const server = await serve(name, fake);
    await load(server.url, fake, Math.min(5, DURATION)); // warm-up, discarded; it also opens the pool's connections
    const before = await cpuSample(admin, DATABASE, server.pid);
    const result = await load(server.url, fake, DURATION);
    results[name] = summary(result, cpuMsBetween(server.pid, before, await cpuSample(admin, DATABASE, server.pid)));
    await server.stop();
  }
  await admin.end();
  await fake.stop();
  console.table(results);
  const nearfill = results.Nearfill;
  const baseline = results['baseline (Fastify + pg)'];
  console.log(
    `Nearfill completes ${((nearfill.paidPerSec / baseline.paidPerSec) * 100).toFixed(0)}% of the baseline's paid orders/s; p99 ${nearfill.p99} ms per checkout.`,
  );
  console.log(
    `CPU per paid order: Nearfill ${nearfill.cpuMsPerOrder} ms, baseline ${baseline.cpuMsPerOrder} ms ` +
      `(${(nearfill.cpuMsPerOrder / baseline.cpuMsPerOrder).toFixed(2)}×; app process + its PostgreSQL backends; the fake Stripe's own CPU is in neither).`,
  );
  if (nearfill.failures) console.log(`Nearfill: ${nearfill.failures} checkouts failed.`);
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
