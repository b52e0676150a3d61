import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { DEALER_SORTS, DEALERS_PAGE_SIZE, DealerSort } from '../src/manufacturer-workspace/dealers-page';
import { EMPTY_DEALER_RECORD } from '../src/ratings/ratings.dto';
import { PORTLAND } from './support/board';
import { bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { SeededOrder, SeededShop, seedHistory, seedShops } from './support/insight';
import { startTestApp, TestApp } from './support/test-app';
import { itKeepsDealerRecords } from './support/dealer-record-counts';

const SHIP_BY_DAYS = 3;
const DAY = 86_400_000;

interface Figures {
  awards: number;
  declines: number;
  lateShipments: number;
  ratings: number;
  averageStars: number | null;
  chosenByCustomers: number;
  chosenAndWon: number;
}

/**
 * Each dealer's record with the manufacturer, counted again from the generated orders themselves (no SQL): every
 * award (kept or lost), those declined, those overdue or shipped after the ship-by days (a pickup's hand-over is
 * never late), the customers' ratings, and the orders whose customer chose the dealer (won: one of its bids got an
 * award). Only dealers with an award or a customer's choice have a record.
 */
function bruteForce(orders: SeededOrder[]): Map<string, Figures> {
  const records = new Map<string, Figures & { stars: number }>();
  const of = (retailerId: string) => {
    const record = records.get(retailerId) ?? { ...EMPTY_DEALER_RECORD, stars: 0 };
    records.set(retailerId, record);
    return record;
  };
  for (const order of orders) {
    const pickup = order.kind === 'pickup' || order.kind === 'ship_to_store';
    for (const award of order.awards) {
      if (!award.retailerId) continue;
      const record = of(award.retailerId);
      record.awards++;
      if (award.supersededBy === 'declined') record.declines++;
      const shippedLate = !pickup && award.shippedAt !== null && award.shippedAt.getTime() > award.createdAt.getTime() + SHIP_BY_DAYS * DAY;
      if (award.supersededBy === 'overdue' || shippedLate) record.lateShipments++;
    }
    if (order.chosenRetailerId) {
      const record = of(order.chosenRetailerId);
      record.chosenByCustomers++;
      if (order.bids.some((b) => b.retailerId === order.chosenRetailerId && b.won)) record.chosenAndWon++;
    }
  }
  for (const order of orders) {
    const rating = order.rating;
    if (!rating?.retailerId || !records.has(rating.retailerId)) continue;
    const record = of(rating.retailerId);
    record.ratings++;
    record.stars += rating.stars;
  }
  return new Map(
    [...records].map(([id, { stars, ...record }]) => [
      id,
      // Stars are whole numbers: 10 × their average is exact or at least 1/ratings away from a half.
      { ...record, averageStars: record.ratings ? Math.round((10 * stars) / record.ratings) / 10 : null },
    ]),
  );
}

/** What a sort orders by, as the page describes it: name A–Z, the others highest first (unrated last), ties by name. */
const SORT_VALUE: Record<Exclude<DealerSort, 'name'>, (r: Figures) => number> = {
  won: (r) => r.awards,
  declined: (r) => r.declines,
  late: (r) => r.lateShipments,
  chosen: (r) => r.chosenByCustomers,
  rating: (r) => r.averageStars ?? -1,
};

/** One row of the approved table as the page prints it. */
const row = (name: string, r: Figures) =>
  [
    name,
    r.awards,
    r.declines,
    r.lateShipments,
    `${r.chosenByCustomers} (won ${r.chosenAndWon})`,
    r.averageStars === null ? 'no ratings yet' : `${r.averageStars} of 5 (${r.ratings})`,
  ].join(' | ');

/** The approved table's rows in the page's HTML, as `row` prints them. */
function rowsOf(html: string): string[] {
  const body = /<table class="stack" id="approved">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, tr]) => {
    const name = /<th scope="row" data-label="Dealer">(.*?)<br>/.exec(tr)![1];
    const cells = [...tr.matchAll(/<td data-label="[^"]+" class="number">(.*?)<\/td>/g)].map(([, cell]) => cell);
    return [name, ...cells].join(' | ');
  });
}

