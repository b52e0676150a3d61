import { bearer, createManufacturer, createOps } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

/** Starts the app with `env`, adds a product to a new cart in a new store, and returns the cart cookie set. */
async function cartCookie(env: Record<string, string>, headers: Record<string, string> = {}): Promise<string> {
  const t: TestApp = await startTestApp(env);
  try {
    const maker = await createManufacturer(t, await createOps(t));
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ supportEmail: 'help@maker.test' }).expect(200);
    const { sku } = await createProduct(t, maker);
    const slug = await storeSlugOf(t, maker);
    const added = await t.http.post(`/s/${slug}/cart`).set(headers).type('form').send({ sku, quantity: '1' }).expect(303);
    return (added.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('cart='))!;
  } finally {
    await t.close();
  }
}

// Each case starts its own app (the setting under test is read at start): allow for a busy machine.
const STARTS_AN_APP_MS = 120_000;

describe("the store's cart cookie", () => {
  it(
    'is Secure in production, so the cart id never travels over plain HTTP',
    async () => {
      const cookie = await cartCookie({ NODE_ENV: 'production', PAYMENTS_TEST_MODE: 'true', PUBLIC_BASE_URL: 'http://shop.example' });
      expect(cookie).toMatch(/; Secure(;|$)/);
      expect(cookie).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    },
    STARTS_AN_APP_MS,
  );

  it(
    'is Secure when the store is reached over HTTPS through a trusted proxy',
    async () => {
      const cookie = await cartCookie({ TRUST_PROXY: 'loopback' }, { 'X-Forwarded-Proto': 'https' });
      expect(cookie).toMatch(/; Secure(;|$)/);
    },
    STARTS_AN_APP_MS,
  );

  it(
    'is not Secure on a development machine over plain HTTP, where a browser would drop it',
    async () => {
      const cookie = await cartCookie({ NODE_ENV: 'development' });
      expect(cookie).not.toMatch(/Secure/);
    },
    STARTS_AN_APP_MS,
  );
});
