import { DataSource } from 'typeorm';
import { minorUnitsSql } from '../common/money';

/** A return received in a statement's period, with what it takes back (all amounts positive, minor units). */
export interface ReceivedReturnRow {
  number: string;
  shipped_at: Date;
  received_at: Date;
  currency: string;
  retailer_id: string | null;
  retailer_name: string | null;
  refund_minor: number;
  payout_reversed_minor: number;
  fee_reversed_minor: number;
}

/**
 * The returns a statement reverses: received in [from, to), of the retailer's fulfilments or the
 * manufacturer's orders. They count in the period the goods came back, not the one the order shipped in.
 */
export function receivedReturns(dataSource: DataSource, party: 'retailer' | 'manufacturer', tenantId: string, from: Date, to: Date): Promise<ReceivedReturnRow[]> {
  return dataSource.query(
    `SELECT o.number, s.shipped_at, r.received_at, r.currency, r.retailer_id, rt.name AS retailer_name,
            ${minorUnitsSql('r.refund_minor')} AS refund_minor, ${minorUnitsSql('r.payout_reversed_minor')} AS payout_reversed_minor,
            ${minorUnitsSql('r.fee_reversed_minor')} AS fee_reversed_minor
       FROM returns r JOIN orders o ON o.id = r.order_id JOIN shipments s ON s.order_id = r.order_id
       LEFT JOIN retailers rt ON rt.id = r.retailer_id
      WHERE ${party === 'retailer' ? 'r.retailer_id' : 'r.manufacturer_id'} = $1 AND r.received_at >= $2 AND r.received_at < $3
      ORDER BY r.received_at, o.number`,
    [tenantId, from, to],
  );
}
