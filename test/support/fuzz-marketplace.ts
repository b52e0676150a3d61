import { randomUUID } from 'node:crypto';
import { addLocation, awardTo, makeDealer, PORTLAND } from './board';
import { bearer, createManufacturer, createOps, createRetailer, login, PASSWORD } from './factories';
import { createProduct, placeOrder, storeSlugOf } from './marketplace';
import { Credentials, IdPool, OpenApiDocument, operationsOf, SignInTarget } from './api-fuzz';
import { TestApp } from './test-app';
import { formSession } from './workspace-forms';

/**
 * A small live marketplace for generated requests to land on: ops, a manufacturer with products and orders, a
 * retailer dealing for it with a location, a bid, a won order and an API key. Returns every role's credentials
 * and the ids, tokens and slugs the API lists, by the path parameter names that take them, and each workspace's
 * sign-in (its user and a form session).
 */
export async function seedFuzzMarketplace(
  t: TestApp,
  document: OpenApiDocument,
): Promise<{ credentials: Credentials; pool: IdPool; signIns: SignInTarget[]; signInAgain: () => Promise<Credentials> }> {
  const ops = await createOps(t);
  const maker = await createManufacturer(t, ops);
  const shop = await createRetailer(t, ops);
  const products = [await createProduct(t, maker), await createProduct(t, maker)];
  const slug = await storeSlugOf(t, maker);
  await addLocation(t, shop, PORTLAND);
  await makeDealer(t, maker, shop);
  const orders = [];
  for (const product of products) orders.push(await placeOrder(t, slug, { lines: [{ sku: product.sku, quantity: 2 }] }));
  orders.push(await placeOrder(t, slug, { lines: [{ sku: products[0].sku }] }));
  for (const order of orders.slice(0, 2))
    await t.http.put(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({}).expect(200);
  await awardTo(t, orders[0].id, shop.id);
  const key = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'Fuzz' }).expect(201);

  const credentials: Credentials = {
    anonymous: {},
    ops: bearer(ops.token),
    manufacturer: bearer(maker.admin.token),
    retailer: bearer(shop.admin.token),
    'retailer API key': { 'x-api-key': key.body.key },
    'forged token': { authorization: `Bearer ${randomUUID()}` },
  };
  const pool: IdPool = { token: orders.map((o) => o.trackingToken), slug: [slug], orderId: orders.map((o) => o.id), id: [] };
  await harvestIds(t, document, credentials, pool);
  const signIns: SignInTarget[] = [];
  for (const [basePath, email] of [
    ['/ops', ops.email],
    ['/manufacturer', maker.admin.email],
    ['/retailer', shop.admin.email],
  ]) {
    const form = await formSession(t, `${basePath}/login`);
    signIns.push({ basePath, email, password: PASSWORD, cookie: form.cookie, formToken: form.token });
  }
  // Fresh tokens for the same people, once probing has signed some of them out.
  const signInAgain = async (): Promise<Credentials> => ({
    ops: bearer(await login(t, ops.email)),
    manufacturer: bearer(await login(t, maker.admin.email)),
    retailer: bearer(await login(t, shop.admin.email)),
  });
  return { credentials, pool, signIns, signInAgain };
}

/** Reads every list the API offers (GET without path parameters) as each role, and keeps the ids it shows. */
async function harvestIds(t: TestApp, document: OpenApiDocument, credentials: Credentials, pool: IdPool): Promise<void> {
  const fastify = t.app.getHttpAdapter().getInstance();
  const keep = (name: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const list = (pool[name] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' || key.endsWith('Id')) keep(key === 'id' ? 'id' : key, item);
      if (key.endsWith('Id')) keep('id', item);
      if (key === 'slug') keep('slug', item);
      walk(item);
    }
  };
  for (const operation of operationsOf(document).filter((o) => o.method === 'GET' && !o.path.includes('{'))) {
    for (const headers of Object.values(credentials)) {
      const response = await fastify.inject({ method: 'GET', url: operation.path, headers });
      if (response.statusCode === 200 && String(response.headers['content-type']).includes('json')) walk(response.json());
    }
  }
}
