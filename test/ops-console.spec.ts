import { Account, bearer, createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { formSession } from './support/workspace-forms';

const HTML = { Accept: 'text/html,application/xhtml+xml' };

/** Signs in through the console's form, as a browser that opened it: the answer, with the cookies sent. */
async function signIn(t: TestApp, email: string, password = PASSWORD, next = '/ops/runs?days=7') {
  const form = await formSession(t, '/ops/login');
  const response = await t.http
    .post('/ops/login')
    .type('form')
    .set(HTML)
    .set('Cookie', form.cookie)
    .send({ email, password, next, _csrf: form.token });
  return Object.assign(response, { browserCookie: form.cookie });
}

const sessionCookie = (setCookie: string[] | string | undefined) => [setCookie ?? []].flat().find((c) => c.startsWith('nearfill_session='));

describe('the ops console', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, shop] = await Promise.all([createManufacturer(t, ops, 'Cascade Cycles'), createRetailer(t, ops, 'Rose City Bikes')]);
  });
  afterAll(() => t.close());

  it('signs ops in with an HttpOnly, SameSite=Strict cookie for /ops and returns to the page asked for', async () => {
    const response = await signIn(t, ops.email);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/ops/runs?days=7');
    const cookie = sessionCookie(response.headers['set-cookie']);
    expect(cookie).toMatch(/; Path=\/ops(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=900/);
    // Over plain HTTP in a test environment the cookie cannot be Secure, or the browser would drop it.
    expect(cookie).not.toMatch(/; Secure/);

    const page = await t.http.get('/ops/runs').set(HTML).set('Cookie', cookie!.split(';')[0]).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<h1>Resolution runs</h1>');
  });

  it('refuses manufacturer and retailer accounts on the form, with a clear message and no cookie', async () => {
    for (const [account, role] of [
      [maker.admin, 'manufacturer'],
      [shop.admin, 'retailer'],
    ] as const) {
      const response = await signIn(t, account.email);
      expect(response.status).toBe(403);
      expect(sessionCookie(response.headers['set-cookie'])).toBeUndefined();
      expect(response.text).toContain('Nearfill ops is for Nearfill operations staff');
      expect(response.text).toContain(`is a ${role} account`);
      expect(response.text).toContain(`value="${account.email}"`);
    }
  });

  it('shows a wrong password or a missing field on the form', async () => {
    const wrong = await signIn(t, ops.email, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('E-mail or password is incorrect.');
    expect(sessionCookie(wrong.headers['set-cookie'])).toBeUndefined();
    const empty = await signIn(t, ops.email, '');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Enter your e-mail and password.');
    // A post that did not come from the form (no form token) changes nothing.
    await t.http
      .post('/ops/login')
      .type('form')
      .set(HTML)
      .send({ email: ops.email, password: PASSWORD })
      .expect(403)
      .expect(/This form was not accepted/);
  });

  it('never sends the browser elsewhere after signing in', async () => {
    for (const next of ['https://evil.example/ops/', '//evil.example', '/api/v1/auth/me', '/ops/login']) {
      const response = await signIn(t, ops.email, PASSWORD, next);
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/ops/runs');
    }
  });

  it('sends a browser without a session to the sign-in page, and answers a script with 401', async () => {
    for (const path of ['/ops/runs', '/ops/queues']) {
      const page = await t.http.get(path).set(HTML).expect(303);
      expect(page.headers.location).toBe(`/ops/login?next=${encodeURIComponent(path)}`);
      const api = await t.http.get(path).set('Accept', 'application/json').expect(401);
      expect(api.body).toEqual(expect.objectContaining({ statusCode: 401, error: 'Unauthorized' }));
    }
    await t.http.get('/ops/queues/api/queues').expect(401);
    const form = await t.http.get('/ops/login?next=%2Fops%2Fqueues').set(HTML).expect(200);
    expect(form.text).toContain('name="next" value="/ops/queues"');
  });

  it("does not open for a retailer's token, whether sent as a cookie or as a bearer token", async () => {
    const asCookie = `nearfill_session=${shop.admin.token}`;
    const runs = await t.http.get('/ops/runs').set(HTML).set('Cookie', asCookie).expect(403);
    expect(runs.text).toContain('Not allowed');
    await t.http.get('/ops/runs').set(bearer(shop.admin.token)).expect(403);
    const queues = await t.http.get('/ops/queues').set(HTML).set('Cookie', asCookie).expect(403);
    expect(queues.text).toContain('Ops accounts only');
    await t.http.get('/ops/queues/api/queues').set('Cookie', asCookie).expect(403);
    await t.http.get('/ops/runs').set(HTML).set('Cookie', 'nearfill_session=not-a-token').expect(303);
  });

  it('does not let the JSON API authenticate by the session cookie', async () => {
    await t.http.get('/api/v1/auth/me').set('Cookie', `nearfill_session=${ops.token}`).expect(401);
  });

  it('serves bull-board to ops with the app queues', async () => {
    const cookie = sessionCookie((await signIn(t, ops.email)).headers['set-cookie'])!.split(';')[0];
    const ui = await t.http.get('/ops/queues').set(HTML).set('Cookie', cookie).expect(200);
    expect(ui.text).toContain('<base href="/ops/queues/"');
    const api = await t.http.get('/ops/queues/api/queues').set('Cookie', cookie).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['maintenance', 'notifications', 'payouts', 'replays', 'resolution']);
  });

  it('validates the period of the runs page', async () => {
    const cookie = `nearfill_session=${ops.token}`;
    for (const days of ['0', '366', 'week', '2.5']) {
      const response = await t.http.get(`/ops/runs?days=${days}`).set(HTML).set('Cookie', cookie).expect(400);
      expect(response.text).toContain('<p>days must be a whole number of days from 1 to 365, e.g. ?days=30.</p>');
    }
    const week = await t.http.get('/ops/runs?days=7').set(HTML).set('Cookie', cookie).expect(200);
    expect(week.text.match(/<g class="day"/g)).toHaveLength(7);
    const byDefault = await t.http.get('/ops/runs').set(HTML).set('Cookie', cookie).expect(200);
    expect(byDefault.text.match(/<g class="day"/g)).toHaveLength(30);
  });

  it('signs out by clearing the cookie', async () => {
    const signedIn = await signIn(t, ops.email);
    const session = `${signedIn.browserCookie}; ${sessionCookie(signedIn.headers['set-cookie'])!.split(';')[0]}`;
    const form = await formSession(t, '/ops/runs', session);
    const response = await t.http.post('/ops/logout').type('form').set(HTML).set('Cookie', form.cookie).send({ _csrf: form.token }).expect(303);
    expect(response.headers.location).toBe('/ops/login');
    expect(sessionCookie(response.headers['set-cookie'])).toMatch(/^nearfill_session=;.*Path=\/ops/);
  });
});

