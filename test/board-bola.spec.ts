import { Account, addTeamMember, bearer, createManufacturer, createOps, createRetailer, Tenant } from './support/factories';
import { addLocation, awardTo, LocationFixture, makeDealer, PORTLAND } from './support/board';
import { createProduct, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

type Method = 'get' | 'put' | 'patch' | 'post' | 'delete';

// Every id-bearing endpoint of locations, dealers, board, bids and won orders, called by someone it does not belong to.
describe("no retailer or manufacturer reaches another organisation's locations, dealers, bids or orders", () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let otherShop: Tenant;
  let otherMaker: Tenant;
  let otherMakerMember: Account;
  let location: LocationFixture;
  let relationshipId: string;
  let openOrderId: string;
  let wonOrderId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, otherMaker, shop, otherShop] = await Promise.all([
      createManufacturer(t, ops),
      createManufacturer(t, ops),
      createRetailer(t, ops),
      createRetailer(t, ops),
    ]);
    otherMakerMember = await addTeamMember(t, otherMaker.admin);
    location = await addLocation(t, shop, PORTLAND);
    relationshipId = await makeDealer(t, maker, shop);
    // The other retailer is near, and a dealer of the other manufacturer only.
    await addLocation(t, otherShop, PORTLAND);
    await makeDealer(t, otherMaker, otherShop);
    await createProduct(t, maker, { sku: 'BK-1' });
    const slug = await storeSlugOf(t, maker);
    openOrderId = (await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], ...PORTLAND })).id;
    wonOrderId = (await placeOrder(t, slug, { lines: [{ sku: 'BK-1' }], ...PORTLAND })).id;
    await t.http.put(`/api/v1/retailer/board/${openOrderId}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await t.http.put(`/api/v1/retailer/board/${wonOrderId}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
    await awardTo(t, wonOrderId, shop.id);
  });
  afterAll(() => t.close());

  const endpoints = (): [Method, string, object?][] => [
    ['get', `/api/v1/retailer/locations/${location.id}`],
    ['patch', `/api/v1/retailer/locations/${location.id}`, { name: 'Mine now' }],
    ['delete', `/api/v1/retailer/locations/${location.id}`],
    ['post', `/api/v1/manufacturer/dealers/${relationshipId}/approve`, {}],
    ['post', `/api/v1/manufacturer/dealers/${relationshipId}/reject`, { reason: 'x' }],
    ['post', `/api/v1/manufacturer/dealers/${relationshipId}/revoke`, { reason: 'x' }],
    ['put', `/api/v1/retailer/board/${openOrderId}/bid`, {}],
    ['put', `/api/v1/retailer/board/${openOrderId}/bid`, { locationId: location.id }],
    ['delete', `/api/v1/retailer/board/${openOrderId}/bid`],
    ['get', `/api/v1/retailer/orders/${wonOrderId}`],
    ['get', `/api/v1/ops/board/${openOrderId}`],
  ];

  const call = (token: string, [method, path, body]: [Method, string, object?]) => {
    const request = t.http[method](path).set(bearer(token));
    return body ? request.send(body) : request;
  };

  it.each([
    ['a second retailer', () => otherShop.admin.token],
    ["a second manufacturer's admin", () => otherMaker.admin.token],
    ["a second manufacturer's member", () => otherMakerMember.token],
  ])('refuses %s on every endpoint, reading and writing (404 or 403)', async (_who, token) => {
    const allowed: string[] = [];
    for (const endpoint of endpoints()) {
      const response = await call(token(), endpoint);
      if (![403, 404].includes(response.status)) allowed.push(`${endpoint[0]} ${endpoint[1]} → ${response.status}`);
      expect(JSON.stringify(response.body)).not.toContain('jamie@example.com');
    }
    expect(allowed).toEqual([]);
  });

  it('answers a second retailer "not found", never "forbidden", so it cannot learn what exists', async () => {
    for (const endpoint of endpoints().filter(([, path]) => path.startsWith('/api/v1/retailer/'))) {
      expect((await call(otherShop.admin.token, endpoint)).status).toBe(404);
    }
  });

  it("answers the second manufacturer 'not found' on the first one's dealer relationship", async () => {
    for (const endpoint of endpoints().filter(([, path]) => path.startsWith('/api/v1/manufacturer/'))) {
      expect((await call(otherMaker.admin.token, endpoint)).status).toBe(404);
    }
  });

  it('left everything as it was', async () => {
    const read = await t.http.get(`/api/v1/retailer/locations/${location.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(read.body).toMatchObject({ name: location.name, active: true });
    const dealers = await t.http.get('/api/v1/manufacturer/dealers').set(bearer(maker.admin.token)).expect(200);
    expect(dealers.body).toEqual([expect.objectContaining({ id: relationshipId, status: 'approved' })]);
    const bids = await t.http.get('/api/v1/retailer/bids').set(bearer(shop.admin.token)).expect(200);
    expect(bids.body.items.find((b: { orderId: string }) => b.orderId === openOrderId).status).toBe('open');
    const theirBids = await t.http.get('/api/v1/retailer/bids').set(bearer(otherShop.admin.token)).expect(200);
    expect(theirBids.body.items).toEqual([]);
    await t.http.get(`/api/v1/retailer/orders/${wonOrderId}`).set(bearer(shop.admin.token)).expect(200);
  });
});
