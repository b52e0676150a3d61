import { SchedulerRegistry } from '@nestjs/schedule';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { messageIdOf } from '../src/notifications/mailer';
import { ownerKey } from '../src/queue/queue-prefix';
import { QUEUES } from '../src/queue/jobs';
import { addLocation, makeDealer, northOf, PORTLAND, sql } from './support/board';
import { BARE_ENV, RunningApp, startBuiltApp } from './support/built-app';
import { eventually } from './support/eventually';
import { bearer, createManufacturer, createOps, createRetailer } from './support/factories';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { freePort } from './support/own-redis';
import { SmtpInbox, startSmtpInbox } from './support/smtp';
import { startTestApp, TestApp } from './support/test-app';
import { databaseUrl, TEST_REDIS_URL } from './support/test-env';
import { startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

const SECRET = 'whsec_crash_0123456789abcdef0123';
const ORDERS = 10;
const MAIL_FROM = 'orders@cascade.example';

// The built app as production runs it (PostgreSQL, Redis), killed with SIGKILL while it sends.
describe('notifications after a crash', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let hooks: WebhookReceiver;
  let child: RunningApp | undefined;
  let env: Record<string, string>;
  let base: string;
  const prefix = `crash_${randomBytes(4).toString('hex')}`;
  const workdir = mkdtempSync(join(tmpdir(), 'nearfill-crash-'));

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    hooks = await startWebhookReceiver(SECRET);
    // This process only writes the data: its relay is stopped, so the outbox rows wait for the built app.
    t = await startTestApp();
    t.app.get(SchedulerRegistry).deleteInterval('outbox-relay');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      ...BARE_ENV,
      PORT: String(port),
      DATABASE_URL: databaseUrl(t.databaseName),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: inbox.url,
      MAIL_FROM,
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    child?.process.kill('SIGKILL');
    const redis = new Redis(TEST_REDIS_URL);
    await redis.del(ownerKey(prefix));
    redis.disconnect();
    await t?.close();
    await inbox?.close();
    await hooks?.close();
  });

  const pending = async () =>
    (await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE state = 'pending' AND channel <> 'job'`))[0].n as number;

  it('sends every e-mail and webhook within a minute of the restart, each once, the e-mails under their own Message-ID', async () => {
    const ops = await createOps(t);
    const maker = await createManufacturer(t, ops, 'Cascade Cycles');
    const product = await createProduct(t, maker);
    const slug = await storeSlugOf(t, maker);
    const shop = await createRetailer(t, ops, 'Rose City Bikes');
    await addLocation(t, shop, northOf(PORTLAND, 3));
    await makeDealer(t, maker, shop);
    await t.http.put('/api/v1/retailer/webhook').set(bearer(shop.admin.token)).send({ url: hooks.url, secret: SECRET }).expect(200);
    for (let i = 0; i < ORDERS; i++) {
      await placeOrder(t, slug, {
        lines: [{ sku: product.sku }],
        lat: PORTLAND.lat,
        lng: PORTLAND.lng,
        customer: { email: `crash-${i}@example.com` },
      });
    }
    const notifications: { id: string; channel: string }[] = await sql(
      t,
      `SELECT id, channel FROM notifications WHERE channel IN ('email', 'webhook') AND state = 'pending' ORDER BY created_at`,
    );
    const emails = notifications.filter((n) => n.channel === 'email').map((n) => n.id);
    const webhooks = notifications.filter((n) => n.channel === 'webhook').map((n) => n.id);
    expect({ emails: emails.length, webhooks: webhooks.length }).toEqual({ emails: ORDERS, webhooks: ORDERS });

    // The mail server and the endpoint stall: 16 deliveries (the queue's concurrency) hold their rows, the rest wait in Redis.
    inbox.holding = true;
    hooks.holding = true;
    child = await startBuiltApp(workdir, base, env);
    await eventually(
      async () => (await sql(t, `SELECT count(*)::int AS n FROM notifications WHERE state = 'pending' AND lease_until > now()`))[0].n >= 16,
      'deliveries in flight',
      30_000,
    );
    child.process.kill('SIGKILL');
    await new Promise((resolve) => child!.process.once('exit', resolve));
    const killedAt = Date.now();
    expect(await pending()).toBe(2 * ORDERS);

    inbox.holding = false;
    hooks.holding = false;
    child = await startBuiltApp(workdir, base, env);
    const restartedAt = Date.now();
    await eventually(async () => (await pending()) === 0, 'every notification sent after the restart', 90_000);
    const afterRestartMs = Date.now() - restartedAt;
    process.stdout.write(
      `notifications after SIGKILL: ready ${restartedAt - killedAt} ms after the kill, all sent ${afterRestartMs} ms after the restart\n`,
    );
    expect(afterRestartMs).toBeLessThan(60_000);

    // Every job the dead process held is run by the queue again (a stalled-job retry) and finds its row sent.
    const queue = new Queue(QUEUES.notifications, { prefix, connection: { url: TEST_REDIS_URL } });
    try {
      await eventually(
        async () => {
          const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
          return Object.values(counts).every((n) => n === 0);
        },
        'the stalled jobs retried',
        120_000,
      );
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }

    // At most once per successful send: each e-mail arrived once, under the Message-ID of its notification.
    const states = await sql(t, `SELECT state, count(*)::int AS n FROM notifications WHERE channel IN ('email', 'webhook') GROUP BY state`);
    expect(states).toEqual([{ state: 'delivered', n: 2 * ORDERS }]);
    expect(inbox.messages.map((m) => m.messageId).sort()).toEqual(emails.map((id) => messageIdOf(id, MAIL_FROM)).sort());
    const accepted = hooks.attempts.filter((a) => a.status === 204).map((a) => a.eventId);
    expect(accepted.sort()).toEqual([...webhooks].sort());
    const stored = await sql(t, `SELECT notification_id AS id, message_id AS "messageId" FROM sent_emails`);
    expect(stored).toHaveLength(ORDERS);
    for (const { id, messageId } of stored) expect(messageId).toBe(messageIdOf(id, MAIL_FROM));

    await child.stop();
    child = undefined;
  }, 300_000);
});
