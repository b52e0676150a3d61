import { createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const HTML = { Accept: 'text/html' };

/** The cookies a response sets, as a Cookie header for the next request. */
const cookiesOf = (response: { headers: Record<string, unknown> }) =>
  ((response.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

const formTokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

describe('the workspace core, through the retailer workspace', () => {
  let t: TestApp;
  let shop: Tenant;
  let maker: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    [shop, maker] = await Promise.all([createRetailer(t, ops), createManufacturer(t, ops)]);
  });
  afterAll(() => t?.close());

  /** Signs in through the form as a browser would: GET the form (its token and cookie), POST it back. */
  const signIn = async (email: string) => {
    const form = await t.http.get('/retailer/login').set(HTML).expect(200);
    const cookie = cookiesOf(form);
    const response = await t.http
      .post('/retailer/login')
      .set(HTML)
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: formTokenIn(form.text), email, password: PASSWORD, next: '/retailer/my-bids' });
    return { response, cookie: [cookie, cookiesOf(response)].filter(Boolean).join('; ') };
  };

  it('serves the one stylesheet under a content-hashed address, cached for a year', async () => {
    const page = await t.http.get('/retailer/login').set(HTML).expect(200);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page.text)![1];
    expect(href).toMatch(/^\/assets\/workspace\.css\?v=[0-9a-f]{12}$/);
    const css = await t.http.get(href).expect(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sets an HttpOnly, SameSite=Strict session cookie for /retailer only and returns to the page asked for', async () => {
    const { response } = await signIn(shop.admin.email);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/retailer/my-bids');
    const session = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nearfill_session='))!;
    expect(session).toMatch(/Path=\/retailer;/);
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Strict');
  });

  it('refuses a sign-in without the form token from the sign-in page, with a page that says nothing changed', async () => {
    const response = await t.http.post('/retailer/login').set(HTML).type('form').send({ email: shop.admin.email, password: PASSWORD }).expect(403);
    expect(response.text).toContain('This form was not accepted');
    expect(response.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^nearfill_session=/)]));
  });

  it('refuses another role at sign-in, naming where it signs in', async () => {
    const { response } = await signIn(maker.admin.email);
    expect(response.status).toBe(403);
    expect(response.text).toContain('is a manufacturer account. Manufacturers sign in at /manufacturer.');
  });

  it('sends a browser without a session to sign in and back, and gives a script the API error', async () => {
    const browser = await t.http.get('/retailer/won?offset=0').set(HTML).expect(303);
    expect(browser.headers.location).toBe('/retailer/login?next=%2Fretailer%2Fwon%3Foffset%3D0');
    const script = await t.http.get('/retailer/won').expect(401);
    expect(script.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('answers a missing order and a bad address with pages, and keeps the API under /api/v1', async () => {
    const { cookie } = await signIn(shop.admin.email);
    const missing = await t.http.get('/retailer/won/00000000-0000-4000-8000-000000000000').set(HTML).set('Cookie', cookie).expect(404);
    expect(missing.text).toContain('<h1>Not found</h1>');
    expect(missing.text).toContain('Order not found.');
    const bad = await t.http.get('/retailer/won/not-an-id').set(HTML).set('Cookie', cookie).expect(400);
    expect(bad.text).toContain('<h1>This request is not valid</h1>');
    await t.http.get('/api/v1/retailer/board').set('Cookie', cookie).expect(401);
  });

  it('signs out with the form token, clearing the session cookie', async () => {
    const { cookie } = await signIn(shop.admin.email);
    const page = await t.http.get('/retailer/my-bids').set(HTML).set('Cookie', cookie).expect(200);
    const out = await t.http
      .post('/retailer/logout')
      .set(HTML)
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: formTokenIn(page.text) })
      .expect(303);
    expect(out.headers.location).toBe('/retailer/login');
    expect((out.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('nearfill_session='))).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});
