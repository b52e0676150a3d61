import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CustomerEmails } from '../../src/notifications/customer-emails';
import { Notification, NotificationChannel, NotificationEvent } from '../../src/notifications/notification.entity';
import { bearer, Tenant } from './factories';
import { payOrder } from './payments';
import { TestApp } from './test-app';

export interface PickedUpOrder {
  id: string;
  number: string;
  trackingToken: string;
}

/** Places a pick-up-in-store order at `locationId` and takes it through the store's steps to picked up. */
export async function pickedUpOrder(
  t: TestApp,
  slug: string,
  store: Tenant,
  locationId: string,
  lines: { sku: string; quantity: number }[],
): Promise<PickedUpOrder> {
  const placed = await t.http
    .post(`/api/v1/stores/${slug}/orders`)
    .set('Idempotency-Key', randomUUID())
    .send({ customer: { name: 'Jamie Rivera', email: 'jamie@example.com' }, fulfilment: { method: 'pickup', locationId }, lines })
    .expect(201);
  const order = placed.body as PickedUpOrder;
  await payOrder(t, placed.body);
  const step = (what: string, body: object = {}) =>
    t.http.post(`/api/v1/retailer/pickups/${order.id}/${what}`).set(bearer(store.admin.token)).send(body).expect(200);
  await step('accept');
  await step('ready');
  const tracked = await t.http.get(`/api/v1/orders/track/${order.trackingToken}`).expect(200);
  await step('picked-up', { code: tracked.body.pickup.code });
  return order;
}

/** The customer's e-mail for `event` on this order, rendered as it is sent. */
export async function customerEmail(t: TestApp, orderId: string, event: NotificationEvent) {
  const notification = await t.app
    .get(DataSource)
    .getRepository(Notification)
    .findOneByOrFail({ orderId, event, channel: NotificationChannel.Email });
  return (await t.app.get(CustomerEmails).render(notification))!;
}
