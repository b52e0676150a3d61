import { receivesOf } from '../settlement/fees';
import { StatementLine } from '../settlement/settlement.dto';
import { ReceivedReturnRow } from './return-statement';

/** A received return as its own statement line: the order line's amounts for the returned units, negated. */
export function reversalLine(row: ReceivedReturnRow, forRetailer: boolean): Omit<StatementLine, 'payoutId' | 'payoutStatus' | 'payoutPaidAt'> {
  const split = {
    feeMinor: row.fee_reversed_minor,
    fulfillerNetMinor: row.payout_reversed_minor - row.fee_reversed_minor,
    manufacturerShareMinor: row.refund_minor - row.payout_reversed_minor,
  };
  return {
    kind: 'return',
    orderNumber: row.number,
    shippedAt: row.shipped_at,
    returnReceivedAt: row.received_at,
    currency: row.currency,
    fulfilledBy: row.retailer_name ?? 'manufacturer',
    totalMinor: -row.refund_minor,
    payoutMinor: -row.payout_reversed_minor,
    feeMinor: -split.feeMinor,
    fulfillerNetMinor: -split.fulfillerNetMinor,
    manufacturerShareMinor: -split.manufacturerShareMinor,
    receivesMinor: -receivesOf(split, forRetailer, row.retailer_id === null),
  };
}
