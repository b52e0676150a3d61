import { EntityManager } from 'typeorm';
import { approvedDealer, AREA_KM, LINES, LOST_REASON, SHIP_AREA, SHOWN_KM, withinReach } from '../board/board.sql';
import { preparedQuery } from '../database/prepared-query';
import { JobPayloads, OutboxJobName } from '../queue/jobs';
import { Notification, NotificationChannel, NotificationEvent } from './notification.entity';

/**
 * Writing to the outbox. Every function here runs inside the caller's transaction, so a notification
 * exists exactly when the change it reports was committed (a run's awards: their `batch` row); the relay
 * takes it to the queue afterwards.
 */

/**
 * The order as every retailer event describes it (alias `o`, manufacturer `m`): what to have in stock, for
 * how much, and the area it ships to. Never the customer's name, street or contact.
 */
export const ORDER_EVENT_DATA = `jsonb_build_object(
  'id', o.id, 'number', o.number::text, 'manufacturer', jsonb_build_object('id', m.id, 'name', m.name),
  'lines', ${LINES}, 'payoutMinor', o.payout_minor, 'currency', o.currency, 'shipTo', ${SHIP_AREA},
  'resolvesAt', o.resolves_at)`;

/**
 * Why retailer award `a` (of order `o`) went to its retailer, in the retailer's words. The award's own reason is the
 * customer's ("You chose …", "The dealer you chose …"), so the customer's choices are told the other way round; the
 * nearest-dealer reasons read the same to both.
 */
export const RETAILER_AWARD_REASON = `CASE
  WHEN a.bid_id IS NULL THEN 'The customer chose to pick it up at your store'
  WHEN a.retailer_id = o.chosen_retailer_id
    THEN 'The customer chose your store at checkout, and you confirmed it in stock, ' || round(a.distance_km::numeric, 1) || ' km away'
  ELSE a.reason END`;

/** An award as the winning retailer's event describes it (alias `a`, its order `o`), with where to fetch the full order. */
export const AWARD_EVENT_DATA = `jsonb_build_object(
  'award', jsonb_build_object('id', a.id, 'locationId', a.location_id, 'distanceKm', a.distance_km, 'reason', ${RETAILER_AWARD_REASON}),
  'orderUrl', '/api/v1/retailer/orders/' || a.order_id)`;

/**
 * Runs job `name` once this transaction commits, and only if it does: the job is an outbox row, relayed and
 * retried like a notification, so a Redis outage delays it but does not lose it. Jobs run this way must be
 * idempotent (a delivery may repeat).
 */
export async function runAfterCommit<N extends OutboxJobName>(manager: EntityManager, name: N, data: JobPayloads[N]): Promise<void> {
  await manager.insert(Notification, { channel: NotificationChannel.Job, event: name, payload: { ...data } });
}

/** Every event but those only retailers or their staff are told of: each of these is an e-mail to the customer. */
export type CustomerEmailEvent = Exclude<
  NotificationEvent,
  'order.posted' | 'order.lost' | 'pickup.cancelled' | 'return.to_decide' | 'rating.received' | 'inventory.stale' | 'payout.held'
>;

/**
 * What a customer e-mail is rendered from besides the order: the award it announces, or the pickup or
 * return step it reports (facts as of that step, so a late delivery still says what happened then).
 */
export interface EmailRefs {
  awardId?: string;
  pickup?: { store: string; address: string; code?: string; by?: string };
  return?: { id: string; instructions?: string; reason?: string; refundMinor?: number; lines?: string[] };
}

export async function emailCustomer(manager: EntityManager, orderId: string, event: CustomerEmailEvent, refs: EmailRefs = {}): Promise<void> {
  await manager.insert(Notification, { channel: NotificationChannel.Email, event, orderId, payload: { ...refs } });
}

/** E-mails to a party's own staff rather than to a customer (rendered by StaffEmails). */
export type StaffEmailEvent = 'return.to_decide' | 'inventory.stale';

/**
 * `event` e-mailed to each active admin of the party that handles it: the retailer when one is named, else the
 * manufacturer. One row per admin, each carrying `facts` and its `userId` (which is what makes it a staff e-mail).
 */
