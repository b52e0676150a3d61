import { DataSource } from 'typeorm';
import { CustomerEmails } from '../src/notifications/customer-emails';
import { Notification, NotificationChannel } from '../src/notifications/notification.entity';
import { eventually } from './support/eventually';
import { addLocation, makeDealer, northOf, PORTLAND } from './support/board';
import { bearer, createManufacturer, createOps, createRetailer } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { resolveNow } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

const OPS_NOTE = 'Newcomer walkthrough: award today';
const DECLINE_REASON = 'Our mechanic is on holiday';
const OPS_RESEND = 'Customer phoned about a missing mail';

/**
 * The brand's store is the brand's: along one whole journey with an ops note, a dealer's decline reason and an
 * ops resend in its history, no page or e-mail the customer gets shows them, nor the platform's name; the store's
 * credit line appears only once its manufacturer turns it on.
 */
describe('white label: what the customer reads along a whole journey', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it("no customer page or e-mail shows an internal note or the platform's name", async () => {
    const ops = await createOps(t);
    const maker = await createManufacturer(t, ops, 'Cascade Cycles');
    const { sku } = await createProduct(t, maker, { name: 'Road bike' });
    const slug = await storeSlugOf(t, maker);
    const [near, far] = [await createRetailer(t, ops, 'Rose City Bikes'), await createRetailer(t, ops, 'Gorge Cyclery')];
    await addLocation(t, near, northOf(PORTLAND, 3));
    await addLocation(t, far, northOf(PORTLAND, 20));
    await makeDealer(t, maker, near);
    await makeDealer(t, maker, far);

    const order = await placeOrder(t, slug, { lines: [{ sku, quantity: 2 }], lat: PORTLAND.lat, lng: PORTLAND.lng });
    for (const shop of [near, far]) await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await t.http.post('/api/v1/ops/bidding-windows/close').set(bearer(ops.token)).send({ manufacturerId: maker.id, reason: OPS_NOTE }).expect(200);
    await resolveNow(t, ops.token, maker.id);
    // The award's e-mail is written when the run's batch row is delivered (before the decline, or it is never sent).
    const repo = t.app.get(DataSource).getRepository(Notification);
    await eventually(
      async () => (await repo.countBy({ orderId: order.id, event: 'order.awarded', channel: NotificationChannel.Email })) > 0,
      'the award e-mail',
    );
    await t.http.post(`/api/v1/retailer/orders/${order.id}/decline`).set(bearer(near.admin.token)).send({ reason: DECLINE_REASON }).expect(200);
    await t.http
      .post(`/api/v1/retailer/orders/${order.id}/shipments`)
      .set(bearer(far.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(far.admin.token)).expect(200);
    const asked = await t.http
      .post(`/api/v1/orders/track/${order.trackingToken}/returns`)
      .send({ lines: [{ sku, quantity: 1, reason: 'Too big' }] })
      .expect(201);
    await t.http
      .post(`/api/v1/retailer/returns/${asked.body.id}/approve`)
      .set(bearer(far.admin.token))
      .send({ instructions: 'Bring it to the counter' })
      .expect(200);
    await t.http.post(`/api/v1/retailer/returns/${asked.body.id}/received`).set(bearer(far.admin.token)).expect(200);
    // The refund goes to the card through the queue; its e-mail follows it.
    await eventually(
      async () => (await repo.countBy({ orderId: order.id, event: 'return.refunded', channel: NotificationChannel.Email })) > 0,
      'the refund e-mail',
    );
    await t.http.put(`/api/v1/orders/track/${order.trackingToken}/rating`).send({ stars: 4 }).expect(200);
    // An ops step that is none of the customer's business, in the history too.
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO order_events (order_id, from_status, to_status, actor, note) SELECT id, status, status, 'ops:x', $2 FROM orders WHERE id = $1`,
        [order.id, OPS_RESEND],
      );

    const track = `/s/${slug}/track/${order.trackingToken}`;
    const pages = [
      `/s/${slug}`,
      `/s/${slug}/p/${sku}`,
      `/s/${slug}/cart`,
      `/s/${slug}/confirmation/${order.trackingToken}`,
      track,
      `${track}/return`,
      `${track}/erase`,
    ];
    const texts: Record<string, string> = {};
    for (const path of pages) {
      const response = await t.http.get(path).set('Accept', 'text/html');
      expect(`${path} ${response.status}`).toBe(`${path} 200`);
      texts[path] = response.text;
    }
    texts.export = JSON.stringify((await t.http.get(`/api/v1/orders/track/${order.trackingToken}/export`).expect(200)).body);
    texts.tracking = JSON.stringify((await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200)).body);
    const emails = await t.app.get(DataSource).getRepository(Notification).findBy({ orderId: order.id, channel: NotificationChannel.Email });
    const customerEmails = emails.filter((n) => !n.payload.userId);
    expect(new Set(customerEmails.map((n) => n.event))).toEqual(
      new Set([
        'order.received',
        'order.awarded',
        'order.rerouted',
        'order.shipped',
        'order.delivered',
        'return.requested',
        'return.approved',
        'return.refunded',
      ]),
    );
    for (const notification of customerEmails) {
      const email = (await t.app.get(CustomerEmails).render(notification))!;
      texts[`e-mail ${notification.event}`] = [email.subject, email.fromName, email.text, email.html].join('\n');
    }

    const leaks = Object.entries(texts).flatMap(([where, text]) =>
      [OPS_NOTE, DECLINE_REASON, OPS_RESEND, 'Nearfill'].filter((secret) => text.includes(secret)).map((secret) => `${where}: ${secret}`),
    );
    expect(leaks).toEqual([]);
    expect(texts[track]).toContain('passed on at once to a new fulfiller');

    // The credit line is the store's choice.
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ platformCredit: true }).expect(200);
    expect((await t.http.get(`/s/${slug}`).set('Accept', 'text/html').expect(200)).text).toContain('Order fulfilment by Nearfill');
  });
});
