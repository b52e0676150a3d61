/**
 * Daily capacity in SQL: which local day an award counts on, and how many a location has taken that day.
 * The rule itself is award-rule.ts (docs/marketplace-rules.md); resolution-capacity.ts applies it to a run.
 */

/**
 * Held (pg_advisory_xact_lock) by every transaction that takes capacity: a run's capacity step, a re-route and
 * a store accepting a pickup. Two of them at once would each see the same capacity left and together exceed it.
 */
export const CAPACITY_LOCK = `SELECT pg_advisory_xact_lock(hashtext('nearfill.capacity'))`;

/** The calendar date at instant `at` in IANA zone `zone`: the local day an award made then counts on. */
export const LOCAL_DAY = (zone: string, at: string) => `timezone(${zone}, ${at})::date`;

/**
 * What location `location` (in zone `zone`) has taken on local day `day`: the awards counted on that day
 * (by runs and re-routes, live or passed on since) and the pickups it accepted that day.
 */
export const TAKEN_ON_DAY = (location: string, zone: string, day: string) => `(
  (SELECT count(*) FROM awards taken WHERE taken.location_id = ${location} AND taken.local_day = ${day})
  + (SELECT count(*) FROM pickups accepted WHERE accepted.location_id = ${location} AND accepted.accepted_at IS NOT NULL
        AND ${LOCAL_DAY(zone, 'accepted.accepted_at')} = ${day}))::int`;

/** Whether location `l` may take one more award at instant `at`: no cap, or fewer taken that local day. */
export const HAS_CAPACITY = (at: string) =>
  `(l.daily_capacity IS NULL OR l.daily_capacity > ${TAKEN_ON_DAY('l.id', 'l.time_zone', LOCAL_DAY('l.time_zone', at))})`;
