import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addLocation, northOf, sql } from './support/board';
import { bearer, createOps } from './support/factories';
import { portlandStore } from './support/portland-store';
import { startTestApp, TestApp } from './support/test-app';

// Pages show the same content however they are made faster: each page type, rendered for fixed data, equals the
// HTML recorded in test/fixtures/page-html/ before the page-speed work. A change meant to alter a page records it
// again with UPDATE_PAGE_HTML=1 (and the diff shows in review).
const FIXTURES = join(__dirname, 'fixtures', 'page-html');

// The instants the fixed data is moved to, so dates and "time left" read the same on any day.
const PLACED = '2026-03-02T17:30:00Z';
const CLOSES = '2099-03-03T10:00:00Z';

/** The page with what differs between runs (ids, tokens, generated SKUs and numbers, time left) replaced by names. */
function comparable(html: string, literals: Record<string, string>): string {
  let text = html;
  for (const [name, value] of Object.entries(literals)) text = text.split(value).join(`<${name}>`);
  // A stylesheet's version is its content's hash: a style change is not a change of what the page shows.
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value="<form-token>"')
    .replace(/\.css\?v=[0-9a-f]+/g, '.css?v=<version>')
    .replace(/\d[\d,]* days?( \d+ h)? left/g, '<time-left>');
}

describe('pages for fixed data', () => {
  let t: TestApp;
  const pages: Record<string, { path: string; token?: string }> = {};
  let literals: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    const store = await portlandStore(t, ops);
    // A third location far from the others, so the board's map spans more than one zoom.
    await addLocation(t, store.near, northOf({ lat: 45.5152, lng: -122.6784 }, 150), { name: 'Olympia' });
    const order = await store.order();
    await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(store.near.admin.token)).send({}).expect(200);
    await sql(t, `UPDATE orders SET created_at = $1, posted_at = $1, resolves_at = $2 WHERE id = $3`, [PLACED, CLOSES, order.id]);
    await sql(t, `UPDATE board_orders SET resolves_at = $1 WHERE order_id = $2`, [CLOSES, order.id]);
    await sql(t, `UPDATE bids SET placed_at = $1 WHERE order_id = $2`, [PLACED, order.id]);
    await sql(t, `UPDATE order_events SET at = $1 WHERE order_id = $2`, [PLACED, order.id]);
    // An hour apart by dealer name, so the dealers list (newest first) has one order.
    await sql(
      t,
      `UPDATE dealer_approvals da SET created_at = at, updated_at = at, decided_at = at
         FROM (SELECT id, $1::timestamptz + (row_number() OVER (ORDER BY name)) * interval '1 hour' AS at FROM retailers) r
        WHERE r.id = da.retailer_id`,
      [PLACED],
    );
    literals = { sku: store.product.sku, number: String(order.number), 'tracking-token': order.trackingToken, slug: store.slug };
    Object.assign(pages, {
      catalogue: { path: `/s/${store.slug}` },
      product: { path: `/s/${store.slug}/p/${store.product.sku}` },
      tracking: { path: `/s/${store.slug}/track/${order.trackingToken}` },
      board: { path: '/retailer/bid-board', token: store.near.admin.token },
      bids: { path: '/retailer/my-bids', token: store.near.admin.token },
      'ops-orders': { path: '/ops/store-orders', token: ops.token },
    });
  });

  afterAll(() => t?.close());

  // Not the dealers page: its map draws locations in the order of their retailers' random ids.
  it.each(['catalogue', 'product', 'tracking', 'board', 'bids', 'ops-orders'])('%s shows what it showed before', async (name) => {
    const { path, token } = pages[name];
    const response = await t.http.get(path).set(token ? bearer(token) : {});
    expect(response.status).toBe(200);
    const html = comparable(response.text, literals);
    const file = join(FIXTURES, `${name}.html`);
    if (process.env.UPDATE_PAGE_HTML) writeFileSync(file, html);
    expect(html).toBe(readFileSync(file, 'utf8'));
  });
});
