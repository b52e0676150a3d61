import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { formatMoney } from '../common/money';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { quoted } from '../errors/quote';
import { emailCustomer, emailStaff, notifyRetailers } from '../notifications/outbox';
import { orderByToken } from '../orders/order-by-token';
import { Order } from '../orders/order.entity';
import { Clock } from '../resolution/clock';
import { PlatformFee } from '../settlement/fees';
import { returnAmounts, ReturnedLine } from './return-amounts';
import { ReturnEvent } from './return-event.entity';
import { ReturnLine } from './return-line.entity';
import { ReturnStatus } from './return-status';
import { transitionReturn } from './return-transitions';
import { Return } from './return.entity';
import { CustomerReturns, RequestReturnDto, ReturnableLine, ReturnsQuery, ReturnView } from './returns.dto';
import { RETURN_VIEW } from './returns.sql';
import { requestReturnRefund } from '../payments/payment-operations';

interface Delivered {
  delivered_at: Date;
  retailer_id: string | null;
  return_window_days: number;
}

/**
 * Returns (RMA): the customer asks from the tracking page within the store's return window after delivery
 * or pickup; whoever fulfilled the order approves or refuses, then marks the goods received, which records
 * the refund (payment is on account) and the payout and fee the statement reverses in that period.
 */
