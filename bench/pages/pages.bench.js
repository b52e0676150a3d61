// Page speed benchmark: `npm run bench:pages` (builds first). Not part of `npm test`.
//
// Every page type of the four audiences, served by the real app on a large data set (page-data.js; BENCH_ORDERS,
// default 1,000,000), under autocannon with BENCH_CONNECTIONS clients (default 10) for BENCH_SECONDS (default 5)
// each, beside a floor measured in the same run: a bare Fastify + pg + Eta server that, for the same address, runs
// the same SQL the app ran for it (recorded from the app's own first request, same text and parameters, on one
// pooled connection, transactions included) and renders the page's own template (the same views, layout and
// partials) with the view-model the app gave it on that request (page-views.js). The floor checks no sign-in
// (no token, no session): that, Nest's pipeline, TypeORM and building the view-model from rows are what a
// page's ratio holds beyond the floor. The cart and checkout pages come with a cart of one bike (its cookie).
// Per page: the first request after start, p50 and p99 (ms), and CPU ms per page of the server process and of
// its PostgreSQL backends (from /proc, steadier than latency on a busy machine), for both, with the ratio, and
// whether the floor's HTML is the app's (a time left on the board can move by a minute in between).
// BENCH_REUSE_DATA=1 keeps the data of a previous invocation when it has as many orders; BENCH_DB_SUFFIX names the
// database apart; BENCH_PAGES=board,ops-orders measures only those; BENCH_PROFILE=1 writes CPU profiles of both
// servers to /tmp/nfprof.
require('reflect-metadata');
const autocannon = require('autocannon');
const Fastify = require('fastify');
const { Pool } = require('pg');
const { fork } = require('node:child_process');
const { scratchUrl } = require('../scratch-database');
const { cpuSample, cpuMsBetween } = require('../cpu-sample');
const { SLUG, PASSWORD, PEOPLE, createBenchApp, prepareData } = require('./page-data');
const { recordRenders, floorRenderer } = require('./page-views');

const DATABASE = `nearfill_bench_pages${process.env.BENCH_DB_SUFFIX ?? ''}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const SLOW_MS = 1000;

/** Each page type: who reads it (a key of PEOPLE, or nobody), its address, and whether a shopper's cart comes with it. */
const PAGES = {
  catalogue: { path: `/s/${SLUG}` },
  search: { path: `/s/${SLUG}?q=gravel+bike+420` },
  product: { path: `/s/${SLUG}/p/BK-00420` },
  cart: { path: `/s/${SLUG}/cart`, cart: true },
  checkout: { path: `/s/${SLUG}/checkout`, cart: true },
  tracking: { path: `/s/${SLUG}/track/${'{token}'}` },
  board: { who: 'retailer', path: '/retailer/bid-board' },
  won: { who: 'retailer', path: '/retailer/won' },
  bids: { who: 'retailer', path: '/retailer/my-bids' },
  statement: { who: 'retailer', path: '/retailer/statement' },
  'maker-orders': { who: 'manufacturer', path: '/manufacturer/sales' },
  'maker-catalogue': { who: 'manufacturer', path: '/manufacturer/catalogue' },
  dealers: { who: 'manufacturer', path: '/manufacturer/dealership' },
  'maker-insight': { who: 'manufacturer', path: '/manufacturer/fulfilment-insight' },
  'ops-orders': { who: 'ops', path: '/ops/store-orders' },
  'ops-runs': { who: 'ops', path: '/ops/runs' },
  'ops-outbox': { who: 'ops', path: '/ops/outbox' },
  'ops-insight': { who: 'ops', path: '/ops/fulfilment-insight' },
};

// ---- the servers, each in its own process ----

/** The real app, recording the SQL and the view-model of the requests that carry x-bench-record (sent one at a time). */
async function startNearfill() {
  const { Client } = require('pg');
  let recording = null;
  let renders = null;
  recordRenders(
    () => renders !== null,
    (render) => renders.push(render),
  );
  const query = Client.prototype.query;
  Client.prototype.query = function (config, values, callback) {
    if (recording && (typeof config === 'string' || config?.text)) {
      recording.push(
        typeof config === 'string'
          ? { text: config, values: Array.isArray(values) ? values : undefined }
          : { text: config.text, values: config.values },
      );
    }
    return query.call(this, config, values, callback);
  };
  const app = await createBenchApp(DATABASE, {
    // One load generator on one address reads thousands of pages: the bench measures pages, not the limits.
    RATE_LIMIT_ADDRESS: '100000000',
    RATE_LIMIT_USER: '100000000',
  });
  const http = app.getHttpAdapter().getInstance();
  http.addHook('onRequest', async (request) => {
    if (request.headers['x-bench-record']) [recording, renders] = [[], []];
  });
  // The SQL goes to the bench over the IPC channel before the answer does.
  http.addHook('onSend', async (request, _reply, payload) => {
    if (request.headers['x-bench-record']) {
      process.send({ queries: recording, renders });
      [recording, renders] = [null, null];
    }
    return payload;
  });
  await app.listen(0, '127.0.0.1');
  return { url: await app.getUrl(), close: () => app.close() };
}

/**
 * The floor: for each page, the app's recorded SQL on one pooled connection, then the page's own template
 * rendered with the page's view-model (page-views.js). No sign-in: it does not check a token or a session.
 */
async function startFloor(recorded) {
  const pool = new Pool({ connectionString: scratchUrl(DATABASE), max: 10 });
  const render = floorRenderer();
  const app = Fastify();
  // Whether the floor's HTML for the page is the app's, byte for byte (the first request's, with its view-model).
  const sameHtml = {};
  for (const [name, page] of Object.entries(recorded)) {
    sameHtml[name] = render(page.render) === page.html;
    app.get(`/floor/${name}`, async (_request, reply) => {
      const client = await pool.connect();
      try {
        for (const { text, values } of page.queries) await client.query(text, values);
      } finally {
        client.release();
      }
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
      return render(page.render);
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${app.server.address().port}`,
    sameHtml,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

