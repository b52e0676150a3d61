import { EntityManager } from 'typeorm';
import { minorUnitsSql } from '../common/money';
import { ReceivedReturnRow, RETURN_LINE_SQL } from '../returns/return-statement';
import { reversalLine } from '../returns/return-statement-line';
import { PlatformFee, receivesOf, splitShipment } from './fees';
import { StatementLine } from './settlement.dto';

/** A shipped order as a statement reads it (with the payout, if any, that paid the holder's part of it). */
interface ShipmentRow extends PaidRow {
  source_id: string;
  number: string;
  shipped_at: Date;
  currency: string;
  total_minor: number;
  payout_minor: number;
  retailer_id: string | null;
  retailer_name: string | null;
  pickup_store: string | null;
}

/** The payout that paid the holder's part of a line: joined by the line's own key (payout_lines), null while unpaid. */
export interface PaidRow {
  payout_id: string | null;
  payout_status: string | null;
  payout_paid_at: Date | null;
}

/** A statement line with the row it comes from: a shipment ('order') or a received return ('return'). */
export interface SourcedLine {
  sourceKind: 'order' | 'return';
  sourceId: string;
  /** When it counts: shipped, or for a return received. */
  datedAt: Date;
  line: StatementLine;
}

/** Columns of the payout that paid `holder`'s part of line `kind`/`id` (aliases pl, po). */
export const PAID_JOIN = (kind: 'order' | 'return', id: string, holder: LineHolder) =>
  `LEFT JOIN payout_lines pl ON pl.source_kind = '${kind}' AND pl.source_id = ${id} AND pl.payee_kind = '${holder}' LEFT JOIN payouts po ON po.id = pl.payout_id`;
const PAID_COLUMNS = `po.id AS payout_id, po.status AS payout_status, po.paid_at AS payout_paid_at`;

/**
 * Whose part of a line `receivesMinor` shows, which is also what is transferred to it for the line: a retailer's
 * (its net, for the orders it shipped), or a manufacturer's (its share of every order of its store, plus the net of
 * those it shipped itself). A shipment a retailer made has both parts, each paid to its own payee once.
 */
export type LineHolder = 'retailer' | 'manufacturer';

/**
 * Statement lines (shipped orders, then received returns) matching `where`, written over the aliases `s`
 * (shipments), `o` (orders) for orders and `r` (returns) for returns, with `params` as $1…; the one place a
 * statement's, a payout's and reconciliation's lines are read and priced, so they always agree.
 * `holder`: whose amounts `receivesMinor` shows (see LineHolder).
 */
export async function statementLines(
  manager: EntityManager,
  fee: PlatformFee,
  where: { orders: string; returns: string },
  params: unknown[],
  holder: LineHolder,
): Promise<SourcedLine[]> {
  const forRetailer = holder === 'retailer';
  const shipments: ShipmentRow[] = await manager.query(
    `SELECT s.id AS source_id, o.number, s.shipped_at, o.currency, ${minorUnitsSql('o.total_minor')} AS total_minor,
            ${minorUnitsSql('o.payout_minor')} AS payout_minor, s.retailer_id, r.name AS retailer_name, ps.name AS pickup_store, ${PAID_COLUMNS}
       FROM shipments s JOIN orders o ON o.id = s.order_id LEFT JOIN retailers r ON r.id = s.retailer_id
       LEFT JOIN pickups p ON p.order_id = o.id LEFT JOIN retailers ps ON ps.id = p.retailer_id
       ${PAID_JOIN('order', 's.id', holder)}
      WHERE ${where.orders}
      ORDER BY s.shipped_at, o.number`,
    params,
  );
  const returns: (ReceivedReturnRow & PaidRow & { source_id: string })[] = await manager.query(
    `${RETURN_LINE_SQL(`${PAID_COLUMNS}, r.id AS source_id`, PAID_JOIN('return', 'r.id', holder))} WHERE ${where.returns} ORDER BY r.received_at, o.number`,
    params,
  );
  return [
    ...shipments.map((row) => ({
      sourceKind: 'order' as const,
      sourceId: row.source_id,
      datedAt: row.shipped_at,
      line: shipmentLine(fee, row, forRetailer),
    })),
    ...returns.map((row) => ({
      sourceKind: 'return' as const,
      sourceId: row.source_id,
      datedAt: row.received_at,
      line: { ...reversalLine(row, forRetailer), ...paidBy(row) },
    })),
  ];
}

function shipmentLine(fee: PlatformFee, row: ShipmentRow, forRetailer: boolean): StatementLine {
  const split = splitShipment(fee, row.currency, row.total_minor, row.payout_minor);
  const selfShipped = row.retailer_id === null;
  return {
    kind: 'order',
    orderNumber: row.number,
    shippedAt: row.shipped_at,
    returnReceivedAt: null,
    currency: row.currency,
    fulfilledBy: row.retailer_name ?? (row.pickup_store ? `manufacturer, ship-to-store to ${row.pickup_store}` : 'manufacturer'),
    totalMinor: row.total_minor,
    payoutMinor: row.payout_minor,
    ...split,
    // A manufacturer that shipped the order itself is also its fulfiller.
    receivesMinor: receivesOf(split, forRetailer, selfShipped),
    ...paidBy(row),
  };
}

/** The payout of the holder's own part of a line (a manufacturer does not see what a retailer was paid, nor the reverse). */
function paidBy(row: PaidRow): Pick<StatementLine, 'payoutId' | 'payoutStatus' | 'payoutPaidAt'> {
  return row.payout_id
    ? { payoutId: row.payout_id, payoutStatus: row.payout_status, payoutPaidAt: row.payout_paid_at }
    : { payoutId: null, payoutStatus: null, payoutPaidAt: null };
}
