import { CronExpressionParser } from 'cron-parser';

/**
 * When a posted order is resolved: the first scheduled run (RESOLVE_CRON in RESOLVE_TZ) at least the
 * store's minimum board time after posting, so every order is on the board long enough to be seen.
 */
export function resolvesAtFor(postedAt: Date, minBoardHours: number, cron: string, timeZone: string): Date {
  const earliest = new Date(postedAt.getTime() + minBoardHours * 3_600_000);
  // next() is strictly after currentDate; a run exactly at `earliest` counts.
  const schedule = CronExpressionParser.parse(cron, { currentDate: new Date(earliest.getTime() - 1), tz: timeZone });
  return schedule.next().toDate();
}
