import { CurrencyInsight, DealerRow, DealerSort, DistanceBin, Fulfiller, FULFILLERS, SeriesPoint, ShippingEstimate } from './insight.dto';
import { DISTANCE_BIN_EDGES_KM } from './insight-refresh.sql';

const KM_PER_MI = 1.609344;

/** One row of insight_days summed over a series slot: one store, currency, fulfiller and slot start. */
export interface DaySums {
  storeId: string;
  currency: string;
  fulfiller: Fulfiller;
  start: string;
  orders: number;
  measured: number;
  fulfillerKm: number;
  warehouseKm: number;
  shipped: number;
  shipSeconds: number;
  delivered: number;
  deliverSeconds: number;
  declines: number;
  rerouted: number;
  ratings: number;
  stars: number;
}

export interface BinSums {
  currency: string;
  bin: number;
  fulfillerOrders: number;
  warehouseOrders: number;
}

export interface DealerSums {
  currency: string;
  retailerId: string;
  name: string;
  awards: number;
  bids: number;
  bidsWon: number;
  chosen: number;
  shipped: number;
  shipSeconds: number;
  due: number;
  late: number;
  declines: number;
  returns: number;
  ratings: number;
  stars: number;
  previousAwards: number;
}

export interface RateTable {
  storeId: string;
  currency: string;
  baseMinor: number;
  perUnitMinor: number;
  unit: 'km' | 'mi';
}

const ratio = (part: number, whole: number) => (whole ? part / whole : null);
const sum = <T>(rows: readonly T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);

/**
 * The distance under which `fraction` of the counted orders fall, to the bin: the upper edge of the bin holding the
 * nearest-rank percentile (the ⌈fraction × n⌉-th smallest), so the true figure is at most the answer and more than
 * the bin's lower edge. Null when nothing was counted; for the open-ended last bin, its lower edge.
 */
export function percentileKm(counts: ReadonlyMap<number, number>, fraction: number): number | null {
  const total = sum([...counts.values()], (n) => n);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(fraction * total));
  let seen = 0;
  for (let bin = 1; bin <= DISTANCE_BIN_EDGES_KM.length; bin++) {
    seen += counts.get(bin) ?? 0;
    if (seen >= rank) return DISTANCE_BIN_EDGES_KM[bin] ?? DISTANCE_BIN_EDGES_KM[bin - 1];
  }
  return null;
}

/** The estimate for one store's measured orders: base + per unit × distance each, summed, rounded once to minor units. */
function estimateOf(rate: RateTable, measured: number, fulfillerKm: number, warehouseKm: number): ShippingEstimate {
  const perKm = rate.unit === 'mi' ? rate.perUnitMinor / KM_PER_MI : rate.perUnitMinor;
  const fulfillerMinor = Math.round(rate.baseMinor * measured + perKm * fulfillerKm);
  const warehouseMinor = Math.round(rate.baseMinor * measured + perKm * warehouseKm);
  return {
    basis: `${rate.baseMinor} + ${rate.perUnitMinor} per ${rate.unit} (minor units)`,
    fulfillerMinor,
    warehouseMinor,
    savedMinor: warehouseMinor - fulfillerMinor,
  };
}

const DEALER_KEYS: Record<DealerSort, (row: DealerRow) => number | string | null> = {
  awards: (r) => r.awards,
  winRate: (r) => r.winRate,
  chosen: (r) => r.chosen,
  meanShipHours: (r) => r.meanShipHours,
  lateShare: (r) => r.lateShare,
  declines: (r) => r.declines,
  returns: (r) => r.returns,
  rating: (r) => r.rating,
  name: (r) => r.name,
};

/** Sorted by `sort`; rows without a figure (null) always last, ties by name. */
export function sortDealers(rows: DealerRow[], sort: DealerSort, order: 'asc' | 'desc'): DealerRow[] {
  const key = DEALER_KEYS[sort];
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const compared = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return compared ? sign * compared : a.name.localeCompare(b.name);
  });
}

function dealerRow(d: DealerSums): DealerRow {
  return {
    retailerId: d.retailerId,
    name: d.name,
    awards: d.awards,
    bids: d.bids,
    winRate: ratio(d.bidsWon, d.bids),
    chosen: d.chosen,
    shipped: d.shipped,
    meanShipHours: d.shipped ? d.shipSeconds / d.shipped / 3600 : null,
    lateShare: ratio(d.late, d.due),
    declines: d.declines,
    returns: d.returns,
    ratings: d.ratings,
    rating: ratio(d.stars, d.ratings),
    previousAwards: d.previousAwards,
    trend: d.previousAwards ? (d.awards - d.previousAwards) / d.previousAwards : null,
  };
}

