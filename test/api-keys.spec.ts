import { sql } from './support/board';
import { Account, addTeamMember, bearer, createOps, createRetailer, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe("a retailer's API keys", () => {
  let t: TestApp;
  let shop: Tenant;
  let member: Account;
  let secondAdmin: Account;

  const keys = (who: Account) => t.http.get('/api/v1/retailer/api-keys').set(bearer(who.token));
  const create = (who: Account, name: string) => t.http.post('/api/v1/retailer/api-keys').set(bearer(who.token)).send({ name });
  const me = (key: string) => t.http.get('/api/v1/auth/me').set('X-Api-Key', key);

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    shop = await createRetailer(t, ops, 'Harbor Cycles');
    member = await addTeamMember(t, shop.admin);
    secondAdmin = await addTeamMember(t, shop.admin, true);
  });
  afterAll(() => t.close());

  it('are created and revoked by the organisation’s admins only; every colleague sees who made each and when it was last used', async () => {
    expect((await create(member, 'Till').expect(403)).body.message).toBe('Only an admin of your organisation can manage its API keys');
    const made = (await create(shop.admin, 'Inventory sync').expect(201)).body;
    expect(made.createdBy).toEqual({ id: shop.admin.userId, name: 'Harbor Cycles admin', email: shop.admin.email });
    expect(made.lastUsedAt).toBeNull();

    await me(made.key).expect(200);
    const seen = (await keys(member).expect(200)).body.find((k: { id: string }) => k.id === made.id);
    expect(seen).toMatchObject({ name: 'Inventory sync', prefix: made.key.slice(0, 10), createdBy: { id: shop.admin.userId }, revokedAt: null });
    expect(new Date(seen.lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(seen)).not.toContain(made.key);

    await t.http.delete(`/api/v1/retailer/api-keys/${made.id}`).set(bearer(member.token)).expect(403);
    await me(made.key).expect(200);
    const revoked = (await t.http.delete(`/api/v1/retailer/api-keys/${made.id}`).set(bearer(secondAdmin.token)).expect(200)).body;
    expect(revoked).toMatchObject({ revokedBy: { id: secondAdmin.userId }, revokedReason: null });
    await me(made.key).expect(401);
  });

  it("stop working the moment their creator is disabled; the organisation's other keys go on", async () => {
    const leaversKey = (await create(secondAdmin, 'Warehouse scanner').expect(201)).body;
    const stayersKey = (await create(shop.admin, 'Accounting export').expect(201)).body;
    await me(leaversKey.key).expect(200);

    await t.http.delete(`/api/v1/team/users/${secondAdmin.userId}`).set(bearer(shop.admin.token)).expect(200);

    await me(leaversKey.key).expect(401);
    await t.http.get('/api/v1/retailer/board').set('X-Api-Key', leaversKey.key).expect(401);
    await me(stayersKey.key).expect(200);
    const listed = (await keys(shop.admin).expect(200)).body.find((k: { id: string }) => k.id === leaversKey.id);
    expect(listed).toMatchObject({
      createdBy: { id: secondAdmin.userId },
      revokedBy: { id: shop.admin.userId },
      revokedReason: 'Its creator, Member, was disabled',
    });
    expect(listed.revokedAt).not.toBeNull();
  });

  it('refuses a key whose creator was disabled some other way, though the key itself was never revoked', async () => {
    const other = await addTeamMember(t, shop.admin, true);
    const key = (await create(other, 'Legacy ERP').expect(201)).body;
    await sql(t, `UPDATE users SET disabled_at = now() WHERE id = $1`, [other.userId]);
    await me(key.key).expect(401);
  });
});
