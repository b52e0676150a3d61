import { Account, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { addLocation, awardTo, makeDealer, PORTLAND } from './support/board';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';
import { StoresService } from '../src/stores/stores.service';

describe('dealer authorisation', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let otherMaker: Tenant;
  let slug: string;

  const request = (shop: Tenant, body: object) => t.http.post('/api/v1/retailer/dealers').set(bearer(shop.admin.token)).send(body);
  const decide = (id: string, decision: string, body: object = {}) =>
    t.http.post(`/api/v1/manufacturer/dealers/${id}/${decision}`).set(bearer(maker.admin.token)).send(body);
  const makerList = async (status?: string) =>
    (
      await t.http
        .get('/api/v1/manufacturer/dealers')
        .query(status ? { status } : {})
        .set(bearer(maker.admin.token))
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, otherMaker] = await Promise.all([createManufacturer(t, ops, 'Cascade Cycles'), createManufacturer(t, ops)]);
    slug = await storeSlugOf(t, maker);
  });
  afterAll(() => t.close());

  it('lets a retailer ask by store slug and the manufacturer approve, each side seeing the relationship', async () => {
    const shop = await createRetailer(t, ops, 'Rose City Bikes');
    const asked = await request(shop, { storeSlug: slug, note: 'We stock your road range' }).expect(201);
    expect(asked.body).toMatchObject({
      status: 'requested',
      note: 'We stock your road range',
      manufacturer: { id: maker.id, name: 'Cascade Cycles' },
      store: { slug },
      retailer: { id: shop.id, name: 'Rose City Bikes' },
    });
    expect((await makerList('requested')).map((d: { id: string }) => d.id)).toContain(asked.body.id);

    // Asking twice changes nothing.
    expect((await request(shop, { manufacturerId: maker.id }).expect(201)).body).toMatchObject({ id: asked.body.id, status: 'requested' });

    const approved = await decide(asked.body.id, 'approve', { reason: 'Welcome' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', note: 'Welcome' });
    expect(approved.body.decidedAt).toBeTruthy();
    const mine = await t.http.get('/api/v1/retailer/dealers').set(bearer(shop.admin.token)).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: asked.body.id, status: 'approved' })]);
  });

  it('lists the stores a shop has not asked yet: asked ones are left out before the list is cut, so the next one shows', async () => {
    const stores = t.app.get(StoresService);
    const [first, second] = await stores.all(2);
    expect(second).toBeDefined();
    expect(await stores.all(1, [first.slug])).toEqual([second]);
  });

  it('rejects with a reason the retailer sees, and lets the retailer ask again', async () => {
    const shop = await createRetailer(t, ops);
    const asked = await request(shop, { manufacturerId: maker.id }).expect(201);
    const noReason = await decide(asked.body.id, 'reject').expect(400);
    expect(noReason.body.message).toMatch(/reason/);
    await decide(asked.body.id, 'reject', { reason: 'Outside our territory' }).expect(200);
    const mine = await t.http.get('/api/v1/retailer/dealers').query({ status: 'rejected' }).set(bearer(shop.admin.token)).expect(200);
    expect(mine.body[0]).toMatchObject({ status: 'rejected', note: 'Outside our territory' });

    const again = await request(shop, { manufacturerId: maker.id, note: 'We opened a shop in Portland' }).expect(201);
    expect(again.body).toMatchObject({ id: asked.body.id, status: 'requested', decidedAt: null });
  });

  it('refuses a decision the current state does not allow (409), saying what state it is in', async () => {
    const shop = await createRetailer(t, ops);
    const asked = await request(shop, { manufacturerId: maker.id }).expect(201);
    const revoke = await decide(asked.body.id, 'revoke', { reason: 'No' }).expect(409);
    expect(revoke.body.message).toMatch(/is requested; only one that is approved can be revoked/);
    await decide(asked.body.id, 'approve').expect(200);
    await decide(asked.body.id, 'reject', { reason: 'Changed my mind' }).expect(409);
  });

  it('names the manufacturer to deal for: one of manufacturerId or storeSlug, and one that exists', async () => {
    const shop = await createRetailer(t, ops);
    expect((await request(shop, {}).expect(400)).body.message).toMatch(/either manufacturerId or storeSlug/);
    await request(shop, { manufacturerId: maker.id, storeSlug: slug }).expect(400);
    await request(shop, { storeSlug: 'no-such-store' }).expect(404);
    await request(shop, { manufacturerId: '00000000-0000-4000-8000-000000000000' }).expect(404);
  });

  it("withdraws the revoked retailer's open bids on that manufacturer's orders still on the board only, and takes them off its board", async () => {
    const shop = await createRetailer(t, ops);
    await addLocation(t, shop, PORTLAND);
    const relationship = await makeDealer(t, maker, shop);
    await makeDealer(t, otherMaker, shop);
    await createProduct(t, maker, { sku: 'BK-9' });
    await createProduct(t, otherMaker, { sku: 'GF-9' });
    const ours = await placeOrder(t, slug, { lines: [{ sku: 'BK-9' }], ...PORTLAND });
    const theirs = await placeOrder(t, await storeSlugOf(t, otherMaker), { lines: [{ sku: 'GF-9' }], ...PORTLAND });
    const won = await placeOrder(t, slug, { lines: [{ sku: 'BK-9' }], ...PORTLAND });
    for (const order of [ours, theirs, won]) {
      await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    }
    await awardTo(t, won.id, shop.id);

    await decide(relationship, 'revoke', { reason: 'Shipped late' }).expect(200);

    const bids = await t.http.get('/api/v1/retailer/bids').set(bearer(shop.admin.token)).expect(200);
    const statusOf = (orderId: string) => bids.body.items.find((b: { orderId: string }) => b.orderId === orderId).status;
    expect(statusOf(ours.id)).toBe('withdrawn');
    expect(statusOf(theirs.id)).toBe('open');
    // An order already decided keeps its outcome: the shop still fulfils what it won.
    expect(statusOf(won.id)).toBe('won');
    const board = await t.http.get('/api/v1/retailer/board').set(bearer(shop.admin.token)).expect(200);
    expect(board.body.items.map((e: { orderId: string }) => e.orderId)).toEqual([theirs.id]);
    await t.http.put(`/api/v1/retailer/board/${ours.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(404);
  });
});
