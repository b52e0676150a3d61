import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { toCsv } from '../common/csv';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { BinSums, currencyInsight, DaySums, DealerSums, RateTable } from './insight-figures';
import { InsightRefresh } from './insight-refresh.service';
import { coverage } from './insight-refresh.sql';
import {
  DealerRow,
  Granularity,
  Insight,
  InsightQuery,
  InsightRefresh as RefreshResult,
  OpsInsightQuery,
  ShippingRates,
  ShippingRatesDto,
} from './insight.dto';

const DAY_MS = 86_400_000;
// Bars a chart can still show one by one; longer periods are read by week or month.
const MAX_SLOTS = 400;
const MAX_DAYS = 3 * 366;

interface DayRow {
  store_id: string;
  currency: string;
  fulfiller: DaySums['fulfiller'];
  start: string;
  orders: string;
  measured: string;
  fulfiller_km: number;
  warehouse_km: number;
  shipped: string;
  ship_seconds: number;
  delivered: string;
  deliver_seconds: number;
  declines: string;
  rerouted: string;
  ratings: string;
  stars: string;
}
interface BinRow {
  currency: string;
  bin: number;
  fulfiller_orders: string;
  warehouse_orders: string;
}
interface DealerSqlRow {
  currency: string;
  retailer_id: string;
  name: string;
  awards: string;
  bids: string;
  bids_won: string;
  chosen: string;
  shipped: string;
  ship_seconds: number;
  due: string;
  late: string;
  declines: string;
  returns: string;
  ratings: string;
  stars: string;
  previous_awards: string;
}
interface RateRow {
  store_id: string;
  currency: string;
  base_minor: string;
  per_unit_minor: number;
  unit: 'km' | 'mi';
  updated_at: Date;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** The first day of each day, week (Monday) or month slot that [from, to) touches, as SQL date_trunc numbers them. */
export function slotStarts(from: string, to: string, granularity: Granularity): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  if (granularity === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (granularity === 'month') start.setUTCDate(1);
  const end = new Date(`${to}T00:00:00Z`);
  const starts: string[] = [];
  for (const at = start; at < end;) {
    starts.push(utcDay(at));
    if (granularity === 'day') at.setUTCDate(at.getUTCDate() + 1);
    else if (granularity === 'week') at.setUTCDate(at.getUTCDate() + 7);
    else at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return starts;
}

/**
 * Fulfilment insight: who fulfilled a store's orders, how far from the customer against the warehouse, how fast,
 * and each dealer's record, read from the summary tables InsightRefresh keeps (never from the orders themselves).
 * Manufacturers see their own store; ops see every store or one.
 */
@Injectable()
export class InsightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refresher: InsightRefresh,
  ) {}

  /** The manufacturer's own store. Throws 403 for other accounts, 400 for a bad period. */
  async forManufacturer(principal: Principal, query: InsightQuery): Promise<Insight> {
    const storeId = await this.storeOf(principal);
    return this.report(storeId, query);
  }

  /** Ops: every store, or `query.storeId` (404 when there is no such store). */
  async forOps(principal: Principal, query: OpsInsightQuery): Promise<Insight> {
    access.requireOps(principal);
    if (query.storeId) await this.assertStore(query.storeId);
    return this.report(query.storeId ?? null, query);
  }

  /** The dealer table as CSV: one line per currency and dealer; rates 0–1, hours and stars as decimals. */
  async dealersCsv(report: Insight): Promise<string> {
    const rows = report.currencies.flatMap((c) => c.dealers.map((d) => ({ currency: c.currency, ...d })));
    const columns: (keyof DealerRow | 'currency')[] = [
      'currency',
      'retailerId',
      'name',
      'awards',
      'bids',
      'winRate',
      'chosen',
      'shipped',
      'meanShipHours',
      'lateShare',
      'declines',
      'returns',
      'ratings',
      'rating',
      'previousAwards',
      'trend',
    ];
    return toCsv(columns, rows);
  }

  /** The store's rate table, or null when none is set. */
  async rates(principal: Principal): Promise<ShippingRates | null> {
    const storeId = await this.storeOf(principal);
    const [row]: RateRow[] = await this.dataSource.query(`SELECT * FROM insight_shipping_rates WHERE store_id = $1`, [storeId]);
    return row ? rateOf(row) : null;
  }

