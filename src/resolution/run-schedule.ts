import { CronExpressionParser } from 'cron-parser';

/**
 * The resolver's schedule: RESOLVE_CRON read as local wall-clock times in RESOLVE_TZ. This is the one place
 * that says when a run happens; the scheduler fires at these instants and every order's resolvesAt is one.
 *
 * Daylight saving, decided here once:
 * - a wall time that happens twice (the repeated hour of a fall-back night) runs once, at its first occurrence;
 * - a wall time that never happens (the skipped hour of a spring-forward night) runs at the first instant
 *   after it, the moment the clocks jump; several skipped times collapse into that one run.
 * So a daily expression runs exactly once per local day.
 */
export function nextRunAfter(t: Date, cron: string, timeZone: string): Date {
  const after = t.getTime();
  // The expression is matched against wall-clock times written as if they were UTC, where no hour is skipped
  // or repeated; each matching wall time is then mapped back to the instant it happens at in the zone.
  const wallTimes = CronExpressionParser.parse(cron, { currentDate: new Date(after + offsetAt(timeZone, after)), tz: 'UTC' });
  for (;;) {
    const at = instantOfWallTime(timeZone, wallTimes.next().getTime());
    if (at > after) return new Date(at);
  }
}

/** The first run at or after `t`. */
export function firstRunAtOrAfter(t: Date, cron: string, timeZone: string): Date {
  return nextRunAfter(new Date(t.getTime() - 1), cron, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in milliseconds at an instant (e.g. -25,200,000 for PDT). */
function offsetAt(timeZone: string, instant: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The earliest instant whose local time is `wall`; for a skipped wall time, the instant the clocks jump past it. */
function instantOfWallTime(timeZone: string, wall: number): number {
  const DAY = 86_400_000;
  const offsets = [...new Set([offsetAt(timeZone, wall - DAY), offsetAt(timeZone, wall), offsetAt(timeZone, wall + DAY)])];
  const matches = offsets.map((offset) => wall - offset).filter((at) => offsetAt(timeZone, at) === wall - at);
  if (matches.length) return Math.min(...matches);
  // Skipped: before the jump the wall time is still earlier, after it already later. Find the jump.
  let [before, after] = [wall - Math.max(...offsets), wall - Math.min(...offsets)];
  const afterOffset = offsetAt(timeZone, after);
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (offsetAt(timeZone, mid) === afterOffset) after = mid;
    else before = mid;
  }
  return after;
}
