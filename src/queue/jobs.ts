/** Every queue and job in one place, with the payload each job carries. */
export const QUEUES = {
  resolution: 'resolution',
  notifications: 'notifications',
  maintenance: 'maintenance',
  payouts: 'payouts',
  replays: 'replays',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Jobs one instance works on at once, per queue. Deliveries mostly wait on other servers (SMTP, retailers'
 * endpoints), so many run side by side. A resolution part keeps a database core busy on its own: two at once
 * keep two cores busy (one alone left the second idle, and a run took up to 1.9× as long on one instance as on
 * two), more would only queue for the database's cores and connections. Without Redis the runner applies the
 * same number to the parts it runs in-process.
 */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  resolution: 2,
  notifications: 16,
  maintenance: 1,
  // Transfers mostly wait on the payment provider.
  payouts: 4,
  // A replay keeps a database core busy for as long as a live run would: one at a time, apart from the maintenance jobs.
  replays: 1,
};

export interface JobPayloads {
  'resolution.schedule': { slotKey: string; cutoff: string };
  'resolution.run': { runId: string };
  'resolution.part': { partId: string };
  'fulfilment.reroute-overdue': { slotKey: string };
  'pickup.timers': { slotKey: string };
  'notification.deliver': { notificationId: string };
  'inventory.auto-bid-order': { orderId: string };
  'inventory.auto-bid-feed': { locationId: string };
  'inventory.stale-feeds': { slotKey: string };
  'payment.operation': { operationId: string };
  'payments.sweep': { slotKey: string };
  /** A payout run for the slot (`payouts:schedule:…` or `payouts:ops:…`), paying lines dated before `cutoff` (ISO). */
  'payouts.run': { slotKey: string; cutoff: string; trigger: 'schedule' | 'ops' };
  'payouts.transfer': { payoutId: string };
  'replay.run': { replayId: string };
  /** Rebuilds the insight summaries for the slot: recent days, or every day in the nightly slot. */
  'insight.refresh': { slotKey: string };
}

/** Jobs written to the outbox in a transaction (runAfterCommit) and run when it is delivered. */
export type OutboxJobName = Extract<JobName, 'inventory.auto-bid-order' | 'inventory.auto-bid-feed' | 'payment.operation'>;

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'resolution.schedule': QUEUES.resolution,
  'resolution.run': QUEUES.resolution,
  'resolution.part': QUEUES.resolution,
  'fulfilment.reroute-overdue': QUEUES.maintenance,
  'pickup.timers': QUEUES.maintenance,
  'notification.deliver': QUEUES.notifications,
  'inventory.auto-bid-order': QUEUES.maintenance,
  'inventory.auto-bid-feed': QUEUES.maintenance,
  'inventory.stale-feeds': QUEUES.maintenance,
  'payment.operation': QUEUES.maintenance,
  'payments.sweep': QUEUES.maintenance,
  'payouts.run': QUEUES.payouts,
  'payouts.transfer': QUEUES.payouts,
  'replay.run': QUEUES.replays,
  'insight.refresh': QUEUES.maintenance,
};
