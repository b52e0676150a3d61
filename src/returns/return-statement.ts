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

/** The SELECT … FROM of received returns as statements read them (aliases r, o, s, rt), with extra columns and joins. */
export const RETURN_LINE_SQL = (extraColumns = '', extraJoins = '') =>
  `SELECT o.number, s.shipped_at, r.received_at, r.currency, r.retailer_id, rt.name AS retailer_name,
          ${minorUnitsSql('r.refund_minor')} AS refund_minor, ${minorUnitsSql('r.payout_reversed_minor')} AS payout_reversed_minor,
          ${minorUnitsSql('r.fee_reversed_minor')} AS fee_reversed_minor${extraColumns ? `, ${extraColumns}` : ''}
     FROM returns r JOIN orders o ON o.id = r.order_id JOIN shipments s ON s.order_id = r.order_id
     LEFT JOIN retailers rt ON rt.id = r.retailer_id ${extraJoins}`;
