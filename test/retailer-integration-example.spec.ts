import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createNearfillClient } from '../client/index';
import { retailerIntegration } from '../examples/retailer-integration/src/retailer-integration';
import { startWebhookServer } from '../examples/retailer-integration/src/webhook-server';
import { eventually } from './support/eventually';
import { Account, bearer, createOps } from './support/factories';
import { PortlandStore, portlandStore } from './support/portland-store';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const SECRET = 'whsec_example_0123456789abcdef';

/**
 * examples/retailer-integration against the real app over HTTP: its webhook server receives Nearfill's signed
 * events, and through the typed client it pushes its stock file, bids from it, and ships what it wins.
 */
describe('the retailer integration example', () => {
  let t: TestApp;
  let ops: Account;
  let store: PortlandStore;
  let hooks: { url: string; close(): Promise<void> };
  let integration: ReturnType<typeof retailerIntegration>;
  let locationId: string;
  const log: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'nearfill-example-'));

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '100' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    ops = await createOps(t);
    store = await portlandStore(t, ops);
    const shop = store.near;
    [{ id: locationId }] = (await t.http.get('/api/v1/retailer/locations').set(bearer(shop.admin.token)).expect(200)).body;
    const apiKey = (await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'Shop systems' }).expect(201)).body.key;

    const stockFile = join(dir, 'stock.json');
    writeFileSync(stockFile, JSON.stringify({ locations: [{ locationId, items: { [store.product.sku]: 2 } }] }));
    integration = retailerIntegration({
      nearfill: createNearfillClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey }),
      stockFile,
      bookParcel: async () => ({ carrier: 'UPS', trackingNumber: '1Z 999 AA1 01 2345 678 4' }),
      log: (line) => log.push(line),
    });
    hooks = await startWebhookServer({ secret: SECRET, onEvent: integration.handle, log: (line) => log.push(line) });
    // Only an admin sets where order data goes: the shop's admin does it once, by hand or with curl.
    await t.http.put('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).send({ url: hooks.url, secret: SECRET }).expect(200);
  });
  afterAll(async () => {
    await hooks?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows one order from the board to shipped with a tracking number', async () => {
    await integration.pushStock();
    const stock = (await t.http.get(`/api/v1/retailer/inventory/locations/${locationId}/items`).set(bearer(store.near.admin.token)).expect(200)).body;
    expect(stock.items).toEqual([expect.objectContaining({ sku: store.product.sku, onHand: 2, available: 2 })]);

    // Placing the order posts it: order.posted reaches the example, which bids from its stock file.
    const order = await store.order();
    const bid = await eventually(async () => {
      const { body } = await t.http.get('/api/v1/retailer/bids').set(bearer(store.near.admin.token)).expect(200);
      return body.items.find((b: { orderId: string }) => b.orderId === order.id);
    }, 'the example to bid on the posted order');
    expect(bid).toMatchObject({ status: 'open', location: { id: locationId } });

    // The daily run awards it to the nearest bidder: order.awarded reaches the example, which ships it.
    await resolveNow(t, ops.token);
    const tracked = await eventually(async () => {
      const { body } = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
      return body.status === 'shipped' && body;
    }, 'the example to ship the won order');
    expect(tracked.fulfiller).toMatchObject({ kind: 'retailer', name: 'Rose City Bikes' });
    expect(tracked.timeline).toContainEqual(
      expect.objectContaining({ status: 'shipped', note: 'Shipped with UPS, tracking number 1Z999AA10123456784' }),
    );
    expect(log).toEqual(
      expect.arrayContaining([`Bid on #${order.number}`, `Shipped #${order.number} to Jamie Rivera with UPS 1Z 999 AA1 01 2345 678 4`]),
    );
  });

  it('refuses a delivery whose signature does not match its body, and acts on nothing', async () => {
    const body = JSON.stringify({
      id: 'forged',
      type: 'order.awarded',
      createdAt: new Date().toISOString(),
      data: { order: { id: store.product.id } },
    });
    const t0 = Math.floor(Date.now() / 1000);
    const answer = await fetch(hooks.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'nearfill-signature': `t=${t0},v1=${'0'.repeat(64)}` },
    });
    expect(answer.status).toBe(401);
    expect(log).toContain('Refused a delivery: the signature does not match the body');
  });

  it("type-checks against the generated client (tsc, as the example's own npm run typecheck)", async () => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', join(ROOT, 'examples', 'retailer-integration')]).then(
      () => 'no errors',
      (error: { stdout?: string }) => error.stdout,
    );
    expect(result).toBe('no errors');
  });
});
