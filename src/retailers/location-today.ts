import { DataSource, EntityManager } from 'typeorm';
import { LOCAL_DAY, TAKEN_ON_DAY } from '../resolution/capacity.sql';
import { LocationToday } from './location.dto';

/**
 * Each location's day so far at its own local date (its time zone): awards taken against its daily capacity
 * (resolver runs, re-routes, accepted pickups: capacity.sql.ts), what is left (null without a cap, never below
 * 0) and its open bids on orders still on the board. `where` is SQL on `l` (retailer_locations) with `params`;
 * by name, at most `limit` when given.
 * Read by the location settings and the bid board, so both show the same figures.
 */
export async function locationsToday(
  db: DataSource | EntityManager,
  where: string,
  params: unknown[],
  limit?: number,
): Promise<Map<string, LocationToday & { dailyCapacity: number | null; name: string }>> {
  const rows: (LocationToday & { id: string; name: string; dailyCapacity: number | null })[] = await db.query(
    `SELECT l.id, l.name, l.daily_capacity AS "dailyCapacity", d.day::text AS "localDay", t.taken,
            CASE WHEN l.daily_capacity IS NULL THEN NULL ELSE greatest(l.daily_capacity - t.taken, 0) END AS left,
            (SELECT count(*)::int FROM bids b JOIN board_orders p ON p.order_id = b.order_id
              WHERE b.location_id = l.id AND b.status = 'open') AS "openBids"
       FROM retailer_locations l
      CROSS JOIN LATERAL (SELECT ${LOCAL_DAY('l.time_zone', 'now()')} AS day) d
      CROSS JOIN LATERAL (SELECT ${TAKEN_ON_DAY('l.id', 'l.time_zone', 'd.day')} AS taken) t
      WHERE ${where}
      ORDER BY l.name, l.id${limit === undefined ? '' : ` LIMIT ${Math.trunc(limit)}`}`,
    params,
  );
  return new Map(rows.map(({ id, ...day }) => [id, day]));
}