  /** Sets the store's rate table, in the store's currency (its minor units). */
  async setRates(principal: Principal, dto: ShippingRatesDto): Promise<ShippingRates> {
    const storeId = await this.storeOf(principal);
    const [row]: RateRow[] = await this.dataSource.query(
      `INSERT INTO insight_shipping_rates (store_id, currency, base_minor, per_unit_minor, unit, updated_at)
       SELECT id, currency, $2, $3, $4, now() FROM stores WHERE id = $1
       ON CONFLICT (store_id) DO UPDATE SET currency = EXCLUDED.currency, base_minor = EXCLUDED.base_minor,
         per_unit_minor = EXCLUDED.per_unit_minor, unit = EXCLUDED.unit, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [storeId, dto.baseMinor, dto.perUnitMinor, dto.unit],
    );
    return rateOf(row);
  }

  /** Rebuilds one store's summary now (all days), e.g. after a large import; ops only. */
  async refreshNow(principal: Principal, storeId: string): Promise<RefreshResult> {
    access.requireOps(principal);
    await this.assertStore(storeId);
    const { refreshedAt, tookMs } = await this.refresher.refresh(storeId);
    return { storeId, refreshedAt, tookMs };
  }

  /** Ops' store filter: every store by name. */
  async storeChoices(principal: Principal): Promise<{ id: string; name: string }[]> {
    access.requireOps(principal);
    return this.dataSource.query(`SELECT id, name FROM stores ORDER BY name, id`);
  }

  private async storeOf(principal: Principal): Promise<string> {
    const manufacturerId = access.manufacturerOf(principal);
    const [store]: { id: string }[] = await this.dataSource.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [manufacturerId]);
    return access.found(store, 'Store').id;
  }

  /** 404 unless store `storeId` exists. */
  private async assertStore(storeId: string): Promise<void> {
    access.found((await this.dataSource.query<{ id: string }[]>(`SELECT id FROM stores WHERE id = $1`, [storeId]))[0], 'Store');
  }

  /** The report of store `storeId`, or of every store (null: ops). */
  private async report(storeId: string | null, query: InsightQuery): Promise<Insight> {
    const granularity = query.granularity ?? 'week';
    const days = checkPeriod(query.from, query.to, granularity);
    const previousFrom = utcDay(new Date(new Date(`${query.from}T00:00:00Z`).getTime() - days * DAY_MS));
    const stores = storeId ? [storeId] : null;
    const period = coverage(query.from, query.to, 2);
    const previous = coverage(previousFrom, query.from, 6);
    const [dayRows, binRows, dealerRows, rateRows, refreshed] = await Promise.all([
      this.dataSource.query<DayRow[]>(
        `SELECT store_id, currency, fulfiller, to_char(date_trunc($4, day::timestamp), 'YYYY-MM-DD') AS start,
                sum(orders) AS orders, sum(measured) AS measured, sum(fulfiller_km) AS fulfiller_km, sum(warehouse_km) AS warehouse_km,
                sum(shipped) AS shipped, sum(ship_seconds) AS ship_seconds, sum(delivered) AS delivered, sum(deliver_seconds) AS deliver_seconds,
                sum(declines) AS declines, sum(rerouted) AS rerouted, sum(ratings) AS ratings, sum(stars) AS stars
           FROM insight_days
          WHERE ($1::uuid[] IS NULL OR store_id = ANY($1)) AND day >= $2::date AND day < $3::date
          GROUP BY store_id, currency, fulfiller, 4`,
        [stores, query.from, query.to, granularity],
      ),
      this.dataSource.query<BinRow[]>(
        `SELECT currency, bin, sum(fulfiller_orders) AS fulfiller_orders, sum(warehouse_orders) AS warehouse_orders
           FROM insight_distance_bins
          WHERE ($1::uuid[] IS NULL OR store_id = ANY($1)) AND ${period.sql}
          GROUP BY currency, bin`,
        [stores, ...period.params],
      ),
      // The period and the one of the same length before it (the trend), in one pass.
      this.dataSource.query<DealerSqlRow[]>(
        `SELECT d.currency, d.retailer_id, r.name, sum(awards) FILTER (WHERE cur) AS awards, sum(bids) FILTER (WHERE cur) AS bids,
                sum(bids_won) FILTER (WHERE cur) AS bids_won, sum(chosen) FILTER (WHERE cur) AS chosen, sum(shipped) FILTER (WHERE cur) AS shipped,
                sum(ship_seconds) FILTER (WHERE cur) AS ship_seconds, sum(due) FILTER (WHERE cur) AS due, sum(late) FILTER (WHERE cur) AS late,
                sum(declines) FILTER (WHERE cur) AS declines, sum(returns) FILTER (WHERE cur) AS returns, sum(ratings) FILTER (WHERE cur) AS ratings,
                sum(stars) FILTER (WHERE cur) AS stars, COALESCE(sum(awards) FILTER (WHERE NOT cur), 0) AS previous_awards
           FROM (SELECT *, true AS cur FROM insight_dealer_days WHERE ($1::uuid[] IS NULL OR store_id = ANY($1)) AND ${period.sql}
                 UNION ALL
                 SELECT *, false FROM insight_dealer_days WHERE ($1::uuid[] IS NULL OR store_id = ANY($1)) AND ${previous.sql}) d
           JOIN retailers r ON r.id = d.retailer_id
          GROUP BY d.currency, d.retailer_id, r.name
         HAVING bool_or(cur)`,
        [stores, ...period.params, ...previous.params],
      ),
      this.dataSource.query<RateRow[]>(`SELECT * FROM insight_shipping_rates WHERE ($1::uuid[] IS NULL OR store_id = ANY($1))`, [stores]),
      this.dataSource.query<{ at: Date | null }[]>(
        `SELECT min(refreshed_at) AS at FROM insight_refreshes WHERE ($1::uuid[] IS NULL OR store_id = ANY($1))`,
        [stores],
      ),
    ]);

    const daySums = dayRows.map(daySumsOf);
    const binSums = binRows.map((b): BinSums => ({
      currency: b.currency,
      bin: b.bin,
      fulfillerOrders: Number(b.fulfiller_orders),
      warehouseOrders: Number(b.warehouse_orders),
    }));
    const dealerSums = dealerRows.map(dealerSumsOf);
    const rates = rateRows.map((r): RateTable => ({ storeId: r.store_id, ...rateOf(r) }));
    const starts = slotStarts(query.from, query.to, granularity);
    // The currency with the most orders first (a store's own), then by code.
    const ordersIn = (currency: string) => daySums.filter((d) => d.currency === currency).reduce((sum, d) => sum + d.orders, 0);
    const currencies = [...new Set(daySums.map((d) => d.currency))].sort((a, b) => ordersIn(b) - ordersIn(a) || a.localeCompare(b));
    return {
      from: query.from,
      to: query.to,
      granularity,
      storeId,
      refreshedAt: refreshed[0]?.at ?? null,
      currencies: currencies.map((currency) =>
        currencyInsight(
          currency,
          daySums.filter((d) => d.currency === currency),
          binSums.filter((b) => b.currency === currency),
          dealerSums.filter((d) => d.currency === currency),
          rates,
          starts,
          { sort: query.sort ?? 'awards', order: query.order ?? (query.sort === 'name' ? 'asc' : 'desc') },
        ),
      ),
    };
  }
}

/** Days in [from, to); 400 with a message naming the field when the period is empty, too long, or too finely cut. */
function checkPeriod(from: string, to: string, granularity: Granularity): number {
  const days = Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
  if (!(days > 0)) throw new DomainError(ErrorCode.BadRequest, 'Choose a "to" day after the "from" day', 'to');
  if (days > MAX_DAYS) throw new DomainError(ErrorCode.BadRequest, 'Choose a period of at most 3 years', 'from');
  if (slotStarts(from.slice(0, 10), to.slice(0, 10), granularity).length > MAX_SLOTS) {
    throw new DomainError(ErrorCode.BadRequest, `Choose weeks or months for a period of more than ${MAX_SLOTS} days`, 'granularity');
  }
  return days;
}

function daySumsOf(r: DayRow): DaySums {
  return {
    storeId: r.store_id,
    currency: r.currency,
    fulfiller: r.fulfiller,
    start: r.start,
    orders: Number(r.orders),
    measured: Number(r.measured),
    fulfillerKm: Number(r.fulfiller_km),
    warehouseKm: Number(r.warehouse_km),
    shipped: Number(r.shipped),
    shipSeconds: Number(r.ship_seconds),
    delivered: Number(r.delivered),
    deliverSeconds: Number(r.deliver_seconds),
    declines: Number(r.declines),
    rerouted: Number(r.rerouted),
    ratings: Number(r.ratings),
    stars: Number(r.stars),
  };
}

function dealerSumsOf(r: DealerSqlRow): DealerSums {
  return {
    currency: r.currency,
    retailerId: r.retailer_id,
    name: r.name,
    awards: Number(r.awards),
    bids: Number(r.bids),
    bidsWon: Number(r.bids_won),
    chosen: Number(r.chosen),
    shipped: Number(r.shipped),
    shipSeconds: Number(r.ship_seconds),
    due: Number(r.due),
    late: Number(r.late),
    declines: Number(r.declines),
    returns: Number(r.returns),
    ratings: Number(r.ratings),
    stars: Number(r.stars),
    previousAwards: Number(r.previous_awards),
  };
}

function rateOf(r: RateRow): ShippingRates {
  return { currency: r.currency, baseMinor: Number(r.base_minor), perUnitMinor: r.per_unit_minor, unit: r.unit, updatedAt: r.updated_at };
}
