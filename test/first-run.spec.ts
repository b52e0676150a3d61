import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_ENV, MAIN, OPS_CLI, runCli, RunningApp, startBuiltApp } from './support/built-app';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { databaseUrl } from './support/test-env';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// The built app as a newcomer starts it on another port: what it prints and what it e-mails must agree.
describe('a first run on a non-default port', () => {
  const workdir = mkdtempSync(join(tmpdir(), 'nearfill-first-run-'));
  let database: string;
  let port: number;
  let env: Record<string, string>;
  let app: RunningApp | undefined;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;

  async function api(path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const response = await fetch(url(path), {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: await response.json() };
  }
  const login = async (email: string, password: string) =>
    (await api('/api/v1/auth/login', { method: 'POST', body: { email, password } })).body.accessToken;

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    env = { ...BARE_ENV, PORT: String(port), DATABASE_URL: databaseUrl(database), JWT_SECRET: randomBytes(32).toString('hex'), NODE_ENV: 'test' };
    expect(runCli(OPS_CLI, ['--email', 'ops@first-run.test', '--password', 'first-run-ops-password'], workdir, env).status).toBe(0);
    app = await startBuiltApp(workdir, url(''), env);
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await dropTestDatabase(database);
    rmSync(workdir, { recursive: true, force: true });
  });

  it('prints and e-mails URLs on the port it listens on', async () => {
    const printed = /Nearfill is listening on (\S+) /.exec(app!.output())?.[1];
    expect(printed).toBe(`http://localhost:${port}`);

    const ops = await login('ops@first-run.test', 'first-run-ops-password');
    const admin = { email: 'admin@first-run.test', name: 'Admin', password: 'first-run-admin-password' };
    expect((await api('/api/v1/ops/manufacturers', { method: 'POST', token: ops, body: { name: 'First Run Bikes', admin } })).status).toBe(201);
    const maker = await login(admin.email, admin.password);
    const slug = (await api('/api/v1/manufacturer/store', { token: maker })).body.slug;
    await api('/api/v1/manufacturer/products', {
      method: 'POST',
      token: maker,
      body: { sku: 'FR-1', name: 'Bike', priceMinor: 1000, fulfilmentPriceMinor: 800 },
    });
    const warehouse = { line1: '1 Factory Rd', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' };
    await api('/api/v1/manufacturer/store', { method: 'PATCH', token: maker, body: { primaryColor: '#0f766e', warehouse } });
    expect((await api('/api/v1/manufacturer/store/launch', { method: 'POST', token: maker, body: {} })).status).toBe(200);
    const placed = await api(`/api/v1/stores/${slug}/orders`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      body: {
        customer: { name: 'Jamie Rivera', email: 'jamie@first-run.test' },
        shippingAddress: { line1: '1200 SW Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
        lines: [{ sku: 'FR-1', quantity: 1 }],
      },
    });
    expect(placed.body.trackingUrl).toBe(`${printed}/s/${slug}/track/${placed.body.trackingToken}`);
    // The test provider's payment page is on that port too; paying there places the order (and sends its e-mail).
    expect(placed.body.payment.checkoutUrl.startsWith(`${printed}/test-payments/pay?session=`)).toBe(true);
    const paid = await fetch(placed.body.payment.checkoutUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' }),
    });
    expect((await fetch(paid.headers.get('location')!, { redirect: 'manual' })).headers.get('location')).toContain('/confirmation/');

    let emailText = '';
    for (let tries = 0; !emailText && tries < 60; tries++) {
      const [found] = (await api('/api/v1/ops/emails?to=jamie@first-run.test', { token: ops })).body.items;
      if (found) emailText = (await api(`/api/v1/ops/emails/${found.id}`, { token: ops })).body.text;
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(emailText).toContain(`Follow your order: ${printed}/s/${slug}/track/`);
  });

  it('logs each request once, whatever it reaches, and keeps route mapping out of the info log', async () => {
    const paths = ['/health', '/', '/s/no-such-store', '/api/v1/stores/no-such-store', '/docs-json', '/assets/favicon.svg', '/no-route-at-all'];
    const ids = await Promise.all(
      paths.map(async (path) => {
        const id = `one-line-${randomUUID()}`;
        await fetch(url(path), { headers: { 'x-request-id': id } }).then((r) => r.arrayBuffer());
        return id;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = app!.output().split('\n');
    expect(ids.map((id) => lines.filter((line) => line.includes(id)).length)).toEqual(paths.map(() => 1));
    const logged = JSON.parse(lines.find((line) => line.includes(ids[2]))!);
    expect(logged).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/s/no-such-store' }, res: { statusCode: 404 } });
    expect(app!.output()).not.toMatch(/Mapped \{|RoutesResolver|InstanceLoader/);
  });

  it('says in one line, with the fix, that the port is taken or the embedded database is in use', () => {
    const taken = runCli(MAIN, [], workdir, env);
    expect(taken.status).toBe(1);
    expect(`${taken.stdout}${taken.stderr}`.trim()).toBe(
      `Port ${port} on 0.0.0.0 is already in use (another Nearfill?). Stop that process, or start with another port: PORT=${port + 1} npm start`,
    );

    // This test's own process plays the other Nearfill holding the embedded database's folder.
    const dataDir = join(workdir, 'held-data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'pg.lock'), String(process.pid));
    const held = runCli(MAIN, [], workdir, { ...BARE_ENV, PORT: String(port + 1), DATA_DIR: dataDir });
    expect(held.status).toBe(1);
    expect(`${held.stdout}${held.stderr}`.trim()).toBe(
      `The embedded database in ${join(dataDir, 'pg')} is in use by process ${process.pid} (another Nearfill, or npm run demo). Stop that process, or set DATA_DIR to another folder.`,
    );
  }, 120_000);
});
