import { DealerStatus } from '../dealers/dealer-status';
import { DealerView } from '../dealers/dealer.dto';
import { DealerLocation } from '../dealers/dealers.service';
import { DealerFeedView } from '../inventory/inventory.dto';
import { DealerRecord, EMPTY_DEALER_RECORD } from '../ratings/ratings.dto';
import { DealerSortColumn } from '../ratings/ratings.service';
import { renderMap } from '../workspace/workspace-map';
import { offsetPager, pageStart } from '../workspace/workspace-pager';

/** Approved dealers per page of the table: a long table of records is read a page at a time, sorted across all. */
export const DEALERS_PAGE_SIZE = 50;

/** What the dealers page shows: requests, approved dealers with their record, feeds and locations, the map. */
export interface DealersPageInput {
  dealers: DealerView[];
  locations: DealerLocation[];
  records: DealerRecord[];
  feeds: DealerFeedView[];
}

/** The approved dealers table's columns a manufacturer may sort by; name A–Z, the others highest first. */
export const DEALER_SORTS = ['name', 'won', 'declined', 'late', 'chosen', 'rating'] as const;
export type DealerSort = (typeof DEALER_SORTS)[number];

/** A hand-edited or missing sort is read as by name. */
export const dealerSortOf = (value: unknown): DealerSort => (DEALER_SORTS.includes(value as DealerSort) ? (value as DealerSort) : 'name');

const SORT_COLUMN: Record<Exclude<DealerSort, 'name'>, DealerSortColumn> = {
  won: 'awards',
  declined: 'declines',
  late: 'lateShipments',
  chosen: 'chosenByCustomers',
  rating: 'averageStars',
};

/** The record column a sort orders the table by (its values come from RatingsService.dealerSortKeys), or null by name. */
export const dealerSortColumn = (sort: DealerSort): DealerSortColumn | null => (sort === 'name' ? null : SORT_COLUMN[sort]);

/** The approved dealers the table shows (in its order), from `offset` in rows of `total`. */
export interface DealerTable {
  shown: DealerView[];
  offset: number;
  total: number;
}

/**
 * Sorts the approved ones of `dealers` by `sort` across all of them and cuts the page at `offset`. `keys` holds each
 * dealer's value of the sorted column (empty for a sort by name): a dealer without one has none of it (0), an unrated
 * one comes after every rated one. Ties go by name. Only the shown dealers' records are read after this.
 */
export function dealerTable(dealers: DealerView[], sort: DealerSort, keys: ReadonlyMap<string, number>, offset: number): DealerTable {
  const missing = sort === 'rating' ? -1 : 0;
  const value = (d: DealerView) => keys.get(d.retailer.id) ?? missing;
  const byName = (a: DealerView, b: DealerView) => a.retailer.name.localeCompare(b.retailer.name);
  const approved = dealers
    .filter((d) => d.status === DealerStatus.Approved)
    .sort(sort === 'name' ? byName : (a, b) => value(b) - value(a) || byName(a, b));
  const from = pageStart(offset, approved.length, DEALERS_PAGE_SIZE);
  return { shown: approved.slice(from, from + DEALERS_PAGE_SIZE), offset: from, total: approved.length };
}

/**
 * The dealers page's view-model: the table's dealers (dealerTable) each with its record (awards, declines, late
 * shipments, ratings; zeros before its first award; `input.records` holds at least theirs), its stock feeds'
 * freshness and its locations, a pager at `path` keeping the sort, and one map of every location with the radius it
 * serves.
 */
export function dealersPage(input: DealersPageInput, table: DealerTable, sort: DealerSort = 'name', path = '') {
  const byRetailer = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
  const records = byRetailer(input.records, (r) => r.retailerId);
  const feeds = byRetailer(input.feeds, (f) => f.retailer.id);
  const names = new Map(input.dealers.map((d) => [d.retailer.id, d.retailer.name]));
  const locations = new Map<string, DealerLocation[]>();
  for (const l of input.locations) locations.set(l.retailerId, [...(locations.get(l.retailerId) ?? []), l]);
  const approved = table.shown.map((d) => ({
    ...d,
    record: records.get(d.retailer.id) ?? EMPTY_DEALER_RECORD,
    feed: feeds.get(d.retailer.id) ?? null,
    locations: locations.get(d.retailer.id) ?? [],
  }));
  return {
    requested: input.dealers.filter((d) => d.status === DealerStatus.Requested),
    approved,
    approvedShown: { from: table.offset + 1, to: Math.min(table.offset + DEALERS_PAGE_SIZE, table.total), total: table.total },
    pager: offsetPager(path, { total: table.total, limit: DEALERS_PAGE_SIZE, offset: table.offset }, sort === 'name' ? {} : { sort }),
    sort,
    others: input.dealers.filter((d) => d.status !== DealerStatus.Requested && d.status !== DealerStatus.Approved),
    map: renderMap({
      title: "Your approved dealers' locations and the radius each serves",
      locations: input.locations.map((l) => ({
        lat: l.lat,
        lng: l.lng,
        radiusKm: l.serviceRadiusKm,
        label: `${names.get(l.retailerId) ?? 'Dealer'}: ${l.name}`,
      })),
      areas: [],
      width: 480,
      height: 360,
    }),
  };
}
