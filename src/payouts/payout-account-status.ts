import { DataSource } from 'typeorm';
import { PayoutAccountStatus } from '../payments/payment-provider';
import { Fulfiller } from './fulfiller';

/** Stores how the provider says a fulfiller's account stands now. */
export function recordAccountStatus(dataSource: DataSource, fulfiller: Fulfiller, status: PayoutAccountStatus): Promise<unknown> {
  return dataSource.query(
    `UPDATE payout_accounts SET payouts_enabled = $3, requirements_due = $4, checked_at = now() WHERE fulfiller_kind = $1 AND fulfiller_id = $2`,
    [fulfiller.kind, fulfiller.id, status.payoutsEnabled, status.requirementsDue],
  );
}
