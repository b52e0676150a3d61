import { DealerStatus } from '../dealers/dealer-status';
import { DealerView } from '../dealers/dealer.dto';
import { DealerLocation } from '../dealers/dealers.service';
import { DealerFeedView } from '../inventory/inventory.dto';
import { DealerRecord } from '../ratings/ratings.dto';
import { renderMap } from '../workspace/workspace-map';
import { offsetPager } from '../workspace/workspace-pages';

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

/** `?offset=` of the approved table in rows; a hand-edited one that is not a whole number is read as the start. */
export const dealerOffsetOf = (value: unknown): number => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0);

type Approved = DealerView & { record: Pick<DealerRecord, 'awards' | 'declines' | 'lateShipments' | 'chosenByCustomers' | 'averageStars'> };
const SORT_VALUE: Record<Exclude<DealerSort, 'name'>, (d: Approved) => number> = {
  won: (d) => d.record.awards,
  declined: (d) => d.record.declines,
  late: (d) => d.record.lateShipments,
  chosen: (d) => d.record.chosenByCustomers,
  // Unrated dealers after every rated one.
  rating: (d) => d.record.averageStars ?? -1,
};

function byColumn(sort: DealerSort) {
  const byName = (a: Approved, b: Approved) => a.retailer.name.localeCompare(b.retailer.name);
  if (sort === 'name') return byName;
  const value = SORT_VALUE[sort];
  return (a: Approved, b: Approved) => value(b) - value(a) || byName(a, b);
}

/**
 * The dealers page's view-model: each approved dealer with its record (awards, declines, late shipments, ratings;
 * zeros before its first award), its stock feeds' freshness and its locations, and one map of every location
 * with the radius it serves. The approved table shows DEALERS_PAGE_SIZE rows from `offset` (in rows, sorted across
 * every dealer), with a pager at `path` keeping the sort; the map keeps every location.
 */
export function dealersPage(input: DealersPageInput, sort: DealerSort = 'name', offset = 0, path = '') {
  const byRetailer = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
  const records = byRetailer(input.records, (r) => r.retailerId);
  const feeds = byRetailer(input.feeds, (f) => f.retailer.id);
  const names = new Map(input.dealers.map((d) => [d.retailer.id, d.retailer.name]));
  const locations = new Map<string, DealerLocation[]>();
  for (const l of input.locations) locations.set(l.retailerId, [...(locations.get(l.retailerId) ?? []), l]);
  const approved = input.dealers
    .filter((d) => d.status === DealerStatus.Approved)
    .map((d) => ({
      ...d,
      record: records.get(d.retailer.id) ?? {
        awards: 0,
        declines: 0,
        lateShipments: 0,
        ratings: 0,
        averageStars: null,
        chosenByCustomers: 0,
        chosenAndWon: 0,
      },
      feed: feeds.get(d.retailer.id) ?? null,
      locations: locations.get(d.retailer.id) ?? [],
    }))
    .sort(byColumn(sort));
  // A hand-edited offset past the end shows the last page.
  const window = {
    total: approved.length,
    limit: DEALERS_PAGE_SIZE,
    offset: Math.min(offset, Math.max(0, approved.length - 1) - (Math.max(0, approved.length - 1) % DEALERS_PAGE_SIZE)),
  };
  return {
    requested: input.dealers.filter((d) => d.status === DealerStatus.Requested),
    approved: approved.slice(window.offset, window.offset + DEALERS_PAGE_SIZE),
    approvedShown: { from: window.offset + 1, to: Math.min(window.offset + DEALERS_PAGE_SIZE, approved.length), total: approved.length },
    pager: offsetPager(path, window, sort === 'name' ? {} : { sort }),
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
