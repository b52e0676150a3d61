import { DealerView } from '../dealers/dealer.dto';
import { AutoBidSettingView, DecisionView, FeedView } from '../inventory/inventory.dto';

const HOUR = 3600;

/** A count's age as a person reads it: "12 min", "5 h", "3 days". */
export function feedAge(seconds: number | null): string {
  if (seconds === null) return 'never counted';
  if (seconds < HOUR) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 48 * HOUR) return `${Math.round(seconds / HOUR)} h`;
  return `${Math.round(seconds / (24 * HOUR))} days`;
}

const OUTCOMES: Record<string, string> = { bid: 'bid', out_of_stock: 'out of stock', stale: 'count too old', no_feed: 'no count' };

/** The inventory page: each location's count, automatic bidding per approved manufacturer, recent automatic decisions. */
export function inventoryView(input: {
  feeds: FeedView[];
  settings: AutoBidSettingView[];
  dealers: DealerView[];
  decisions: DecisionView[];
  values: Record<string, string>;
}) {
  const on = new Set(input.settings.map((s) => s.manufacturer.id));
  return {
    locations: input.feeds.map((f) => ({
      ...f,
      age: feedAge(f.ageSeconds),
      state: !f.hasFeed ? 'none' : f.staleFor.length ? 'stale' : 'fresh',
      field: `csv-${f.location.id}`,
      fileField: `file-${f.location.id}`,
    })),
    manufacturers: input.dealers.map((d) => ({ id: d.manufacturer.id, name: d.manufacturer.name, autoBidding: on.has(d.manufacturer.id) })),
    decisions: input.decisions.map((d) => ({ ...d, outcomeLabel: OUTCOMES[d.outcome] })),
    values: input.values,
  };
}
