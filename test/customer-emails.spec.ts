import { ParsedMail } from 'mailparser';
import { eventually } from './support/eventually';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { PortlandStore, portlandStore } from './support/portland-store';
import { resolveNow } from './support/resolution';
import { SmtpInbox, startSmtpInbox } from './support/smtp';
import { startTestApp, TestApp } from './support/test-app';

describe('customer e-mails over SMTP', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let ops: Account;
  let store: PortlandStore;
  let maker: Tenant;
  let slug: string;
  let near: Tenant;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, MAIL_FROM: 'orders@nearfill.test', OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '50' });
    ops = await createOps(t);
    store = await portlandStore(t, ops);
    ({ maker, slug, near } = store);
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ primaryColor: '#0f766e', accentColor: '#b45309', tagline: 'Bikes built in Portland', supportEmail: 'help@cascade.test' })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  /** The one message to this customer with this subject, once it has arrived. */
  const mailTo = (email: string, subject: string): Promise<ParsedMail> =>
    eventually(() => inbox.messages.find((m) => m.subject === subject && m.to && JSON.stringify(m.to).includes(email)), `"${subject}" to ${email}`);

  const orderFor = (email: string) => store.order({ email });

  it("tells the customer, in the store's branding, that the order was received, who ships it, that it shipped and was delivered", async () => {
    const email = 'jamie.lifecycle@example.com';
    const order = await orderFor(email);

    const received = await mailTo(email, `We received your order #${order.number}`);
    expect(received.from?.value).toEqual([{ name: 'Cascade Cycles', address: 'orders@nearfill.test' }]);
    expect(received.replyTo?.value).toEqual([{ name: '', address: 'help@cascade.test' }]);
    expect(received.html).toContain('background:#0f766e');
    expect(received.html).toContain('Bikes built in Portland');
    expect(received.text).toContain('Thank you, Jamie Rivera');
    expect(received.text).toContain('1 × Road bike  $1,299.00');
    expect(received.text).toContain('Payment: $1,299.00 authorised on Visa ending 4242; charged only when your order ships');
    expect(received.text).toContain(`/s/${slug}/track/${order.trackingToken}`);
    expect(inbox.envelopes[inbox.messages.indexOf(received)]).toEqual([email]);

    for (const shop of [store.far, near])
      await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    const awarded = await mailTo(email, `Order #${order.number} will ship from Rose City Bikes`);
    expect(awarded.text).toMatch(/Rose City Bikes, an authorised dealer in Portland, OR \(\d(\.\d)? mi from you\)/);

    await t.http
      .post(`/api/v1/retailer/orders/${order.id}/shipments`)
      .set(bearer(near.admin.token))
      .send({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' })
      .expect(200);
    const shipped = await mailTo(email, `Order #${order.number} is on its way`);
    expect(shipped.text).toContain('Carrier: UPS');
    expect(shipped.text).toContain('Tracking number: 1Z999AA10123456784');
    expect(shipped.text).toContain('Payment: $1,299.00 charged to Visa ending 4242');
    expect(shipped.html).toContain('1Z999AA10123456784');
    // UPS is a listed carrier: the e-mail and the tracking page link to its own tracking page.
    expect(shipped.text).toContain('Follow it on UPS’s site: https://www.ups.com/track?tracknum=1Z999AA10123456784');
    const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
    expect(tracked.body.parcel).toEqual({
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    });
    const page = await t.http.get(`/s/${slug}/track/${order.trackingToken}`).expect(200);
    expect(page.text).toContain('<a href="https://www.ups.com/track?tracknum=1Z999AA10123456784">1Z999AA10123456784');

    await t.http.post(`/api/v1/retailer/orders/${order.id}/delivered`).set(bearer(near.admin.token)).send({}).expect(200);
    await mailTo(email, `Order #${order.number} was delivered`);

    // Exactly one message per event, however often the relay ran.
    const mine = inbox.messages.filter((m) => JSON.stringify(m.to).includes(email));
    expect(mine.map((m) => m.subject).sort()).toEqual(
      [
        `Order #${order.number} is on its way`,
        `Order #${order.number} was delivered`,
        `Order #${order.number} will ship from Rose City Bikes`,
        `We received your order #${order.number}`,
      ].sort(),
    );
  });

  it('tells the customer when the order moves to another fulfiller, and when it is cancelled', async () => {
    const email = 'jamie.reroute@example.com';
    const order = await orderFor(email);
    await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(near.admin.token)).send({}).expect(200);
    await resolveNow(t, ops.token, maker.id);
    await t.http
      .post(`/api/v1/retailer/orders/${order.id}/decline`)
      .set(bearer(near.admin.token))
      .send({ reason: 'Out of stock after all' })
      .expect(200);
    const rerouted = await mailTo(email, `Order #${order.number} now ships from Cascade Cycles`);
    expect(rerouted.text).toContain(`The dealer first given your order #${order.number} could not ship it, so it was passed on at once`);
    // The retailer's own words stay between it and the platform.
    expect(rerouted.text).not.toContain('Out of stock after all');

    const cancelledEmail = 'jamie.cancel@example.com';
    const second = await orderFor(cancelledEmail);
    await t.http.post(`/api/v1/orders/track/${second.trackingToken}/cancel`).send({ reason: 'Found it cheaper nearby' }).expect(200);
    const cancelled = await mailTo(cancelledEmail, `Order #${second.number} was cancelled`);
    expect(cancelled.text).toContain('Found it cheaper nearby');
  });

  it('lets ops read what was sent, and forgets a customer who erases their data', async () => {
    const email = 'jamie.erase@example.com';
    const order = await orderFor(email);
    const received = await mailTo(email, `We received your order #${order.number}`);

    const list = await t.http.get('/api/v1/ops/emails').query({ to: email }).set(bearer(ops.token)).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ orderNumber: order.number, event: 'order.received', to: email, subject: received.subject, transport: 'smtp' }),
    ]);
    const one = await t.http.get(`/api/v1/ops/emails/${list.body.items[0].id}`).set(bearer(ops.token)).expect(200);
    expect(one.body.html).toContain('Cascade Cycles');
    await t.http.get('/api/v1/ops/emails').set(bearer(near.admin.token)).expect(403);

    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/cancel`).send({ reason: 'Changed my mind' }).expect(200);
    await mailTo(email, `Order #${order.number} was cancelled`);
    await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).send({}).expect(200);
    const after = await t.http.get('/api/v1/ops/emails').query({ to: email }).set(bearer(ops.token)).expect(200);
    expect(after.body.total).toBe(0);
  });
});

