import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

// setTimeout cannot wait longer than 2^31-1 ms; a longer wait is taken in steps.
const LONGEST_WAIT_MS = 86_400_000;

/**
 * A timer that fires at the instants `next(t)` gives (one schedule function, the same the rest of the app reads),
 * re-arming after each firing before it calls `fire`, so a failed firing costs that slot at most, never the schedule.
 */
export class CronTimer {
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly registry: SchedulerRegistry,
    private readonly now: () => Date,
    private readonly next: (after: Date) => Date,
    private readonly fire: (due: Date) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.arm(this.next(this.now()));
  }

  stop(): void {
    this.stopped = true;
    if (this.registry.doesExist('timeout', this.name)) this.registry.deleteTimeout(this.name);
  }

  private arm(due: Date): void {
    if (this.stopped) return;
    const wait = Math.min(Math.max(0, due.getTime() - this.now().getTime()), LONGEST_WAIT_MS);
    if (this.registry.doesExist('timeout', this.name)) this.registry.deleteTimeout(this.name);
    this.registry.addTimeout(this.name, setTimeout(() => void this.wake(due), wait));
  }

  private async wake(due: Date): Promise<void> {
    if (this.now() < due) return this.arm(due);
    this.arm(this.next(due));
    try {
      await this.fire(due);
    } catch (error) {
      this.logger.error(`The scheduled ${this.name} of ${due.toISOString()} could not be enqueued: ${(error as Error).message}`);
    }
  }
}
