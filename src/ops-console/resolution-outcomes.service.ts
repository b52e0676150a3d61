import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

export interface DailyOutcome {
  /** The calendar day (YYYY-MM-DD) in the resolver's time zone. */
  day: string;
  toRetailers: number;
  toManufacturers: number;
  meanKm: number | null;
}

export interface ManufacturerOutcome {
  manufacturerId: string;
  name: string;
  toRetailers: number;
  toManufacturer: number;
  shareToRetailers: number | null;
  meanKm: number | null;
  maxKm: number | null;
}

export interface Outcomes {
  timeZone: string;
  days: DailyOutcome[];
  manufacturers: ManufacturerOutcome[];
}

// The last $1 calendar days, today included, in time zone $2: a run counts on the day it finished.
const PERIOD = `
  period AS (
    SELECT date_trunc('day', now() AT TIME ZONE $2) - ($1::int - 1) * interval '1 day' AS first_day,
           date_trunc('day', now() AT TIME ZONE $2) AS last_day
  ),
  real_runs AS (
    SELECT r.* FROM resolution_runs r, period p
     WHERE NOT r.dry_run AND r.finished_at >= p.first_day AT TIME ZONE $2
  )`;

// Every day of the period, with or without runs, so the chart's time axis has no holes.
const DAILY = `
  WITH ${PERIOD}
  SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
         coalesce(sum(r.awarded_retailer), 0)::int AS "toRetailers",
         coalesce(sum(r.awarded_manufacturer), 0)::int AS "toManufacturers",
         (sum(r.total_distance_km) / nullif(sum(r.awarded_retailer), 0))::float8 AS "meanKm"
    FROM period p
   CROSS JOIN generate_series(p.first_day, p.last_day, interval '1 day') AS d(day)
    LEFT JOIN real_runs r ON date_trunc('day', r.finished_at AT TIME ZONE $2) = d.day
   GROUP BY d.day
   ORDER BY d.day`;

// What the runs decided, per manufacturer; an award later superseded (declined, overdue) still counts for its run.
const BY_MANUFACTURER = `
  WITH ${PERIOD}
  SELECT m.id AS "manufacturerId", m.name,
         count(*) FILTER (WHERE a.kind = 'retailer')::int AS "toRetailers",
         count(*) FILTER (WHERE a.kind = 'manufacturer')::int AS "toManufacturer",
         (avg(a.distance_km) FILTER (WHERE a.kind = 'retailer'))::float8 AS "meanKm",
         (max(a.distance_km) FILTER (WHERE a.kind = 'retailer'))::float8 AS "maxKm"
    FROM real_runs r
    JOIN awards a ON a.run_id = r.id
    JOIN orders o ON o.id = a.order_id
    JOIN manufacturers m ON m.id = o.manufacturer_id
   GROUP BY m.id, m.name
   ORDER BY m.name, m.id`;

/** The outcomes of real (not dry) resolution runs over recent days, aggregated in the database. */
@Injectable()
export class ResolutionOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async overDays(days: number): Promise<Outcomes> {
    const params = [days, this.config.RESOLVE_TZ];
    const [daily, manufacturers] = await Promise.all([
      this.dataSource.query<DailyOutcome[]>(DAILY, params),
      this.dataSource.query<Omit<ManufacturerOutcome, 'shareToRetailers'>[]>(BY_MANUFACTURER, params),
    ]);
    return {
      timeZone: this.config.RESOLVE_TZ,
      days: daily,
      manufacturers: manufacturers.map((m) => ({
        ...m,
        shareToRetailers: m.toRetailers + m.toManufacturer ? m.toRetailers / (m.toRetailers + m.toManufacturer) : null,
      })),
    };
  }
}
