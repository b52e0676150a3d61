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

/**
 * The dealers page's view-model: each approved dealer with its record (awards, declines, late shipments, ratings;
 * zeros before its first award), its stock feeds' freshness and its locations, and one map of every location
 * with the radius it serves.
 */
export function dealersPage(input: DealersPageInput) {
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
      })),
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
