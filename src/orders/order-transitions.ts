import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { OrderEvent } from './order-event.entity';
import { describeStatus, OrderStatus, statesLeadingTo } from './order-status';

export interface Transition {
  orderId: string;
  to: OrderStatus;
  /** Who did it: 'customer', 'manufacturer:<userId>', 'retailer:<retailerId>', 'system' (a run's awards are their own record). */
  actor: string;
  /** What happened, in words the customer reads on the tracking page. */
  note: string;
  /** Other columns written in the same UPDATE. */
  set?: { cancelledAt?: Date; cancelReason?: string; postedAt?: Date; resolvesAt?: Date };
  /** Narrows the allowed starting states (default: every state the lifecycle allows to reach `to`). */
  from?: OrderStatus[];
}

const COLUMNS: Record<keyof NonNullable<Transition['set']>, string> = {
  cancelledAt: 'cancelled_at',
  cancelReason: 'cancel_reason',
  postedAt: 'posted_at',
  resolvesAt: 'resolves_at',
};

/**
 * The one way an order changes status: a conditional UPDATE carrying the expected current states
 * (so two racing writers cannot both succeed) plus a history row, inside the caller's transaction.
 * An illegal move is a 409 that says what state the order is in.
 */
export async function transitionOrder(manager: EntityManager, transition: Transition): Promise<{ number: string; previous: OrderStatus }> {
  const from = transition.from ?? statesLeadingTo(transition.to);
  const extra = Object.entries(transition.set ?? {}).filter(([, value]) => value !== undefined);
  const params: unknown[] = [transition.orderId, from, transition.to, ...extra.map(([, value]) => value)];
  const assignments = extra.map(([key], i) => `${COLUMNS[key as keyof typeof COLUMNS]} = $${i + 4}`);
  const rows: { number: string; previous: OrderStatus }[] = await manager.query(
    // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    `WITH current AS (SELECT id, status FROM orders WHERE id = $1 FOR UPDATE),
          changed AS (
            UPDATE orders o SET status = $3${assignments.map((a) => `, ${a}`).join('')}
              FROM current WHERE o.id = current.id AND current.status = ANY($2::order_status[])
            RETURNING o.number, current.status AS previous)
     SELECT number, previous FROM changed`,
    params,
  );
  if (!rows.length) {
    const [current] = await manager.query<({ number: string; status: OrderStatus } | undefined)[]>(
      `SELECT number, status FROM orders WHERE id = $1`,
      [transition.orderId],
    );
    if (!current) throw DomainError.notFound('Order');
    throw new DomainError(
      ErrorCode.InvalidState,
      `Order #${current.number} is ${describeStatus(current.status)}; it cannot become ${describeStatus(transition.to)}`,
    );
  }
  await manager.insert(OrderEvent, {
    orderId: transition.orderId,
    fromStatus: rows[0].previous,
    toStatus: transition.to,
    actor: transition.actor,
    note: transition.note,
  });
  return rows[0];
}