describe("a manufacturer's dealer records and the dealers page", () => {
  let t: TestApp;
  let db: DataSource;
  let maker: Tenant;
  let shops: SeededShop[];
  let expected: Map<string, Figures>;
  let approved: SeededShop[];

  beforeAll(async () => {
    t = await startTestApp();
    // The quarter-hour jobs (overdue awards re-routed, missed pickup acceptances) would change the seeded history
    // while it is read: the figures are checked against the history as seeded.
    for (const job of t.app.get(SchedulerRegistry).getCronJobs().values()) void job.stop();
    db = t.app.get(DataSource);
    const ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    const other = await createManufacturer(t, ops, 'Gorge Gear');
    await db.query(`UPDATE stores SET warehouse_lat = 39.53, warehouse_lng = -119.81, ship_by_days = $2 WHERE manufacturer_id = $1`, [
      maker.id,
      SHIP_BY_DAYS,
    ]);
    const storeOf = async (m: Tenant) => (await db.query<{ id: string }[]>(`SELECT id FROM stores WHERE manufacturer_id = $1`, [m.id]))[0].id;
    // More dealers than a page, sharing their orders' customers: declines, overdue re-routes, late and pickup
    // shipments, ratings, customers' choices won and lost, two currencies; the other manufacturer's orders go to
    // the same dealers and must not count.
    shops = await seedShops(db, PORTLAND, 64, 21);
    const orders = await seedHistory(
      db,
      { id: await storeOf(maker), manufacturerId: maker.id, warehouse: PORTLAND, shipByDays: SHIP_BY_DAYS },
      shops,
      {
        orders: 900,
        start: new Date('2026-01-01T00:00:00Z'),
        days: 200,
        seed: 5,
        customersAround: PORTLAND,
      },
    );
    await seedHistory(db, { id: await storeOf(other), manufacturerId: other.id, warehouse: PORTLAND, shipByDays: 2 }, shops, {
      orders: 300,
      start: new Date('2026-01-01T00:00:00Z'),
      days: 200,
      seed: 6,
      customersAround: PORTLAND,
    });
    // A rating on a dealer with no record with this manufacturer (no award, no choice): the table has no record for
    // it, so it sorts as unrated.
    const [unrecorded] = await seedShops(db, PORTLAND, 1, 22);
    const [rated] = await db.query<{ id: string }[]>(
      `SELECT o.id FROM orders o WHERE o.manufacturer_id = $1 AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.order_id = o.id) LIMIT 1`,
      [maker.id],
    );
    await db.query(`INSERT INTO ratings (order_id, manufacturer_id, retailer_id, stars) VALUES ($1, $2, $3, 5)`, [
      rated.id,
      maker.id,
      unrecorded.retailerId,
    ]);
    expected = bruteForce(orders);
    // Approved: all but two of the dealers with orders, and one without any; one asked, one revoked.
    const [asked, revoked, ...rest] = shops;
    approved = [...rest, unrecorded];
    const approve = (list: SeededShop[], status: string) =>
      db.query(
        `INSERT INTO dealer_approvals (manufacturer_id, retailer_id, status, decided_at) SELECT $1, unnest($2::uuid[]), $3::dealer_status, now()`,
        [maker.id, list.map((s) => s.retailerId), status],
      );
    await approve(approved, 'approved');
    await approve([asked], 'requested');
    await approve([revoked], 'revoked');
  });
  afterAll(() => t?.close());

  it('the data has what a record counts for several dealers', () => {
    const all = [...expected.values()];
    for (const figure of ['declines', 'lateShipments', 'ratings', 'chosenByCustomers', 'chosenAndWon'] as const) {
      expect(all.filter((r) => r[figure] > 0).length).toBeGreaterThan(3);
    }
    expect(all.some((r) => r.chosenByCustomers > r.chosenAndWon)).toBe(true);
    expect(approved.length).toBeGreaterThan(DEALERS_PAGE_SIZE);
  });

  it('the API lists every dealer record with the figures the orders give', async () => {
    const records = (await t.http.get('/api/v1/manufacturer/dealer-records').set(bearer(maker.admin.token)).expect(200)).body as ({
      retailerId: string;
    } & Figures)[];
    expect(new Map(records.map(({ retailerId, ...r }) => [retailerId, pick(r)]))).toEqual(expected);
  });

  it.each(DEALER_SORTS)('sorted by %s, each page of the table shows the rows and figures of a sort over every dealer', async (sort) => {
    const recordOf = (s: SeededShop) => expected.get(s.retailerId) ?? EMPTY_DEALER_RECORD;
    const byName = (a: SeededShop, b: SeededShop) => a.name.localeCompare(b.name);
    const sorted = [...approved].sort(
      sort === 'name' ? byName : (a, b) => SORT_VALUE[sort](recordOf(b)) - SORT_VALUE[sort](recordOf(a)) || byName(a, b),
    );
    for (const offset of [0, DEALERS_PAGE_SIZE]) {
      const html = (
        await t.http
          .get('/manufacturer/dealership')
          .query({ sort, offset })
          .set({ ...bearer(maker.admin.token), Accept: 'text/html' })
          .expect(200)
      ).text;
      const shown = sorted.slice(offset, offset + DEALERS_PAGE_SIZE);
      expect(rowsOf(html)).toEqual(shown.map((s) => row(s.name, recordOf(s))));
    }
  });

  itKeepsDealerRecords(() => t);
});

const pick = (r: Figures): Figures => ({
  awards: r.awards,
  declines: r.declines,
  lateShipments: r.lateShipments,
  ratings: r.ratings,
  averageStars: r.averageStars,
  chosenByCustomers: r.chosenByCustomers,
  chosenAndWon: r.chosenAndWon,
});
