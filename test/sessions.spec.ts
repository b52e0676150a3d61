import { SESSION_COOKIE } from '../src/auth/auth.decorators';
import { bearer, createOps, createRetailer, login, PASSWORD, Tenant } from './support/factories';
import { formSession } from './support/workspace-forms';
import { startTestApp, TestApp } from './support/test-app';

const HTML = { Accept: 'text/html' };
const NEW_PASSWORD = 'velvet-orbit-cactus-harbor';

/** The session cookie a response sets, if any. */
const sessionCookieOf = (response: { headers: Record<string, unknown> }) =>
  ((response.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`))?.split(';')[0];

describe('sessions end on the server', () => {
  let t: TestApp;
  let shop: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    shop = await createRetailer(t, await createOps(t));
  });
  afterAll(() => t.close());

  /** Signs in through the retailer workspace's form: the session cookie and the token it carries. */
  const signInToWorkspace = async (email = shop.admin.email, password = PASSWORD) => {
    const form = await formSession(t, '/retailer/login');
    const response = await t.http
      .post('/retailer/login')
      .set(HTML)
      .set('Cookie', form.cookie)
      .type('form')
      .send({ _csrf: form.token, email, password })
      .expect(303);
    const session = sessionCookieOf(response)!;
    return { cookie: `${form.cookie}; ${session}`, token: session.split('=')[1] };
  };

  it('refuses the cookie and its token everywhere once signed out of the workspace', async () => {
    const session = await signInToWorkspace();
    await t.http.get('/retailer/won').set(HTML).set('Cookie', session.cookie).expect(200);
    await t.http.get('/api/v1/retailer/orders').set(bearer(session.token)).expect(200);

    const page = await formSession(t, '/retailer/won', session.cookie);
    await t.http.post('/retailer/logout').set(HTML).set('Cookie', page.cookie).type('form').send({ _csrf: page.token }).expect(303);

    const again = await t.http.get('/retailer/won').set(HTML).set('Cookie', session.cookie);
    expect(again.status).toBe(303);
    expect(again.headers.location).toMatch(/^\/retailer\/login/);
    await t.http.get('/api/v1/retailer/orders').set(bearer(session.token)).expect(401);
    // Other sessions of the same person go on.
    await t.http.get('/api/v1/auth/me').set(bearer(shop.admin.token)).expect(200);
  });

  it('refuses an API token once it signed out, and only that one', async () => {
    const [token, other] = [await login(t, shop.admin.email), await login(t, shop.admin.email)];
    await t.http.post('/api/v1/auth/logout').set(bearer(token)).expect(204);
    const refused = await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    expect(refused.body.message).toMatch(/^Sign in first/);
    await t.http.post('/api/v1/auth/logout').set(bearer(token)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(200);
  });

  it('signs out everywhere from the API: every earlier token is refused, a new sign-in works', async () => {
    const member = await createRetailer(t, await createOps(t));
    const tokens = [member.admin.token, await login(t, member.admin.email), (await signInToWorkspace(member.admin.email)).token];
    await t.http.post('/api/v1/auth/logout-everywhere').set(bearer(tokens[1])).expect(204);
    for (const token of tokens) await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    await t.http
      .get('/api/v1/auth/me')
      .set(bearer(await login(t, member.admin.email)))
      .expect(200);
  });

  it('signs out everywhere from the account page, back to the sign-in page saying so', async () => {
    const member = await createRetailer(t, await createOps(t));
    const session = await signInToWorkspace(member.admin.email);
    const account = await formSession(t, '/retailer/account', session.cookie);
    const out = await t.http
      .post('/retailer/account/sign-out-everywhere')
      .set(HTML)
      .set('Cookie', account.cookie)
      .type('form')
      .send({ _csrf: account.token })
      .expect(303);
    expect(out.headers.location).toBe('/retailer/login?done=everywhere');
    expect((await t.http.get(out.headers.location).set(HTML)).text).toContain('You were signed out everywhere');
    await t.http.get('/api/v1/auth/me').set(bearer(member.admin.token)).expect(401);
    expect((await t.http.get('/retailer/won').set(HTML).set('Cookie', session.cookie)).status).toBe(303);
  });

  it('changes the password through the API: the current one is checked, the new one judged, other sessions end', async () => {
    const member = await createRetailer(t, await createOps(t));
    const other = await login(t, member.admin.email);
    const change = (body: object) => t.http.post('/api/v1/auth/password').set(bearer(member.admin.token)).send(body);

    expect((await change({ currentPassword: 'not-my-password', newPassword: NEW_PASSWORD }).expect(400)).body.message).toMatch(
      /^currentPassword is incorrect/,
    );
    for (const newPassword of [member.admin.email, `${member.admin.email}!`, `${member.admin.email}12`]) {
      expect((await change({ currentPassword: PASSWORD, newPassword }).expect(400)).body.message).toMatch(
        /^newPassword is too easy to guess: it contains your e-mail/,
      );
    }
    expect((await change({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400)).body.message).toBe(
      'newPassword must be at least 12 characters long',
    );
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(200); // refusals changed nothing

    const { body } = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(body.accessToken)).expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(member.admin.token)).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: member.admin.email, password: PASSWORD }).expect(401);
    await login(t, member.admin.email, NEW_PASSWORD);
  });

  it('changes the password on the account page, naming the field by its label, and stays signed in there', async () => {
    const member = await createRetailer(t, await createOps(t));
    const session = await signInToWorkspace(member.admin.email);
    const post = async (body: object, cookie: string) => {
      const form = await formSession(t, '/retailer/account', cookie);
      return t.http
        .post('/retailer/account/password')
        .set(HTML)
        .set('Cookie', form.cookie)
        .type('form')
        .send({ _csrf: form.token, ...body });
    };
    const weak = await post({ currentPassword: PASSWORD, newPassword: `${member.admin.email}12` }, session.cookie);
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('New password is too easy to guess: it contains your e-mail address or name');

    const done = await post({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, session.cookie);
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/retailer/account?done=password');
    const renewed = session.cookie.replace(`${SESSION_COOKIE}=${session.token}`, sessionCookieOf(done)!);
    expect((await t.http.get(done.headers.location).set(HTML).set('Cookie', renewed).expect(200)).text).toContain('Password changed.');
    await t.http.get('/api/v1/auth/me').set(bearer(session.token)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(member.admin.token)).expect(401);
  });

  it('refuses an API key on the session routes: it has no session to end', async () => {
    const created = await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'Till' }).expect(201);
    for (const path of ['/api/v1/auth/logout', '/api/v1/auth/logout-everywhere']) {
      await t.http.post(path).set('X-Api-Key', created.body.key).expect(403);
    }
  });
});
