import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

// setTimeout cannot wait longer than 2^31-1 ms; a longer wait is taken in steps.
const LONGEST_WAIT_MS = 86_400_000;

/**
 * A schedule's timer: fires `tick` at the instants `next(t)` gives (one schedule function, the same the rest of the
 * app reads), re-arming before each tick, so a failed tick costs that slot at most, never the schedule. A subclass
 * names the timer and its schedule, and its `tick` only enqueues.
 */
export abstract class CronScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopped = false;
  private readonly logger: Logger;

  protected constructor(
    private readonly name: string,
    private readonly registry: SchedulerRegistry,
    private readonly clock: { now(): Date },
  ) {
    this.logger = new Logger(new.target.name);
  }

  /** The first scheduled instant after `t`. */
  protected abstract next(t: Date): Date;

  /** Enqueues the work of the slot due at `due`. */
  abstract tick(due: Date): Promise<void>;

  onApplicationBootstrap(): void {
    this.arm(this.next(this.clock.now()));
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.registry.doesExist('timeout', this.name)) this.registry.deleteTimeout(this.name);
  }

  private arm(due: Date): void {
    if (this.stopped) return;
    const wait = Math.min(Math.max(0, due.getTime() - this.clock.now().getTime()), LONGEST_WAIT_MS);
    if (this.registry.doesExist('timeout', this.name)) this.registry.deleteTimeout(this.name);
    this.registry.addTimeout(
      this.name,
      setTimeout(() => void this.wake(due), wait),
    );
  }

  private async wake(due: Date): Promise<void> {
    if (this.clock.now() < due) return this.arm(due);
    this.arm(this.next(due));
    try {
      await this.tick(due);
    } catch (error) {
      this.logger.error(`The scheduled ${this.name} of ${due.toISOString()} could not be enqueued: ${(error as Error).message}`);
    }
  }
}
