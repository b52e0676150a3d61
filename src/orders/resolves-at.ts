import { firstRunAtOrAfter } from '../resolution/run-schedule';

/**
 * When a posted order is resolved: the first scheduled run (RESOLVE_CRON in RESOLVE_TZ) at least the
 * store's minimum board time after posting, so every order is on the board long enough to be seen.
 */
export function resolvesAtFor(postedAt: Date, minBoardHours: number, cron: string, timeZone: string): Date {
  // The scheduler fires at the same instants (run-schedule.ts), so a run always starts at a resolvesAt.
  return firstRunAtOrAfter(new Date(postedAt.getTime() + minBoardHours * 3_600_000), cron, timeZone);
}

/**
 * resolvesAtFor with memory: once run R is known for an order posted at t0, every order posted from t0
 * until R minus the board time resolves at R too, so the schedule is parsed once per run, not per order.
 */
export class ResolutionSchedule {
  private readonly known = new Map<number, { from: number; resolvesAt: Date }>();

  constructor(
    private readonly cron: string,
    private readonly timeZone: string,
  ) {}

  resolvesAt(postedAt: Date, minBoardHours: number): Date {
    const posted = postedAt.getTime();
    const hit = this.known.get(minBoardHours);
    if (hit && posted >= hit.from && posted + minBoardHours * 3_600_000 <= hit.resolvesAt.getTime()) return hit.resolvesAt;
    const resolvesAt = resolvesAtFor(postedAt, minBoardHours, this.cron, this.timeZone);
    this.known.set(minBoardHours, { from: posted, resolvesAt });
    return resolvesAt;
  }
}
