import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { timeZoneAt } from '../geo/time-zone';
import { trackingUrlFor } from '../fulfilment/carriers';
import { forgetCardholder, orderPaymentView } from '../payments/payment-view';
import { pickupStory } from '../pickup/pickup-story';
import { Store } from '../stores/store.entity';
import { chosenDealerStory } from './chosen-dealer';
import { orderByToken } from './order-by-token';
import { customerNote, orderHistory, orderStory } from './order-story';
import { cancelOrder } from './order-cancellation';
import { OrderLine } from './order-line.entity';
import { CUSTOMER_CANCELLABLE, describeStatus, OrderStatus } from './order-status';
import { TrackedOrder } from './order-views';
import { Order } from './order.entity';

const ERASABLE = [OrderStatus.Delivered, OrderStatus.PickedUp, OrderStatus.Cancelled, OrderStatus.Expired];

/** The customer's side of an order, reached only with its unguessable tracking token. */
@Injectable()
export class TrackingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  track(token: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => this.view(manager, await orderByToken(manager, token)));
  }

  /**
   * track(token), and `more(manager, order)` read in the same transaction: one snapshot, the order read once,
   * one BEGIN and COMMIT (a page reading the order and what hangs off it in three made three of each).
   */
  trackWith<T>(token: string, more: (manager: EntityManager, order: Order) => Promise<T>): Promise<{ order: TrackedOrder; more: T }> {
    return this.dataSource.transaction(async (manager) => {
      const order = await orderByToken(manager, token);
      return { order: await this.view(manager, order), more: await more(manager, order) };
    });
  }

  cancel(token: string, reason?: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => {
      const order = await orderByToken(manager, token);
      await cancelOrder(manager, order.id, 'customer', reason ?? 'Cancelled by the customer', 'Cancelled at your request', CUSTOMER_CANCELLABLE);
      return this.view(manager, await orderByToken(manager, token));
    });
  }

  /** Everything Nearfill holds about the customer for this order. */
  export(token: string) {
    return this.dataSource.transaction(async (manager) => {
      const order = await orderByToken(manager, token);
      const lines = await manager.find(OrderLine, { where: { orderId: order.id } });
      const history = await orderHistory(manager, order.id);
      const awards = await manager.query<Record<string, unknown>[]>(
        `SELECT a.kind, r.name AS retailer, a.distance_km, a.reason, a.created_at, a.superseded_at
           FROM awards a LEFT JOIN retailers r ON r.id = a.retailer_id WHERE a.order_id = $1 ORDER BY a.created_at`,
        [order.id],
      );
      const [rating] = await manager.query<({ stars: number; comment: string | null; ratedAt: Date } | undefined)[]>(
        `SELECT stars, comment, rated_at AS "ratedAt" FROM ratings WHERE order_id = $1`,
        [order.id],
      );
      const returns = await manager.query<Record<string, unknown>[]>(
        `SELECT r.status, r.requested_at AS "requestedAt", r.refund_minor::float8 AS "refundMinor", r.refunded_at AS "refundedAt",
                json_agg(json_build_object('sku', ol.sku, 'quantity', rl.quantity, 'reason', rl.reason)) AS lines
           FROM returns r JOIN return_lines rl ON rl.return_id = r.id JOIN order_lines ol ON ol.id = rl.order_line_id
          WHERE r.order_id = $1 GROUP BY r.id ORDER BY r.requested_at`,
        [order.id],
      );
      const { trackingToken: _, ...data } = order;
      return {
        exportedAt: new Date(),
        explanation:
          'Your personal data is shown to a dealer only once it has won your order; the fulfillers listed under "awards" received your name, address and contact details.',
        order: data,
        lines,
        history: history.flatMap((entry) => {
          const note = customerNote(entry, order.shipCountry);
          return note === null ? [] : [{ at: entry.at, fromStatus: entry.fromStatus, toStatus: entry.toStatus, note }];
        }),
        awards,
        returns,
        rating: rating ?? null,
        payment: await orderPaymentView(manager, order.id),
      };
    });
  }

  /** Anonymises the customer's name, contact and street once the order is over; the order stays for accounting. */
  erase(token: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => {
      const order = await orderByToken(manager, token);
      if (!ERASABLE.includes(order.status)) {
        throw new DomainError(
          ErrorCode.InvalidState,
          `Your order is ${describeStatus(order.status)}; you can erase your data once it is delivered, picked up, cancelled or expired`,
        );
      }
      if (!order.erasedAt) {
        await manager.update(
          Order,
          { id: order.id },
          {
            customerName: 'Erased customer',
            customerEmail: `erased+${order.id}@invalid`,
            customerPhone: null,
            shipLine1: '(erased)',
            shipLine2: null,
            erasedAt: new Date(),
          },
        );
        // The e-mails sent to them go too (with their stored copies), and any not sent yet are never sent.
        await manager.query(`DELETE FROM notifications WHERE order_id = $1 AND channel = 'email'`, [order.id]);
        // Their words go; the stars and the returns' quantities stay, anonymous, for the dealer's record and the books.
        await manager.query(`UPDATE ratings SET comment = NULL WHERE order_id = $1`, [order.id]);
        await manager.query(`UPDATE return_lines SET reason = '(erased)' WHERE return_id IN (SELECT id FROM returns WHERE order_id = $1)`, [
          order.id,
        ]);
        await forgetCardholder(manager, order.id);
      }
      return this.view(manager, await orderByToken(manager, token));
    });
  }

  private async view(manager: EntityManager, order: Order): Promise<TrackedOrder> {
    const store = await manager.findOneByOrFail(Store, { id: order.storeId });
    const { lines, timeline, fulfiller } = await orderStory(manager, order.id, order.shipCountry);
    return {
      number: order.number,
      status: order.status,
      storeName: store.name,
      storeSlug: store.slug,
      currency: order.currency,
      totalMinor: order.totalMinor,
      lines,
      shipTo: `${order.shipCity}, ${order.shipRegion}`,
      shipCountry: order.shipCountry,
      timeZone: timeZoneAt(order.shipLat, order.shipLng),
      resolvesAt: order.status === OrderStatus.Posted ? order.resolvesAt : null,
      fulfiller,
      timeline,
      parcel: await parcelOf(manager, order.id),
      canCancel: CUSTOMER_CANCELLABLE.includes(order.status),
      canErase: ERASABLE.includes(order.status) && !order.erasedAt,
      pickup: await pickupStory(manager, order.id, order.status),
      erased: order.erasedAt !== null,
      chosenDealer: await chosenDealerStory(manager, order.id),
      payment: await orderPaymentView(manager, order.id),
    };
  }
}

/** The parcel an order shipped in, with its carrier's tracking page; null before it ships and for a pickup. */
async function parcelOf(manager: EntityManager, orderId: string): Promise<TrackedOrder['parcel']> {
  const [shipment] = await manager.query<{ carrier: string; tracking_number: string }[]>(
    `SELECT s.carrier, s.tracking_number FROM shipments s
      WHERE s.order_id = $1 AND NOT EXISTS (SELECT 1 FROM pickups p WHERE p.order_id = s.order_id)`,
    [orderId],
  );
  return shipment
    ? { carrier: shipment.carrier, trackingNumber: shipment.tracking_number, trackingUrl: trackingUrlFor(shipment.carrier, shipment.tracking_number) }
    : null;
}
