/** Where a retailer's request to deal for a manufacturer stands. */
export enum DealerStatus {
  Requested = 'requested',
  Approved = 'approved',
  Rejected = 'rejected',
  Revoked = 'revoked',
}
