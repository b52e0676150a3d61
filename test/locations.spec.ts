import { Account, bearer, createOps, createRetailer, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe("a retailer's locations", () => {
  let t: TestApp;
  let ops: Account;
  let shop: Tenant;
  const address = { name: 'Pearl District', line1: '1 NW 10th Ave', city: 'Portland', region: 'OR', postalCode: '97209', country: 'us' };
  const create = (body: object) => t.http.post('/api/v1/retailer/locations').set(bearer(shop.admin.token)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    shop = await createRetailer(t, ops);
  });
  afterAll(() => t.close());

  it('locates a new location from its US ZIP code and gives it an 80 km service radius', async () => {
    const response = await create(address).expect(201);
    expect(response.body).toMatchObject({ name: 'Pearl District', country: 'US', serviceRadiusKm: 80, active: true });
    expect(response.body.lat).toBeCloseTo(45.53, 1);
    expect(response.body.lng).toBeCloseTo(-122.69, 1);
  });

  it('keeps the coordinates and radius it is given', async () => {
    const response = await create({ ...address, lat: 45.6, lng: -122.5, serviceRadiusKm: 25 }).expect(201);
    expect(response.body).toMatchObject({ lat: 45.6, lng: -122.5, serviceRadiusKm: 25 });
  });

  it('asks for lat and lng when the postal code cannot be located, or when only one is sent', async () => {
    const unknown = await create({ ...address, postalCode: 'SW1A 1AA', country: 'GB' }).expect(422);
    expect(unknown.body.message).toMatch(/could not locate postal code "SW1A 1AA" \(GB\); send lat and lng/);
    const half = await create({ ...address, lat: 45.6 }).expect(400);
    expect(half.body.message).toMatch(/lat and lng together/);
    await create({ ...address, serviceRadiusKm: 0 }).expect(400);
    await create({ ...address, owner: 'someone else' }).expect(400);
  });

  it('locates it again when the postal code changes, and changes the radius', async () => {
    const created = await create(address).expect(201);
    const moved = await t.http
      .patch(`/api/v1/retailer/locations/${created.body.id}`)
      .set(bearer(shop.admin.token))
      .send({ postalCode: '98101', city: 'Seattle', region: 'WA', serviceRadiusKm: 50 })
      .expect(200);
    expect(moved.body).toMatchObject({ city: 'Seattle', serviceRadiusKm: 50 });
    expect(moved.body.lat).toBeCloseTo(47.61, 1);
    const read = await t.http.get(`/api/v1/retailer/locations/${created.body.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(read.body.postalCode).toBe('98101');
  });

  it('deactivates a location, lists it among the inactive ones, and reactivates it', async () => {
    const created = await create({ ...address, name: 'Closing soon' }).expect(201);
    const gone = await t.http.delete(`/api/v1/retailer/locations/${created.body.id}`).set(bearer(shop.admin.token)).expect(200);
    expect(gone.body.active).toBe(false);
    const active = await t.http.get('/api/v1/retailer/locations').query({ active: 'true' }).set(bearer(shop.admin.token)).expect(200);
    expect(active.body.map((l: { id: string }) => l.id)).not.toContain(created.body.id);
    const inactive = await t.http.get('/api/v1/retailer/locations').query({ active: 'false' }).set(bearer(shop.admin.token)).expect(200);
    expect(inactive.body.map((l: { id: string }) => l.id)).toEqual([created.body.id]);
    const back = await t.http.patch(`/api/v1/retailer/locations/${created.body.id}`).set(bearer(shop.admin.token)).send({ active: true }).expect(200);
    expect(back.body.active).toBe(true);
  });

  it("is managed by the retailer's own systems with an API key", async () => {
    const key = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'ERP' }).expect(201);
    const created = await t.http.post('/api/v1/retailer/locations').set('X-Api-Key', key.body.key).send(address).expect(201);
    const list = await t.http.get('/api/v1/retailer/locations').set('X-Api-Key', key.body.key).expect(200);
    expect(list.body.map((l: { id: string }) => l.id)).toContain(created.body.id);
  });
});