describe('signing in to the ops console too often', () => {
  let t: TestApp;
  let ops: Account;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '2' });
    ops = await createOps(t);
  });
  afterAll(() => t.close());

  it('is limited like the API sign-in, with the sign-in form saying how long to wait', async () => {
    expect((await signIn(t, ops.email, 'wrong-password-1')).status).toBe(401);
    expect((await signIn(t, ops.email, 'wrong-password-2')).status).toBe(401);
    const limited = await signIn(t, ops.email);
    expect(limited.status).toBe(429);
    expect(limited.text).toMatch(/Too many failed sign-in attempts for this account\. Wait \d+ (seconds|minutes), then try again\./);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionCookie(limited.headers['set-cookie'])).toBeUndefined();
  });
});

describe('the ops console without Redis', () => {
  let t: TestApp;
  let ops: Account;

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    ops = await createOps(t);
  });
  afterAll(() => t.close());

  it('says that jobs run in-process instead of showing queues, still to ops only', async () => {
    await t.http.get('/ops/queues').set(HTML).expect(303);
    const page = await t.http.get('/ops/queues').set(HTML).set('Cookie', `nearfill_session=${ops.token}`).expect(200);
    expect(page.text).toContain('background jobs run inside the app process');
    await t.http.get('/ops/queues/api/queues').set('Cookie', `nearfill_session=${ops.token}`).expect(404);
  });
});
