import { dateTimeFormat, numberFormat } from './intl-formats';

/** Countries whose people read road distances in miles (ISO 3166-1 alpha-2, with the US territories). */
const MILES_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'GB', 'LR', 'MM']);

const KM_PER_MILE = 1.609344;

/** Whether distances for an address in `country` (ISO 3166-1 alpha-2) are shown in miles rather than km. */
export function usesMiles(country: string): boolean {
  return MILES_COUNTRIES.has(country.toUpperCase());
}

/** A distance typed by a reader in `country` in their own unit (mi or km), in km. */
export function kmFromReaderUnit(value: number, country: string): number {
  return usesMiles(country) ? value * KM_PER_MILE : value;
}

/** A distance in km in the reader's own unit (mi or km), rounded to 0.1. */
export function kmToReaderUnit(km: number, country: string): number {
  return Math.round((usesMiles(country) ? km / KM_PER_MILE : km) * 10) / 10;
}

/** A distance given in km, as a reader in `country` expects it: "12 mi" for the US, "19 km" elsewhere. */
export function formatDistance(km: number, country: string, locale = 'en-US'): string {
  const miles = usesMiles(country);
  const value = miles ? km / KM_PER_MILE : km;
  const digits = value < 10 ? 1 : 0;
  const number = numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${miles ? 'mi' : 'km'}`;
}

/** An instant in a reader's own time zone (IANA name), with the zone's short name: "Dec 1, 2026, 2:00 AM PST". */
export function formatDateTime(at: Date, timeZone: string, locale = 'en-US'): string {
  return dateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

/** Zone names found so far, by locale and zone (at most 1,000): a generic name ("Pacific Time") is the same in summer and winter. */
const zoneNames = new Map<string, string>();

/**
 * A time zone (IANA name) as a reader names it: "America/Los_Angeles" → "Pacific Time", "Europe/London" →
 * "United Kingdom Time"; UTC stays "UTC" (Intl would say "GMT+00:00").
 */
export function zoneName(timeZone: string, locale = 'en-US'): string {
  if (/^(Etc\/)?(UTC|GMT|Zulu|UCT)$/.test(timeZone)) return 'UTC';
  const key = `${locale} ${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    if (zoneNames.size >= 1000) zoneNames.clear();
    zoneNames.set(key, name);
  }
  return name;
}

/** A day in a reader's own time zone: "Dec 1, 2026". */
export function formatDate(at: Date, timeZone: string, locale = 'en-US'): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(at);
}

/**
 * The time from `now` until a deadline, coarse enough to read at a glance: "2 days 4 h left", "35 min left",
 * "3 h overdue".
 */
export function formatTimeLeft(until: Date, now: Date = new Date()): string {
  const minutes = Math.round((until.getTime() - now.getTime()) / 60_000);
  const span = Math.abs(minutes);
  const days = Math.floor(span / 1440);
  const hours = Math.floor((span % 1440) / 60);
  const text =
    days > 0 ? `${days} day${days === 1 ? '' : 's'}${hours ? ` ${hours} h` : ''}` : hours > 0 ? `${hours} h ${span % 60} min` : `${span} min`;
  return minutes >= 0 ? `${text} left` : `${text} overdue`;
}

/** The offset of `timeZone` from UTC at instant `at`, in minutes (Pacific Standard Time: -480). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) starts in a reader's time zone (IANA name): ('2026-12-01',
 * 'America/Los_Angeles') → 2026-12-01T08:00:00.000Z. Statement periods cut here, so a day is the reader's own day.
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const guess = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  // Again with the offset at the guess, in case a daylight-saving change falls between the two.
  return new Date(utcMidnight - offsetMinutes(new Date(guess), timeZone) * 60_000);
}
