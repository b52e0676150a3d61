import { JobQueue } from './job-queue';

/** The slot a scheduled job belongs to: its minute, the same on every instance whose clock is right. */
export function slotKeyFor(at: Date): string {
  return `schedule:${at.toISOString().slice(0, 16)}Z`;
}

/** The periodic jobs whose payload is only the slot they run for. */
export type SlotJob = 'fulfilment.reroute-overdue' | 'pickup.timers' | 'payments.sweep' | 'insight.refresh';

/** Enqueues a periodic job for the slot `now` falls in; the job id names the slot, so instances ticking together add it once. */
export function enqueueForSlot(jobs: JobQueue, name: SlotJob, idPrefix: string, now: Date): Promise<void> {
  const slotKey = slotKeyFor(now);
  return jobs.add(name, { slotKey }, { jobId: `${idPrefix}-${slotKey.replaceAll(':', '')}` });
}
