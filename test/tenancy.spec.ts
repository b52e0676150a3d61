import { addTeamMember, bearer, createManufacturer, createOps, createRetailer, Account, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('every account sees and changes only its own organisation', () => {
  let t: TestApp;
  let ops: Account;
  let makerA: Tenant;
  let makerB: Tenant;
  let shopA: Tenant;
  let shopB: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [makerA, makerB, shopA, shopB] = await Promise.all([
      createManufacturer(t, ops),
      createManufacturer(t, ops),
      createRetailer(t, ops),
      createRetailer(t, ops),
    ]);
  });
  afterAll(() => t.close());

  it("hides another manufacturer's users from a manufacturer (404 on read and on change)", async () => {
    await t.http.get(`/api/v1/team/users/${makerB.admin.userId}`).set(bearer(makerA.admin.token)).expect(404);
    await t.http.delete(`/api/v1/team/users/${makerB.admin.userId}`).set(bearer(makerA.admin.token)).expect(404);
    const team = await t.http.get('/api/v1/team/users').set(bearer(makerA.admin.token)).expect(200);
    expect(team.body.map((u: { id: string }) => u.id)).toEqual([makerA.admin.userId]);
    // The other manufacturer's admin still works: nothing was changed.
    await t.http.get('/api/v1/auth/me').set(bearer(makerB.admin.token)).expect(200);
  });

  it("keeps a retailer's users and API keys away from another retailer, by token and by API key", async () => {
    const keyB = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shopB.admin.token)).send({ name: 'B' }).expect(201);
    const keyA = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shopA.admin.token)).send({ name: 'A' }).expect(201);

    await t.http.delete(`/api/v1/retailer/api-keys/${keyB.body.id}`).set(bearer(shopA.admin.token)).expect(404);
    await t.http.get(`/api/v1/team/users/${shopB.admin.userId}`).set(bearer(shopA.admin.token)).expect(404);
    await t.http.get(`/api/v1/team/users/${shopB.admin.userId}`).set('X-Api-Key', keyA.body.key).expect(403);

    const listA = await t.http.get('/api/v1/retailer/api-keys').set(bearer(shopA.admin.token)).expect(200);
    expect(listA.body.map((k: { id: string }) => k.id)).toEqual([keyA.body.id]);
    // B's key was not revoked by A's attempt.
    await t.http.get('/api/v1/auth/me').set('X-Api-Key', keyB.body.key).expect(200);
  });

  it('keeps manufacturers out of retailer endpoints', async () => {
    await t.http.get('/api/v1/retailer/api-keys').set(bearer(makerA.admin.token)).expect(403);
  });

  it('lets only ops onboard organisations', async () => {
    const body = { name: 'Sneaky Co', admin: { email: 'sneaky@co.test', name: 'S', password: 'long-enough-password' } };
    for (const token of [makerA.admin.token, shopA.admin.token]) {
      await t.http.post('/api/v1/ops/manufacturers').set(bearer(token)).send(body).expect(403);
      await t.http.post('/api/v1/ops/retailers').set(bearer(token)).send(body).expect(403);
      await t.http.get('/api/v1/ops/manufacturers').set(bearer(token)).expect(403);
    }
    await t.http.post('/api/v1/ops/retailers').send(body).expect(401);
    const list = await t.http.get('/api/v1/ops/manufacturers').set(bearer(ops.token)).expect(200);
    expect(list.body.map((m: { name: string }) => m.name)).not.toContain('Sneaky Co');
  });

  it('lets a tenant admin add users to its own organisation only, and not a plain member', async () => {
    const member = await addTeamMember(t, makerA.admin);
    const me = await t.http.get('/api/v1/auth/me').set(bearer(member.token)).expect(200);
    expect(me.body).toMatchObject({ role: 'manufacturer', manufacturerId: makerA.id, isAdmin: false });

    const attempt = await t.http
      .post('/api/v1/team/users')
      .set(bearer(member.token))
      .send({ email: 'another@maker.test', name: 'Another', password: 'long-enough-password' });
    expect(attempt.status).toBe(403);
    expect(attempt.body.message).toMatch(/admin/);
  });

  it('refuses a second account with the same e-mail, whatever its case, and writes nothing', async () => {
    const response = await t.http
      .post('/api/v1/ops/retailers')
      .set(bearer(ops.token))
      .send({ name: 'Duplicate Shop', admin: { email: shopA.admin.email.toUpperCase(), name: 'D', password: 'long-enough-password' } });
    expect(response.status).toBe(409);
    expect(response.body.message).toContain('already exists');
    const list = await t.http.get('/api/v1/ops/retailers').set(bearer(ops.token)).expect(200);
    expect(list.body.map((r: { name: string }) => r.name)).not.toContain('Duplicate Shop');
  });
});
