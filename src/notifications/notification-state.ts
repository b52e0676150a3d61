/** Where an e-mail or webhook's delivery stands. */
export enum NotificationState {
  Pending = 'pending',
  Delivered = 'delivered',
  Failed = 'failed',
  /** Nobody to deliver it to any more: the webhook was removed, or the customer erased their data. */
  Dropped = 'dropped',
}
