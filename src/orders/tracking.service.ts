import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { timeZoneAt } from '../geo/time-zone';
import { Store } from '../stores/store.entity';
import { orderHistory, orderStory } from './order-story';
import { cancelOrder } from './order-cancellation';
import { OrderLine } from './order-line.entity';
import { describeStatus, OrderStatus, statesLeadingTo } from './order-status';
import { TrackedOrder } from './order-views';
import { Order } from './order.entity';

const ERASABLE = [OrderStatus.Delivered, OrderStatus.Cancelled];

/** The customer's side of an order, reached only with its unguessable tracking token. */
@Injectable()
export class TrackingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  track(token: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => this.view(manager, await this.byToken(manager, token)));
  }

  cancel(token: string, reason?: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.byToken(manager, token);
      await cancelOrder(manager, order.id, 'customer', reason ?? 'Cancelled by the customer', 'Cancelled at your request');
      return this.view(manager, await this.byToken(manager, token));
    });
  }

  /** Everything Nearfill holds about the customer for this order. */
  export(token: string) {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.byToken(manager, token);
      const lines = await manager.find(OrderLine, { where: { orderId: order.id } });
      const history = await orderHistory(manager, order.id);
      const awards = await manager.query(
        `SELECT a.kind, r.name AS retailer, a.distance_km, a.reason, a.created_at, a.superseded_at
           FROM awards a LEFT JOIN retailers r ON r.id = a.retailer_id WHERE a.order_id = $1 ORDER BY a.created_at`,
        [order.id],
      );
      const { trackingToken: _, ...data } = order;
      return {
        exportedAt: new Date(),
        explanation:
          'Your personal data is shown to a retailer only once it has won your order; the fulfillers listed under "awards" received your name, address and contact details.',
        order: data,
        lines,
        history: history.map(({ at, fromStatus, toStatus, note }) => ({ at, fromStatus, toStatus, note })),
        awards,
      };
    });
  }

  /** Anonymises the customer's name, contact and street once the order is over; the order stays for accounting. */
  erase(token: string): Promise<TrackedOrder> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.byToken(manager, token);
      if (!ERASABLE.includes(order.status)) {
        throw new DomainError(
          ErrorCode.InvalidState,
          `Your order is ${describeStatus(order.status)}; you can erase your data once it is delivered or cancelled`,
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
      }
      return this.view(manager, await this.byToken(manager, token));
    });
  }

  private async byToken(manager: EntityManager, token: string): Promise<Order> {
    // A wrong token and a missing order look the same: tokens cannot be probed.
    const order = await manager
      .createQueryBuilder(Order, 'o')
      .addSelect('o.trackingToken')
      .where('o.tracking_token = :token', { token })
      .getOne();
    if (!order) throw DomainError.notFound('Order');
    return order;
  }

  private async view(manager: EntityManager, order: Order): Promise<TrackedOrder> {
    const store = await manager.findOneByOrFail(Store, { id: order.storeId });
    const { lines, timeline, fulfiller } = await orderStory(manager, order.id);
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
      canCancel: statesLeadingTo(OrderStatus.Cancelled).includes(order.status),
      canErase: ERASABLE.includes(order.status) && !order.erasedAt,
      erased: order.erasedAt !== null,
    };
  }
}