/** Server processes still running, stopped if the bench fails. */
const children = new Set();

function serve(kind, input) {
  return new Promise((resolve, reject) => {
    // Structured clone: view-models hold dates, maps and sets.
    const child = fork(__filename, ['serve', kind], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/nfprof'] : [],
    });
    children.add(child);
    child.once('message', ({ url, sameHtml }) =>
      resolve({
        url,
        sameHtml,
        pid: child.pid,
        child,
        stop: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
            children.delete(child);
          }),
      }),
    );
    child.once('error', reject);
    if (input) child.send(input);
  });
}

// ---- the load ----

function load(url, headers) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

async function measure(server, admin, url, headers) {
  await load(url, headers).catch(() => undefined); // warm-up, discarded (DURATION s)
  const before = await cpuSample(admin, DATABASE, server.pid);
  const result = await load(url, headers);
  const cpu = cpuMsBetween(server.pid, before, await cpuSample(admin, DATABASE, server.pid));
  const pages = result['2xx'];
  const per = (ms) => (pages ? Number((ms / pages).toFixed(2)) : null);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    pages,
    non2xx: result.non2xx,
    server: per(cpu.server),
    database: per(cpu.database),
    total: per(cpu.total),
  };
}

async function main() {
  const only = process.env.BENCH_PAGES?.split(',');
  const pages = Object.entries(PAGES).filter(([name]) => !only || only.includes(name));
  console.log(`Pages: ${pages.length} page types, ${CONNECTIONS} clients, ${DURATION} s each (after as long a warm-up), database ${DATABASE}`);
  await prepareData(DATABASE);
  const admin = new Pool({ connectionString: scratchUrl(DATABASE), max: 1 });
  const {
    rows: [order],
  } = await admin.query(`SELECT tracking_token FROM orders WHERE status = 'delivered' ORDER BY number DESC LIMIT 1`);

  const nearfill = await serve('nearfill');
  const tokens = {};
  for (const [who, email] of Object.entries(PEOPLE)) {
    const response = await fetch(`${nearfill.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    tokens[who] = (await response.json()).accessToken;
  }
  // A shopper's cart of one bike, kept on the server and found by its cookie (as a browser would send it).
  const added = await fetch(`${nearfill.url}/s/${SLUG}/cart`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sku: 'BK-00420', quantity: '1' }),
  });
  const cartCookie = added.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('cart='))
    ?.split(';')[0];
  if (!cartCookie) throw new Error(`cart: ${added.status}, no cart cookie`);
  const headersOf = ({ who, cart }) => ({
    ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}),
    ...(cart ? { cookie: cartCookie } : {}),
  });
  const pathOf = ({ path }) => path.replace('{token}', order.tracking_token);

  // The first request of each page type after start: its time, its SQL, its view-model and its HTML (for the floor).
  const recorded = {};
  const first = {};
  for (const [name, page] of pages) {
    const heard = new Promise((resolve) => nearfill.child.once('message', resolve));
    const start = performance.now();
    // Not followed: a redirect is not the page (and autocannon would measure the redirect).
    const response = await fetch(`${nearfill.url}${pathOf(page)}`, { redirect: 'manual', headers: { ...headersOf(page), 'x-bench-record': '1' } });
    const html = await response.text();
    first[name] = Math.round(performance.now() - start);
    if (response.status !== 200) throw new Error(`${name}: ${response.status} ${response.headers.get('location') ?? html.slice(0, 300)}`);
    const { queries, renders } = await heard;
    if (renders.length !== 1) throw new Error(`${name}: ${renders.length} templates rendered, not one`);
    recorded[name] = { html, queries, render: renders[0] };
  }
  // A page whose single request takes over a second would keep the server busy long after its own run, charging
  // the pages measured after it: it is reported with its first request only. A first request pays for reading
  // cold data too, so one over a second is timed again before the page is left out.
  const again = {};
  for (const [name, page] of pages.filter(([name]) => first[name] > SLOW_MS)) {
    const start = performance.now();
    await fetch(`${nearfill.url}${pathOf(page)}`, { redirect: 'manual', headers: headersOf(page) }).then((response) => response.text());
    again[name] = Math.round(performance.now() - start);
  }
  const loaded = pages.filter(([name]) => (again[name] ?? first[name]) <= SLOW_MS);
  // Each page on the app, then at once on its floor: the machine's other work moves both alike (the idle server
  // and its idle backends are not counted).
  const floor = await serve('floor', recorded);
  const [results, floors] = [{}, {}];
  for (const [name, page] of loaded) {
    results[name] = await measure(nearfill, admin, `${nearfill.url}${pathOf(page)}`, headersOf(page));
    floors[name] = await measure(floor, admin, `${floor.url}/floor/${name}`, {});
  }
  await Promise.all([nearfill.stop(), floor.stop()]);
  await admin.end();

  const table = {};
  for (const [name] of pages) {
    const [app, base] = [results[name] ?? {}, floors[name] ?? {}];
    table[name] = {
      'first ms': first[name],
      'again ms': again[name],
      p50: app.p50,
      p99: app.p99,
      'server cpu': app.server,
      'db cpu': app.database,
      'floor p99': base.p99,
      'floor same HTML': floor.sameHtml[name] ? 'yes' : 'NO',
      'floor server': base.server,
      'floor db': base.database,
      'cpu ×floor': app.total && base.total ? Number((app.total / base.total).toFixed(2)) : null,
      queries: recorded[name].queries.length,
      KB: Math.round(recorded[name].html.length / 1024),
    };
  }
  console.table(table);
  const load1 = require('node:os').loadavg()[0].toFixed(1);
  console.log(`CPU in ms per page (server process; its PostgreSQL backends). Load average at the end: ${load1}.`);
  console.log('The floor runs the same SQL and renders the same template and view-model, but checks no sign-in (token or session).');
  const missed = Object.entries(table)
    .filter(([name, row]) => !results[name] || row['cpu ×floor'] > 1.5 || row.p99 > 50)
    .map(([name]) => name);
  console.log(
    missed.length ? `Over 1.5× the floor's CPU or a p99 over 50 ms: ${missed.join(', ')}` : 'Every page within 1.5× its floor and a p99 ≤ 50 ms.',
  );
}

if (process.argv[2] === 'serve') {
  const start = (input) =>
    (process.argv[3] === 'nearfill' ? startNearfill() : startFloor(input)).then((server) => {
      process.send({ url: server.url, sameHtml: server.sameHtml });
      process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
    });
  if (process.argv[3] === 'floor') process.once('message', start);
  else start();
} else {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      for (const child of children) child.kill('SIGTERM');
      process.exit(1);
    },
  );
}