export async function emailStaff(
  manager: EntityManager,
  event: StaffEmailEvent,
  party: { retailerId: string | null; manufacturerId: string },
  orderId: string | null,
  facts: Record<string, unknown>,
): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (channel, event, order_id, payload)
     SELECT 'email', $1, $2, $3::jsonb || jsonb_build_object('userId', u.id)
       FROM users u
      WHERE u.is_admin AND u.disabled_at IS NULL
        AND CASE WHEN $4::uuid IS NULL THEN u.manufacturer_id = $5::uuid ELSE u.retailer_id = $4::uuid END`,
    [event, orderId, JSON.stringify(facts), party.retailerId, party.manufacturerId],
  );
}

/** `event` to each of these retailers that has a webhook, with the order's data and `extra`. */
export async function notifyRetailers(
  manager: EntityManager,
  event: NotificationEvent,
  orderId: string,
  retailerIds: string[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (!retailerIds.length) return;
  await manager.query(
    `INSERT INTO notifications (channel, event, order_id, retailer_id, payload)
     SELECT 'webhook', $2, o.id, w.retailer_id, jsonb_build_object('order', ${ORDER_EVENT_DATA}) || $4::jsonb
       FROM orders o
       JOIN manufacturers m ON m.id = o.manufacturer_id
       JOIN retailer_webhooks w ON w.retailer_id = ANY($3::uuid[])
      WHERE o.id = $1`,
    [orderId, event, retailerIds, JSON.stringify(extra)],
  );
}

/** `order.awarded` to the retailer of this award, if it has a webhook. */
export async function notifyAwardedRetailer(manager: EntityManager, awardId: string): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (channel, event, order_id, retailer_id, payload)
     SELECT 'webhook', 'order.awarded', o.id, w.retailer_id, jsonb_build_object('order', ${ORDER_EVENT_DATA}) || ${AWARD_EVENT_DATA}
       FROM awards a
       JOIN retailer_webhooks w ON w.retailer_id = a.retailer_id
       JOIN orders o ON o.id = a.order_id
       JOIN manufacturers m ON m.id = o.manufacturer_id
      WHERE a.id = $1`,
    [awardId],
  );
}

/**
 * `order.posted` to every retailer that could bid on the new order (the board's rule) and has a webhook,
 * with its nearest location's distance as the board shows it (whole km to the order's area).
 */
export async function notifyRetailersInReach(manager: EntityManager, orderId: string): Promise<void> {
  // Prepared: it runs on every order placed, and planning it cost more than running it.
  await preparedQuery(
    manager,
    `INSERT INTO notifications (channel, event, order_id, retailer_id, payload)
     SELECT 'webhook', 'order.posted', o.id, w.retailer_id,
            jsonb_build_object('order', ${ORDER_EVENT_DATA},
                               'nearestLocation', jsonb_build_object('id', near.id, 'name', near.name, 'distanceKm', ${SHOWN_KM('near.distance_km')}))
       FROM orders o
       JOIN manufacturers m ON m.id = o.manufacturer_id
       JOIN retailer_webhooks w ON ${approvedDealer('w.retailer_id')}
       CROSS JOIN LATERAL (
         SELECT l.id, l.name, ${AREA_KM} AS distance_km
           FROM retailer_locations l
          WHERE l.retailer_id = w.retailer_id AND l.active AND ${withinReach()}
          ORDER BY distance_km, l.id LIMIT 1) near
      WHERE o.id = $1`,
    [orderId],
  );
}

/** What a `batch` row of the outbox stands for: the awards run `runId` made on these orders. */
export interface AwardBatch {
  runId: string;
  orderIds: string[];
}

/**
 * The messages of a batch of awards, written when its `batch` row is delivered (the nightly run writes one
 * row per batch, not one per message): the customer's e-mail and, to each bidder with a webhook,
 * `order.awarded` or `order.lost`. Delivery may come late (the queue was down): an award passed on since
 * (declined, overdue) was announced by its re-route, so it only tells `order.lost` to bidders never awarded it.
 */
export async function announceAwards(manager: EntityManager, { runId, orderIds }: AwardBatch): Promise<void> {
  await manager.query(
    `WITH awarded AS (
       SELECT a.id, a.order_id, a.retailer_id, a.bid_id, a.location_id, a.distance_km, a.reason, a.superseded_at IS NULL AS live
         FROM awards a WHERE a.order_id = ANY($2::uuid[]) AND a.run_id = $1
     ), mailed AS (
       INSERT INTO notifications (channel, event, order_id, payload)
       SELECT 'email', 'order.awarded', a.order_id, jsonb_build_object('awardId', a.id)
         FROM awarded a JOIN orders o ON o.id = a.order_id
        WHERE a.live AND o.erased_at IS NULL
     )
     INSERT INTO notifications (channel, event, order_id, retailer_id, payload)
     SELECT 'webhook', CASE WHEN b.id = a.bid_id THEN 'order.awarded' ELSE 'order.lost' END, o.id, b.retailer_id,
            jsonb_build_object('order', ${ORDER_EVENT_DATA})
              || CASE WHEN b.id = a.bid_id THEN ${AWARD_EVENT_DATA}
                      ELSE (SELECT jsonb_build_object('reason', lost->>'message', 'lost', lost) FROM (SELECT ${LOST_REASON}::jsonb AS lost) why) END
       FROM awarded a
       JOIN bids b ON b.order_id = a.order_id AND b.status = 'open'
       JOIN retailer_webhooks w ON w.retailer_id = b.retailer_id
       JOIN orders o ON o.id = a.order_id
       JOIN manufacturers m ON m.id = o.manufacturer_id
      WHERE a.live OR NOT EXISTS (SELECT 1 FROM awards other WHERE other.order_id = a.order_id AND other.retailer_id = b.retailer_id)`,
    [runId, orderIds],
  );
}
