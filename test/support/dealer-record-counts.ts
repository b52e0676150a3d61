import { DataSource } from 'typeorm';
import { TestApp } from './test-app';

interface Counts {
  awards: number;
  declines: number;
  late: number;
  chosen: number;
  won: number;
}

/** Every (manufacturer, retailer) pair's record counted again from the orders, awards, shipments and pickups. */
const RECOUNT = `
  SELECT manufacturer_id || ' ' || retailer_id AS dealer, sum(awards)::int AS awards, sum(declines)::int AS declines,
         sum(late)::int AS late, sum(chosen)::int AS chosen, sum(won)::int AS won
    FROM (SELECT o.manufacturer_id, a.retailer_id, 1 AS awards, coalesce(a.superseded_by = 'declined', false)::int AS declines,
                 coalesce(a.superseded_by = 'overdue' OR (p.order_id IS NULL AND sh.shipped_at > a.created_at + make_interval(days => s.ship_by_days)), false)::int AS late,
                 0 AS chosen, 0 AS won
            FROM awards a JOIN orders o ON o.id = a.order_id JOIN stores s ON s.id = o.store_id
            LEFT JOIN shipments sh ON sh.award_id = a.id
            LEFT JOIN pickups p ON p.order_id = a.order_id
           WHERE a.kind = 'retailer'
          UNION ALL
          SELECT o.manufacturer_id, o.chosen_retailer_id, 0, 0, 0, 1,
                 (EXISTS (SELECT 1 FROM awards a WHERE a.order_id = o.id AND a.retailer_id = o.chosen_retailer_id AND a.bid_id IS NOT NULL))::int
            FROM orders o WHERE o.chosen_retailer_id IS NOT NULL) AS each_one
   GROUP BY manufacturer_id, retailer_id`;

const KEPT = `
  SELECT manufacturer_id || ' ' || retailer_id AS dealer, sum(awards)::int AS awards, sum(declines)::int AS declines,
         sum(late)::int AS late, sum(chosen)::int AS chosen, sum(chosen_won)::int AS won
    FROM dealer_record_counts GROUP BY manufacturer_id, retailer_id HAVING sum(awards) > 0 OR sum(chosen) > 0`;

const byDealer = (rows: ({ dealer: string } & Counts)[]) => new Map(rows.map(({ dealer, ...counts }) => [dealer, counts]));

/**
 * A spec's last test, after its others have moved orders through the app (`app()`, its test app): the dealer records
 * the database kept (dealer_record_counts, written by triggers) equal a recount from the orders, awards, shipments and
 * pickups, for every manufacturer and dealer, whatever path wrote them.
 */
export function itKeepsDealerRecords(app: () => TestApp): void {
  it('every dealer record kept as these orders moved matches a recount from the orders', async () => {
    const { kept, recounted } = await keptAndRecounted(app().app.get(DataSource));
    expect(recounted.size).toBeGreaterThan(0);
    expect(kept).toEqual(recounted);
  });
}

/**
 * The dealer records as the database keeps them (dealer_record_counts, written by its triggers as orders move) and as
 * a recount from the orders finds them, by "manufacturer retailer". Call after a spec has moved orders through the
 * app: the two must be equal, whatever path wrote the awards, shipments and choices.
 */
export async function keptAndRecounted(db: DataSource): Promise<{ kept: Map<string, Counts>; recounted: Map<string, Counts> }> {
  const [kept, recounted] = await Promise.all([db.query(KEPT), db.query(RECOUNT)]);
  return { kept: byDealer(kept), recounted: byDealer(recounted) };
}