@Injectable()
export class ReturnsService {
  private readonly fee: PlatformFee;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.fee = PlatformFee.fromConfig(config);
  }

  /** The customer's returns on an order, what is still returnable, and until when. */
  forCustomer(token: string): Promise<CustomerReturns> {
    return this.dataSource.transaction(async (manager) => this.ofOrder(manager, (await orderByToken(manager, token)).id));
  }

  /** forCustomer for the order `orderId`, read with `manager` (inside the caller's transaction). */
  async ofOrder(manager: EntityManager, orderId: string): Promise<CustomerReturns> {
    const delivered = await this.delivered(manager, orderId);
    return {
      returnableUntil: delivered ? this.windowEnd(delivered) : null,
      returnable: delivered ? await this.returnable(manager, orderId) : [],
      returns: await this.views(manager, 'r.order_id = $1', [orderId]),
    };
  }

  /** 409 outside the window (before delivery or after it closed); 422 for a SKU not on the order or more than is left to return. */
  request(token: string, input: RequestReturnDto): Promise<ReturnView> {
    return this.dataSource.transaction(async (manager) => {
      const { id: orderId } = await orderByToken(manager, token);
      // Locked: two requests at once cannot both return the last unit.
      const order = await manager.findOneOrFail(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      const delivered = await this.delivered(manager, order.id);
      if (!delivered) throw new DomainError(ErrorCode.InvalidState, 'A return can be asked for once the order is delivered or picked up');
      const until = this.windowEnd(delivered);
      if (this.clock.now() > until) {
        throw new DomainError(
          ErrorCode.InvalidState,
          `The ${delivered.return_window_days}-day return window closed on ${until.toISOString().slice(0, 10)}`,
        );
      }
      const returnable = new Map((await this.returnable(manager, order.id)).map((line) => [line.sku, line]));
      const lines = await manager.query<{ id: string; sku: string; unit_price_minor: number }[]>(
        `SELECT id, sku, unit_price_minor FROM order_lines WHERE order_id = $1`,
        [order.id],
      );
      const bySku = new Map<string, { id: string; unit_price_minor: number }>(lines.map((l) => [l.sku, l]));
      const seen = new Set<string>();
      input.lines.forEach(({ sku, quantity }, i) => {
        if (!bySku.has(sku)) throw new DomainError(ErrorCode.Unprocessable, `lines[${i}].sku ${quoted(sku)} is not on this order`, `lines[${i}].sku`);
        if (seen.has(sku))
          throw new DomainError(
            ErrorCode.Unprocessable,
            `lines[${i}].sku ${quoted(sku)} appears twice; put the whole quantity on one line`,
            `lines[${i}].sku`,
          );
        seen.add(sku);
        const left = returnable.get(sku)?.quantity ?? 0;
        if (quantity > left) {
          throw new DomainError(
            ErrorCode.Unprocessable,
            `lines[${i}].quantity: only ${left} of ${quoted(sku)} can still be returned`,
            `lines[${i}].quantity`,
          );
        }
      });
      const refundMinor = input.lines.reduce((sum, l) => sum + bySku.get(l.sku)!.unit_price_minor * l.quantity, 0);
      const inserted = await manager.insert(Return, {
        orderId: order.id,
        manufacturerId: order.manufacturerId,
        retailerId: delivered.retailer_id,
        currency: order.currency,
        refundMinor,
      });
      const returnId = inserted.identifiers[0].id as string;
      await manager.insert(
        ReturnLine,
        input.lines.map((l) => ({ returnId, orderLineId: bySku.get(l.sku)!.id, quantity: l.quantity, reason: l.reason })),
      );
      await manager.insert(ReturnEvent, {
        returnId,
        fromStatus: null,
        toStatus: ReturnStatus.Requested,
        actor: 'customer',
        note: 'Return requested',
      });
      const names = new Map<string, string>(
        (await manager.query<{ sku: string; name: string }[]>(`SELECT sku, name FROM order_lines WHERE order_id = $1`, [order.id])).map((l) => [
          l.sku,
          l.name,
        ]),
      );
      const asked = input.lines.map((l) => `${l.quantity} × ${names.get(l.sku)}: ${l.reason}`);
      await emailCustomer(manager, order.id, 'return.requested', { return: { id: returnId, refundMinor, lines: asked } });
      await emailStaff(manager, 'return.to_decide', { retailerId: delivered.retailer_id, manufacturerId: order.manufacturerId }, order.id, {
        return: {
          id: returnId,
          orderNumber: String(order.number),
          lines: asked,
          refundMinor,
          currency: order.currency,
          handler: delivered.retailer_id ? 'retailer' : 'manufacturer',
        },
      });
      if (delivered.retailer_id) {
        await notifyRetailers(manager, 'return.requested', order.id, [delivered.retailer_id], {
          return: { id: returnId, url: `/api/v1/retailer/returns/${returnId}`, lines: input.lines },
        });
      }
      return this.view(manager, returnId);
    });
  }

  /** The returns the caller handles (a manufacturer also sees those its dealers handle on its orders), newest first; optionally in one state. */
  list(principal: Principal, query: ReturnsQuery = {}): Promise<ReturnView[]> {
    const { clause, params } = this.scope(principal, false);
    if (!query.status) return this.views(this.dataSource.manager, clause, params);
    return this.views(this.dataSource.manager, `${clause} AND r.status = $${params.length + 1}`, [...params, query.status]);
  }

  /** How many of the returns the caller sees are in each state (every state present, 0 when none): a queue's tabs. */
  async counts(principal: Principal): Promise<Record<ReturnStatus, number>> {
    const { clause, params } = this.scope(principal, false);
    const rows: { status: ReturnStatus; n: number }[] = await this.dataSource.query(
      `SELECT r.status, count(*)::int AS n FROM returns r WHERE ${clause} GROUP BY r.status`,
      params,
    );
    const counts = Object.fromEntries(Object.values(ReturnStatus).map((s) => [s, 0])) as Record<ReturnStatus, number>;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  /** The returns on one order that the caller may see (ops: any order's), oldest first as the order's story reads. */
  async onOrder(principal: Principal, orderId: string): Promise<ReturnView[]> {
    const { clause, params } = this.scope(principal, false);
    const found = await this.views(this.dataSource.manager, `${clause} AND r.order_id = $${params.length + 1}`, [...params, orderId]);
    return found.reverse();
  }

  get(principal: Principal, returnId: string): Promise<ReturnView> {
    const { clause, params } = this.scope(principal, false);
    return this.dataSource.transaction(async (manager) => {
      const [found] = await this.views(manager, `${clause} AND r.id = $${params.length + 1}`, [...params, returnId]);
      return access.found(found, 'Return');
    });
  }

  approve(principal: Principal, returnId: string, instructions: string): Promise<ReturnView> {
    return this.step(principal, returnId, async (manager, ret, actor) => {
      await transitionReturn(manager, {
        returnId,
        to: ReturnStatus.Approved,
        actor,
        note: `Approved: ${instructions}`,
        set: { instructions, decided_at: this.clock.now() },
      });
      await emailCustomer(manager, ret.orderId, 'return.approved', { return: { id: returnId, instructions } });
    });
  }

  refuse(principal: Principal, returnId: string, reason: string): Promise<ReturnView> {
    return this.step(principal, returnId, async (manager, ret, actor) => {
      await transitionReturn(manager, {
        returnId,
        to: ReturnStatus.Refused,
        actor,
        note: `Refused: ${reason}`,
        set: { refusal_reason: reason, decided_at: this.clock.now() },
      });
      await emailCustomer(manager, ret.orderId, 'return.refused', { return: { id: returnId, reason } });
    });
  }

  /**
   * The goods are back: the payout and fee of the returned lines are reversed in this period's statement, and the
   * returned lines are refunded to the customer's card. The return reads refunded, with the provider's refund id,
   * once the provider has done it (payments/payment-operations-runner.ts); an order paid on account before card
   * payments is refunded on the spot, as before.
   */
  received(principal: Principal, returnId: string): Promise<ReturnView> {
    return this.step(principal, returnId, async (manager, ret, actor) => {
      const now = this.clock.now();
      const lines = await manager.query<ReturnedLine[]>(
        `SELECT rl.quantity, ol.unit_price_minor AS "unitPriceMinor", ol.unit_fulfilment_price_minor AS "unitFulfilmentPriceMinor"
           FROM return_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id WHERE rl.return_id = $1`,
        [returnId],
      );
      const [{ standing }] = await manager.query<{ standing: number }[]>(
        `SELECT (o.payout_minor - coalesce((SELECT sum(payout_reversed_minor) FROM returns WHERE order_id = o.id AND received_at IS NOT NULL), 0))::float8 AS standing
           FROM orders o WHERE o.id = $1`,
        [ret.orderId],
      );
      const amounts = returnAmounts(lines, standing, this.fee, ret.currency);
      await transitionReturn(manager, {
        returnId,
        to: ReturnStatus.Received,
        actor,
        note: 'The goods were received back',
        set: { received_at: now, payout_reversed_minor: amounts.payoutReversedMinor, fee_reversed_minor: amounts.feeReversedMinor },
      });
      if (await requestReturnRefund(manager, ret.orderId, returnId, ret.refundMinor)) return;
      const refund = formatMoney(ret.refundMinor, ret.currency);
      await transitionReturn(manager, {
        returnId,
        to: ReturnStatus.Refunded,
        actor: 'system',
        note: `Refund of ${refund} recorded against your payment on account`,
        set: { refunded_at: now },
      });
      await emailCustomer(manager, ret.orderId, 'return.refunded', { return: { id: returnId, refundMinor: ret.refundMinor } });
    });
  }

  /** One fulfiller step in one transaction, on a return the caller handles (else 404). */
  private step(principal: Principal, returnId: string, work: (manager: EntityManager, ret: Return, actor: string) => Promise<void>) {
    const { clause, params, actor } = this.scope(principal, true);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<({ id: string } | undefined)[]>(
        `SELECT r.id FROM returns r WHERE ${clause} AND r.id = $${params.length + 1}`,
        [...params, returnId],
      );
      access.found(row, 'Return');
      await work(manager, await manager.findOneByOrFail(Return, { id: returnId }), actor);
      return this.view(manager, returnId);
    });
  }

  /**
   * The one access rule: a retailer its own returns; a manufacturer those on its orders, acting only on those it
   * fulfilled; ops read every return and act on none (403).
   */
  private scope(principal: Principal, acting: boolean): { clause: string; params: string[]; actor: string } {
    if (principal.role === Role.Ops && !acting) return { clause: 'TRUE', params: [], actor: 'ops' };
    if (principal.role === Role.Retailer) {
      const retailerId = access.retailerOf(principal);
      return { clause: 'r.retailer_id = $1', params: [retailerId], actor: `retailer:${retailerId}` };
    }
    const manufacturerId = access.manufacturerOf(principal);
    return {
      clause: `r.manufacturer_id = $1${acting ? ' AND r.retailer_id IS NULL' : ''}`,
      params: [manufacturerId],
      actor: `manufacturer:${principal.userId}`,
    };
  }

  private async view(manager: EntityManager, returnId: string): Promise<ReturnView> {
    const [found] = await this.views(manager, 'r.id = $1', [returnId]);
    return found;
  }

  private views(manager: EntityManager, clause: string, params: unknown[]): Promise<ReturnView[]> {
    return manager.query(`${RETURN_VIEW} WHERE ${clause} ORDER BY r.requested_at DESC, r.id LIMIT 500`, params);
  }

  /** When and by whom the order was delivered or handed over; null before. */
  private async delivered(manager: EntityManager, orderId: string): Promise<Delivered | null> {
    const [row] = await manager.query<(Delivered | undefined)[]>(
      `SELECT sh.delivered_at, sh.retailer_id, s.return_window_days
         FROM shipments sh JOIN orders o ON o.id = sh.order_id JOIN stores s ON s.id = o.store_id
        WHERE sh.order_id = $1 AND sh.delivered_at IS NOT NULL AND o.status IN ('delivered', 'picked_up')`,
      [orderId],
    );
    return row ?? null;
  }

  private windowEnd(delivered: Delivered): Date {
    return new Date(new Date(delivered.delivered_at).getTime() + delivered.return_window_days * 86_400_000);
  }

  /** Each line's units not yet in a return that still stands (a refused one gives its units back). */
  private returnable(manager: EntityManager, orderId: string): Promise<ReturnableLine[]> {
    return manager.query(
      `SELECT ol.sku, ol.name, (ol.quantity - coalesce(sum(rl.quantity) FILTER (WHERE r.status <> 'refused'), 0))::int AS quantity
         FROM order_lines ol
         LEFT JOIN return_lines rl ON rl.order_line_id = ol.id
         LEFT JOIN returns r ON r.id = rl.return_id
        WHERE ol.order_id = $1
        GROUP BY ol.id ORDER BY ol.sku`,
      [orderId],
    );
  }
}
