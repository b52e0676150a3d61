import { EntityManager } from 'typeorm';
import { minorUnitsSql } from '../common/money';
import { ReceivedReturnRow, RETURN_LINE_SQL } from '../returns/return-statement';
import { reversalLine } from '../returns/return-statement-line';
import { PlatformFee, receivesOf, splitShipment } from './fees';
import { StatementLine } from './settlement.dto';

/** A shipped order as a statement reads it (with the payout, if any, that paid its fulfiller). */
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

/** The payout that paid a line's fulfiller: joined by the line's own key (payout_lines), null while unpaid. */
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

/** Columns of the payout that paid line `kind`/`id` (aliases pl, po). */
export const PAID_JOIN = (kind: 'order' | 'return', id: string) =>
  `LEFT JOIN payout_lines pl ON pl.source_kind = '${kind}' AND pl.source_id = ${id} LEFT JOIN payouts po ON po.id = pl.payout_id`;
const PAID_COLUMNS = `po.id AS payout_id, po.status AS payout_status, po.paid_at AS payout_paid_at`;

/**
 * Whose amounts a line shows in `receivesMinor`: a retailer's statement (its net), a manufacturer's statement (its
 * share of every order, plus the net of those it shipped itself), or `payee`: what is transferred for the line to
 * whoever shipped it — a retailer its net; a manufacturer that shipped its own order its share and the net, as
 * any fulfiller is paid (payouts and reconciliation read lines this way).
 */
export type LineHolder = 'retailer' | 'manufacturer' | 'payee';

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
  const forRetailer = (row: { retailer_id: string | null }) => (holder === 'payee' ? row.retailer_id !== null : holder === 'retailer');
  const shipments: ShipmentRow[] = await manager.query(
    `SELECT s.id AS source_id, o.number, s.shipped_at, o.currency, ${minorUnitsSql('o.total_minor')} AS total_minor,
            ${minorUnitsSql('o.payout_minor')} AS payout_minor, s.retailer_id, r.name AS retailer_name, ps.name AS pickup_store, ${PAID_COLUMNS}
       FROM shipments s JOIN orders o ON o.id = s.order_id LEFT JOIN retailers r ON r.id = s.retailer_id
       LEFT JOIN pickups p ON p.order_id = o.id LEFT JOIN retailers ps ON ps.id = p.retailer_id
       ${PAID_JOIN('order', 's.id')}
      WHERE ${where.orders}
      ORDER BY s.shipped_at, o.number`,
    params,
  );
  const returns: (ReceivedReturnRow & PaidRow & { source_id: string })[] = await manager.query(
    `${RETURN_LINE_SQL(`${PAID_COLUMNS}, r.id AS source_id`, PAID_JOIN('return', 'r.id'))} WHERE ${where.returns} ORDER BY r.received_at, o.number`,
    params,
  );
  return [
    ...shipments.map((row) => ({
      sourceKind: 'order' as const,
      sourceId: row.source_id,
      datedAt: row.shipped_at,
      line: shipmentLine(fee, row, forRetailer(row)),
    })),
    ...returns.map((row) => ({
      sourceKind: 'return' as const,
      sourceId: row.source_id,
      datedAt: row.received_at,
      line: { ...reversalLine(row, forRetailer(row)), ...paidBy(row, forRetailer(row) || row.retailer_id === null) },
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
    ...paidBy(row, forRetailer || selfShipped),
  };
}

/** The payout of a line, told only to its fulfiller (a manufacturer does not see what a retailer was paid). */
function paidBy(row: PaidRow, isFulfiller: boolean): Pick<StatementLine, 'payoutId' | 'payoutStatus' | 'payoutPaidAt'> {
  return isFulfiller && row.payout_id
    ? { payoutId: row.payout_id, payoutStatus: row.payout_status, payoutPaidAt: row.payout_paid_at }
    : { payoutId: null, payoutStatus: null, payoutPaidAt: null };
}
