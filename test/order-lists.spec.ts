import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { OpsOrdersService } from '../src/orders/ops-orders.service';
import { PORTLAND } from './support/board';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { seedHistory, seedShops } from './support/insight';
import { startTestApp, TestApp } from './support/test-app';

// The workspace's order lists page without counting every order on each view: the manufacturer's shows no total and
// reads one row past the page; ops' counts up to a bound and says "more than" past it.
describe('order lists', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    ops = await createOps(t);
    maker = await createManufacturer(t, ops, 'Cascade Cycles');
    const [{ id: storeId }] = await db.query(`SELECT id FROM stores WHERE manufacturer_id = $1`, [maker.id]);
    const shops = await seedShops(db, PORTLAND, 4, 41);
    await seedHistory(db, { id: storeId, manufacturerId: maker.id, warehouse: { lat: 39.53, lng: -119.81 }, shipByDays: 3 }, shops, {
      orders: 60,
      start: new Date('2026-06-01T00:00:00Z'),
      days: 30,
      seed: 4,
      customersAround: PORTLAND,
    });
  });
  afterAll(() => t?.close());

  /** The order numbers of every page, following the Next links from `path`, and the pages' count. */
  async function walk(path: string): Promise<{ numbers: string[]; pages: number }> {
    const numbers: string[] = [];
    let pages = 0;
    for (let next: string | undefined = path; next; pages++) {
      const { text } = await t.http.get(next).set(bearer(maker.admin.token)).expect(200);
      numbers.push(...[...text.matchAll(/<td data-label="Order"><a href="[^"]+">#(\d+)<\/a>/g)].map((m) => m[1]));
      next = /<a href="([^"]+)" rel="next">/.exec(text)?.[1].replaceAll('&amp;', '&');
    }
    return { numbers, pages };
  }

  const listed = async (query: Record<string, string>) =>
    (
      await t.http
        .get('/api/v1/manufacturer/orders')
        .query({ limit: '100', ...query })
        .set(bearer(maker.admin.token))
        .expect(200)
    ).body;

  it('shows every order once, newest first, over pages of 25 whose last has no Next link; the API still counts them', async () => {
    const all = await listed({});
    expect(all.total).toBe(60);
    const { numbers, pages } = await walk('/manufacturer/sales');
    expect(pages).toBe(3);
    expect(numbers).toEqual(all.items.map((o: { number: string }) => String(o.number)));
  });

  it('keeps a status filter from page to page, and ends on a full last page without an empty one after it', async () => {
    const status = (await listed({})).items[0].status as string;
    const filtered = await listed({ status });
    const { numbers, pages } = await walk(`/manufacturer/sales?status=${status}`);
    expect(numbers).toEqual(filtered.items.map((o: { number: string }) => String(o.number)));
    expect(pages).toBe(Math.max(1, Math.ceil(filtered.total / 25)));

    // 50 orders placed in a period: two full pages, and no Next link to an empty third.
    const fifty = (await listed({})).items.slice(5, 55) as { createdAt: string }[];
    const [to, from] = [new Date(new Date(fifty[0].createdAt).getTime() + 1).toISOString(), fifty[49].createdAt];
    expect((await listed({ from, to })).total).toBe(50);
    expect((await walk(`/manufacturer/sales?${new URLSearchParams({ from, to })}`)).pages).toBe(2);
  });

  it("counts ops' list exactly below its bound and stops counting past it, while the pages still end where the orders do", async () => {
    const { text } = await t.http.get('/ops/store-orders').set(bearer(ops.token)).expect(200);
    expect(/<p id="result-count">([^<]+)<\/p>/.exec(text)![1]).toBe('60 orders.');

    const orders = t.app.get(OpsOrdersService);
    const principal = { kind: 'user' as const, role: Role.Ops, userId: ops.userId, isAdmin: true };
    const exact = await orders.search(principal, { limit: 25, offset: 0 });
    const capped = await orders.browse(principal, { limit: 25, offset: 0 }, 40);
    expect(capped).toEqual({ ...exact, total: 41, totalIsAtLeast: true });
    expect(await orders.browse(principal, { limit: 25, offset: 0 }, 60)).toEqual({ ...exact, total: 60, totalIsAtLeast: false });
    // Deep in the list the bound moves with the page, so the last page still knows it is the last.
    const last = await orders.browse(principal, { limit: 25, offset: 50 }, 40);
    expect(last).toMatchObject({ total: 60, totalIsAtLeast: false });
    expect(last.items).toHaveLength(10);
    expect(await orders.browse(principal, { limit: 25, offset: 25 }, 40)).toMatchObject({ total: 51, totalIsAtLeast: true });
  });
});