describe('customer e-mails without SMTP or Redis (as on the embedded default)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '', OUTBOX_RELAY_INTERVAL_MS: '50' });
  });
  afterAll(() => t?.close());

  it('keeps every e-mail in the outbox for ops to read, rendered as it would have been sent', async () => {
    const ops = await createOps(t);
    const maker = await createManufacturer(t, ops, 'Summit Golf');
    const product = await createProduct(t, maker, { name: 'Titanium driver' });
    const order = await placeOrder(t, await storeSlugOf(t, maker), {
      lines: [{ sku: product.sku }],
      customer: { email: 'kim@example.com', name: 'Kim Lee' },
    });

    const kept = await eventually(async () => {
      const { body } = await t.http.get('/api/v1/ops/emails').query({ orderNumber: order.number }).set(bearer(ops.token)).expect(200);
      return body.items[0];
    }, 'the kept e-mail');
    expect(kept).toMatchObject({
      event: 'order.received',
      to: 'kim@example.com',
      fromName: 'Summit Golf',
      transport: 'outbox',
      subject: `We received your order #${order.number}`,
    });
    const full = await t.http.get(`/api/v1/ops/emails/${kept.id}`).set(bearer(ops.token)).expect(200);
    expect(full.body.text).toContain('Thank you, Kim Lee');
    expect(full.body.text).toContain('1 × Titanium driver');
  });
});
