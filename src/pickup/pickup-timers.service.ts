import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { emailCustomer, notifyRetailers } from '../notifications/outbox';
import { OrderStatus } from '../orders/order-status';
import { transitionOrder } from '../orders/order-transitions';
import { requestRelease } from '../payments/payment-operations';
import { HandlesJob } from '../queue/job-handler.decorator';
import { Clock } from '../resolution/clock';
import { PickupAddressParts, pickupAddress } from './pickup-placement';
import { shipToStore } from './ship-to-store';
import { countOf } from '../common/plural';

/** The customer is reminded this long before an uncollected pickup is cancelled. */
export const PICKUP_REMINDER_DAYS = 3;

export interface PickupTimerCounts {
  shippedToStore: number;
  reminded: number;
  cancelled: number;
}

/**
 * The pickup clocks, checked by a scheduled job: a store that has not accepted by `accept_by` loses the
 * order to ship-to-store; a ready order is reminded about `PICKUP_REMINDER_DAYS` before `collect_by` and
 * cancelled after it. Each order in its own transaction, re-checked under lock, so the job can run twice.
 */
@Injectable()
export class PickupTimers {
  private readonly logger = new Logger(PickupTimers.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @HandlesJob('pickup.timers')
  async run(): Promise<PickupTimerCounts> {
    const now = this.clock.now();
    const counts = {
      shippedToStore: await this.each(
        `SELECT p.order_id, s.pickup_accept_hours AS hours FROM pickups p JOIN orders o ON o.id = p.order_id JOIN stores s ON s.id = o.store_id
          WHERE o.status = 'pickup_assigned' AND p.accept_by <= $1`,
        now,
        OrderStatus.PickupAssigned,
        (manager, orderId, row) =>
          shipToStore(manager, orderId, 'system', { by: 'overdue', what: `did not accept it within ${countOf(row.hours, 'hour', 'hours')}` }, now),
      ),
      reminded: await this.each(
        `SELECT p.order_id FROM pickups p JOIN orders o ON o.id = p.order_id
          WHERE o.status = 'ready_for_pickup' AND p.reminded_at IS NULL AND p.collect_by > $1
            AND p.collect_by - make_interval(days => ${PICKUP_REMINDER_DAYS}) <= $1`,
        now,
        OrderStatus.ReadyForPickup,
        (manager, orderId) => this.remind(manager, orderId, now),
      ),
      cancelled: await this.each(
        `SELECT p.order_id, s.pickup_hold_days AS days FROM pickups p JOIN orders o ON o.id = p.order_id JOIN stores s ON s.id = o.store_id
          WHERE o.status = 'ready_for_pickup' AND p.collect_by <= $1`,
        now,
        OrderStatus.ReadyForPickup,
        (manager, orderId, row) => this.cancelUncollected(manager, orderId, row.days, now),
      ),
    };
    if (counts.shippedToStore + counts.reminded + counts.cancelled) this.logger.log(counts, 'Pickup timers');
    return counts;
  }

  /** Runs `step` for each due order whose status is still `status` once locked; counts those it ran for. */
  private async each(
    due: string,
    now: Date,
    status: OrderStatus,
    step: (manager: EntityManager, orderId: string, row: Record<string, number>) => Promise<unknown>,
  ): Promise<number> {
    const rows: ({ order_id: string } & Record<string, number>)[] = await this.dataSource.query(due, [now]);
    let done = 0;
    for (const row of rows) {
      const ran = await this.dataSource.transaction(async (manager) => {
        const [order] = await manager.query<({ status: OrderStatus } | undefined)[]>(`SELECT status FROM orders WHERE id = $1 FOR UPDATE`, [
          row.order_id,
        ]);
        if (order?.status !== status) return false;
        await step(manager, row.order_id, row);
        return true;
      });
      if (ran) done++;
    }
    return done;
  }

  private async remind(manager: EntityManager, orderId: string, now: Date): Promise<void> {
    // Only the first to mark it sends it: a second run finds reminded_at set.
    const [pickup] = await manager.query<(PickupAddressParts & { store: string; code: string; collectBy: Date })[]>(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH marked AS (
         UPDATE pickups p SET reminded_at = $2 FROM retailer_locations l, retailers r
          WHERE p.order_id = $1 AND p.reminded_at IS NULL AND l.id = p.location_id AND r.id = p.retailer_id
          RETURNING r.name AS store, l.line1, l.line2, l.city, l.region, l.postal_code AS "postalCode", p.code, p.collect_by AS "collectBy")
       SELECT * FROM marked`,
      [orderId, now],
    );
    if (!pickup) return;
    await emailCustomer(manager, orderId, 'pickup.reminder', {
      pickup: { store: pickup.store, address: pickupAddress(pickup), code: pickup.code, by: new Date(pickup.collectBy).toISOString() },
    });
  }

  private async cancelUncollected(manager: EntityManager, orderId: string, days: number, now: Date): Promise<void> {
    const reason = `Not collected within ${countOf(days, 'day', 'days')}`;
    await transitionOrder(manager, {
      orderId,
      to: OrderStatus.Cancelled,
      from: [OrderStatus.ReadyForPickup],
      actor: 'system',
      note: `${reason}, so the order was cancelled`,
      set: { cancelledAt: now, cancelReason: reason },
    });
    const [{ retailer_id: retailerId }] = await manager.query<{ retailer_id: string }[]>(`SELECT retailer_id FROM pickups WHERE order_id = $1`, [
      orderId,
    ]);
    await requestRelease(manager, orderId);
    await emailCustomer(manager, orderId, 'order.cancelled');
    await notifyRetailers(manager, 'pickup.cancelled', orderId, [retailerId], { reason: `${reason}: put it back in stock` });
  }
}
