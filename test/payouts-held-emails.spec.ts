import { DataSource } from 'typeorm';
import { Notification, NotificationChannel } from '../src/notifications/notification.entity';
import { StaffEmails } from '../src/notifications/staff-emails';
import { LocationFixture } from './support/board';
import { eventually } from './support/eventually';
import { Account, createOps, Tenant } from './support/factories';
import { ProductFixture } from './support/marketplace';
import { payoutDriver, PayoutDriver } from './support/payouts';
import { pickedUpOrder } from './support/pickup';
import { bikeAndBellStore } from './support/portland-store';
import { SmtpInbox, startSmtpInbox } from './support/smtp';
import { startTestApp, TestApp } from './support/test-app';

// A bike: fulfilment price 1,100.00, fee 9.5% + 1.29 = 105.79: the shop is owed 994.21 per bike it hands over.
const BIKE_NET = '$994.21';
const TWO_BIKES_NET = '$1,988.42';

// "Payout held" e-mails over real SMTP: once when a payout is first held, again only when the held amount grows
// or the last e-mail is four weeks old, never on every run.
describe('payout held e-mails', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let db: DataSource;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let bike: ProductFixture;
  let floor: LocationFixture;
  let pay: PayoutDriver;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, OUTBOX_RELAY_INTERVAL_MS: '50', NOTIFICATION_RETRY_MS: '50' });
    db = t.app.get(DataSource);
    ops = await createOps(t);
    ({ maker, slug, bike, shop, floor } = await bikeAndBellStore(t, ops));
    pay = payoutDriver(t, ops);
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  /** Every e-mail is sent (or found to have nothing to say): the subjects of the "on hold" e-mails `who`'s admin got. */
  async function heldEmailsTo(who: Tenant): Promise<string[]> {
    await eventually(
      async () => (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE state = 'pending'`))[0].n === 0,
      'the outbox to empty',
    );
    return inbox.messages
      .filter((m) => JSON.stringify(m.to).includes(who.admin.email) && /on hold/.test(m.subject ?? ''))
      .map((m) => m.subject ?? '');
  }

  /** The shop's first "payout held" e-mail as it would be written now (an e-mail is written when it is sent). */
  async function firstHeldEmail() {
    const [first] = await db
      .getRepository(Notification)
      .find({ where: { event: 'payout.held', channel: NotificationChannel.Email, retailerId: shop.id }, order: { createdAt: 'ASC' } });
    return t.app.get(StaffEmails).render(first);
  }

  it('e-mails once when a payout is held, not again on a run with nothing new', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await pay.payOutNow();
    expect(await heldEmailsTo(shop)).toEqual([`Your payout of ${BIKE_NET} is on hold`]);

    await pay.payOutNow();
    // The second run holds the same amount again under its own payout, and tells nobody.
    const payouts = await db.query(`SELECT status FROM payouts WHERE fulfiller_id = $1 ORDER BY created_at`, [shop.id]);
    expect(payouts.map((p: { status: string }) => p.status)).toEqual(['superseded', 'held']);
    expect(await heldEmailsTo(shop)).toEqual([`Your payout of ${BIKE_NET} is on hold`]);
    // The manufacturer (its share is held too) is told once as well.
    expect(await heldEmailsTo(maker)).toHaveLength(1);
    // The first e-mail, had it waited in the outbox until now, names the payout held now under its notice.
    expect((await firstHeldEmail())?.subject).toBe(`Your payout of ${BIKE_NET} is on hold`);
  });

  it('e-mails again when new lines are held, naming the grown amount', async () => {
    await pickedUpOrder(t, slug, shop, floor.id, [{ sku: bike.sku, quantity: 1 }]);
    await pay.payOutNow();
    expect(await heldEmailsTo(shop)).toEqual([`Your payout of ${BIKE_NET} is on hold`, `Your payout of ${TWO_BIKES_NET} is on hold`]);
    // Told anew: the first e-mail, still waiting, would say nothing any more.
    expect(await firstHeldEmail()).toBeNull();
    await pay.payOutNow();
    expect(await heldEmailsTo(shop)).toHaveLength(2);
  });

  it('reminds four weeks after the last e-mail while the payout is still held', async () => {
    await db.query(`UPDATE payouts SET held_notice_cutoff = held_notice_cutoff - interval '28 days' WHERE fulfiller_id = $1 AND status = 'held'`, [
      shop.id,
    ]);
    await pay.payOutNow();
    expect(await heldEmailsTo(shop)).toEqual([
      `Your payout of ${BIKE_NET} is on hold`,
      `Your payout of ${TWO_BIKES_NET} is on hold`,
      `Your payout of ${TWO_BIKES_NET} is on hold`,
    ]);
  });

  it('still pays the held amount once the payout account is ready, and tells nothing more', async () => {
    await pay.onboard(shop);
    const [paid] = await pay.transfersReach(1);
    expect(paid).toMatchObject({ currency: 'USD', amount: 2 * (110_000 - 10_579) });
    await pay.payOutNow();
    expect(await heldEmailsTo(shop)).toHaveLength(3);
  });
});