/** Series slots from `from` to `to` so empty slots show as zero rather than vanish. */
function seriesOf(rows: DaySums[], starts: string[]): SeriesPoint[] {
  const points = new Map(starts.map((start) => [start, { start, dealer: 0, pickup: 0, ship_to_store: 0, manufacturer: 0, unassigned: 0 }]));
  for (const row of rows) points.get(row.start)![row.fulfiller] += row.orders;
  return [...points.values()];
}

/** One currency's report from its summary sums; `starts` are the series' slots, `rates` the stores' rate tables. */
export function currencyInsight(
  currency: string,
  days: DaySums[],
  bins: BinSums[],
  dealers: DealerSums[],
  rates: RateTable[],
  starts: string[],
  dealerOrder: { sort: DealerSort; order: 'asc' | 'desc' },
): CurrencyInsight {
  const orders = sum(days, (d) => d.orders);
  const unassigned = sum(
    days.filter((d) => d.fulfiller === 'unassigned'),
    (d) => d.orders,
  );
  const fulfillers = FULFILLERS.map((fulfiller) => {
    const count = sum(
      days.filter((d) => d.fulfiller === fulfiller),
      (d) => d.orders,
    );
    return { fulfiller, orders: count, share: ratio(count, fulfiller === 'unassigned' ? orders : orders - unassigned) ?? 0 };
  });
  const fulfillerKm = sum(days, (d) => d.fulfillerKm);
  const warehouseKm = sum(days, (d) => d.warehouseKm);
  const fulfillerCounts = new Map(bins.map((b) => [b.bin, b.fulfillerOrders]));
  const warehouseCounts = new Map(bins.map((b) => [b.bin, b.warehouseOrders]));
  const distanceBins: DistanceBin[] = bins
    .map((b) => ({
      fromKm: DISTANCE_BIN_EDGES_KM[b.bin - 1],
      toKm: DISTANCE_BIN_EDGES_KM[b.bin] ?? null,
      fulfillerOrders: b.fulfillerOrders,
      warehouseOrders: b.warehouseOrders,
    }))
    .sort((a, b) => a.fromKm - b.fromKm);

  const ratedStores = rates.filter((r) => r.currency === currency);
  const estimates = ratedStores.map((rate) => {
    const own = days.filter((d) => d.storeId === rate.storeId);
    return estimateOf(
      rate,
      sum(own, (d) => d.measured),
      sum(own, (d) => d.fulfillerKm),
      sum(own, (d) => d.warehouseKm),
    );
  });
  const shippingEstimate = estimates.length
    ? {
        basis: estimates.length === 1 ? estimates[0].basis : `each store's own rate table (${estimates.length} stores)`,
        fulfillerMinor: sum(estimates, (e) => e.fulfillerMinor),
        warehouseMinor: sum(estimates, (e) => e.warehouseMinor),
        savedMinor: sum(estimates, (e) => e.savedMinor),
      }
    : null;

  const ratings = sum(days, (d) => d.ratings);
  return {
    currency,
    orders,
    fulfillers,
    distance: {
      measuredOrders: sum(days, (d) => d.measured),
      fulfillerMedianKm: percentileKm(fulfillerCounts, 0.5),
      fulfillerP90Km: percentileKm(fulfillerCounts, 0.9),
      warehouseMedianKm: percentileKm(warehouseCounts, 0.5),
      warehouseP90Km: percentileKm(warehouseCounts, 0.9),
      fulfillerKm,
      warehouseKm,
      kmSaved: warehouseKm - fulfillerKm,
    },
    shippingEstimate,
    times: FULFILLERS.filter((f) => f !== 'unassigned').map((fulfiller) => {
      const own = days.filter((d) => d.fulfiller === fulfiller);
      const [shipped, delivered] = [sum(own, (d) => d.shipped), sum(own, (d) => d.delivered)];
      return {
        fulfiller,
        shipped,
        toShipmentHours: shipped ? sum(own, (d) => d.shipSeconds) / shipped / 3600 : null,
        delivered,
        toDeliveryHours: delivered ? sum(own, (d) => d.deliverSeconds) / delivered / 3600 : null,
      };
    }),
    declines: sum(days, (d) => d.declines),
    rerouted: sum(days, (d) => d.rerouted),
    ratings,
    rating: ratio(
      sum(days, (d) => d.stars),
      ratings,
    ),
    series: seriesOf(days, starts),
    distanceBins,
    dealers: sortDealers(dealers.map(dealerRow), dealerOrder.sort, dealerOrder.order),
  };
}
