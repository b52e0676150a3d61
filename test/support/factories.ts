import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role';
import { UsersService } from '../../src/auth/users.service';
import { TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery';

const unique = () => randomBytes(4).toString('hex');

export interface Account {
  email: string;
  token: string;
  userId: string;
}

export interface Tenant {
  id: string;
  name: string;
  admin: Account;
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<string> {
  const response = await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  return response.body.accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Ops users are created by the CLI in real life; here through the same service. */
export async function createOps(t: TestApp): Promise<Account> {
  const email = `ops-${unique()}@nearfill.test`;
  const user = await t.app
    .get(DataSource)
    .transaction((manager) => t.app.get(UsersService).create(manager, { role: Role.Ops }, { email, name: 'Ops', password: PASSWORD, isAdmin: true }));
  return { email, userId: user.id, token: await login(t, email) };
}

async function onboard(t: TestApp, ops: Account, kind: 'manufacturers' | 'retailers', name: string): Promise<Tenant> {
  const email = `admin-${unique()}@${kind}.test`;
  const response = await t.http
    .post(`/api/v1/ops/${kind}`)
    .set(bearer(ops.token))
    .send({ name, admin: { email, name: `${name} admin`, password: PASSWORD } })
    .expect(201);
  return {
    id: response.body.tenant.id,
    name,
    admin: { email, userId: response.body.admin.id, token: await login(t, email) },
  };
}

/**
 * A manufacturer whose store already trades (launched, as every store that existed before launching did), so specs
 * about orders need not first meet the launch checklist; `{ draft: true }` keeps it a new store's draft, as onboarded.
 */
export async function createManufacturer(t: TestApp, ops: Account, name = `Maker ${unique()}`, options: { draft?: boolean } = {}): Promise<Tenant> {
  const maker = await onboard(t, ops, 'manufacturers', name);
  if (!options.draft) await t.app.get(DataSource).query(`UPDATE stores SET launched_at = now() WHERE manufacturer_id = $1`, [maker.id]);
  return maker;
}

export const createRetailer = (t: TestApp, ops: Account, name = `Shop ${unique()}`) => onboard(t, ops, 'retailers', name);

/** A second, non-admin user in the tenant of `admin`. */
export async function addTeamMember(t: TestApp, admin: Account, isAdmin = false): Promise<Account> {
  const email = `member-${unique()}@team.test`;
  const response = await t.http
    .post('/api/v1/team/users')
    .set(bearer(admin.token))
    .send({ email, name: 'Member', password: PASSWORD, isAdmin })
    .expect(201);
  return { email, userId: response.body.id, token: await login(t, email) };
}
