import { DealerStatus } from '../dealers/dealer-status';
import { DealerView } from '../dealers/dealer.dto';
import { DealerLocation } from '../dealers/dealers.service';
import { DealerFeedView } from '../inventory/inventory.dto';
import { DealerRecord } from '../ratings/ratings.dto';
import { renderMap } from '../workspace/workspace-map';

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
 * with the radius it serves.
 */
export function dealersPage(input: DealersPageInput, sort: DealerSort = 'name') {
  const byRetailer = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
  const records = byRetailer(input.records, (r) => r.retailerId);
  const feeds = byRetailer(input.feeds, (f) => f.retailer.id);
  const names = new Map(input.dealers.map((d) => [d.retailer.id, d.retailer.name]));
  return {
    requested: input.dealers.filter((d) => d.status === DealerStatus.Requested),
    approved: input.dealers
      .filter((d) => d.status === DealerStatus.Approved)
      .map((d) => ({
        ...d,
        record: records.get(d.retailer.id) ?? { awards: 0, declines: 0, lateShipments: 0, ratings: 0, averageStars: null, chosenByCustomers: 0, chosenAndWon: 0 },
        feed: feeds.get(d.retailer.id) ?? null,
        locations: input.locations.filter((l) => l.retailerId === d.retailer.id),
      }))
      .sort(byColumn(sort)),
    sort,
    others: input.dealers.filter((d) => d.status !== DealerStatus.Requested && d.status !== DealerStatus.Approved),
    map: renderMap({
      title: "Your approved dealers' locations and the radius each serves",
      locations: input.locations.map((l) => ({ lat: l.lat, lng: l.lng, radiusKm: l.serviceRadiusKm, label: `${names.get(l.retailerId) ?? 'Dealer'}: ${l.name}` })),
      areas: [],
      width: 480,
      height: 360,
    }),
  };
}
