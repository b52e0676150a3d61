import { JwtService } from '@nestjs/jwt';
import { createHmac, randomUUID } from 'node:crypto';
import { bearer, createOps, createRetailer, login, PASSWORD } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('signing in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_RATE_LIMIT: '5' })));
  afterAll(() => t.close());

  it('returns a short-lived token for the right password that identifies the user', async () => {
    const ops = await createOps(t);
    const response = await t.http.post('/api/v1/auth/login').send({ email: ops.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.expiresIn).toBe(900);
    expect(response.body.user).toMatchObject({ email: ops.email, role: 'ops' });
    expect(response.body.user.passwordHash).toBeUndefined();
    const me = await t.http.get('/api/v1/auth/me').set(bearer(response.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ kind: 'user', role: 'ops', userId: ops.userId });
  });

  it('answers a wrong password and an unknown e-mail with the same 401', async () => {
    const ops = await createOps(t);
    const wrong = await t.http.post('/api/v1/auth/login').send({ email: ops.email, password: 'not-the-password' });
    const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@nowhere.test', password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'E-mail or password is incorrect' });
  });

  it('refuses too many failed attempts on an account with 429, a sentence and Retry-After, even with the right password', async () => {
    const ops = await createOps(t); // a successful sign-in costs nothing: 5 failures are allowed
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await t.http.post('/api/v1/auth/login').send({ email: ops.email, password: `guess-${i}` });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(response.body).toEqual({
          statusCode: 429,
          error: 'Too Many Requests',
          message: expect.stringMatching(/^Too many failed sign-in attempts for this account\. Wait \d+ (seconds|minutes), then try again\.$/),
        });
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The right password is refused too while the limit holds, so guessing cannot continue.
    await t.http.post('/api/v1/auth/login').send({ email: ops.email, password: PASSWORD }).expect(429);
  });

  it('refuses a disabled user at once, even with a token issued before', async () => {
    const ops = await createOps(t);
    const retailer = await createRetailer(t, ops);
    const member = await t.http
      .post('/api/v1/team/users')
      .set(bearer(retailer.admin.token))
      .send({ email: 'leaver@shop.test', name: 'Leaver', password: PASSWORD })
      .expect(201);
    const token = await login(t, 'leaver@shop.test');
    await t.http.delete(`/api/v1/team/users/${member.body.id}`).set(bearer(retailer.admin.token)).expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(token)).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: 'leaver@shop.test', password: PASSWORD }).expect(401);
  });
});

describe('tokens and API keys', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('rejects an expired token', async () => {
    const ops = await createOps(t);
    const expired = await t.app.get(JwtService).signAsync({ sub: ops.userId }, { expiresIn: -10 });
    const response = await t.http.get('/api/v1/auth/me').set(bearer(expired));
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/POST \/api\/v1\/auth\/login/);
  });

  it('rejects a tampered token', async () => {
    const ops = await createOps(t);
    const [header, , signature] = ops.token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ sub: ops.userId, role: 'ops', iat: 1, exp: 4102444800 })).toString('base64url');
    await t.http
      .get('/api/v1/auth/me')
      .set(bearer(`${header}.${forgedClaims}.${signature}`))
      .expect(401);
    const other = await new JwtService({ secret: 'another-secret-another-secret-000' }).signAsync({ sub: ops.userId });
    await t.http.get('/api/v1/auth/me').set(bearer(other)).expect(401);
  });

  it('refuses a correctly signed token whose claims are not what sign-in issues, with 401 and never 500', async () => {
    const ops = await createOps(t);
    const retailer = await createRetailer(t, ops);
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signed = (claims: object) => {
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
      return `${unsigned}.${createHmac('sha256', t.config.JWT_SECRET!).update(unsigned).digest('base64url')}`;
    };
    const valid = { sub: retailer.admin.userId, role: 'retailer', sv: 0, jti: randomUUID(), iat: now, exp: now + 600 };
    // The hand-made token is right when its claims are: the refusals below are about the claims alone.
    await t.http
      .get('/api/v1/auth/me')
      .set(bearer(signed(valid)))
      .expect(200);

    const refused = {
      'sub not a uuid': { ...valid, sub: "1' OR '1'='1" },
      'sub a number': { ...valid, sub: 42 },
      'sub missing': { role: 'retailer', iat: now, exp: now + 600 },
      'no exp': { sub: valid.sub, role: 'retailer', iat: now },
      'no iat': { sub: valid.sub, role: 'retailer', exp: now + 600 },
      'a lifetime beyond JWT_TTL_SECONDS': { ...valid, exp: now + 10 * 365 * 24 * 3600 },
      'a lifetime one second beyond JWT_TTL_SECONDS': { ...valid, exp: now + t.config.JWT_TTL_SECONDS + 1 },
      'issued an hour in the future': { ...valid, iat: now + 3600, exp: now + 3600 + 600 },
      'issued a minute in the future': { ...valid, iat: now + 60, exp: now + 600 },
      'no token id': { ...valid, jti: undefined },
      'a token id not a uuid': { ...valid, jti: 'session-1' },
      'no session version': { ...valid, sv: undefined },
      'another session version': { ...valid, sv: 1 },
      'exp as a string': { ...valid, exp: String(now + 600) },
      'another role than the user has': { ...valid, role: 'ops' },
      'an unknown role': { ...valid, role: 'superuser' },
      'no role': { sub: valid.sub, sv: 0, jti: valid.jti, iat: now, exp: now + 600 },
      'an extra claim': { ...valid, isAdmin: true },
      'a uuid of nobody': { ...valid, sub: '00000000-0000-4000-8000-000000000000' },
    };
    for (const [what, claims] of Object.entries(refused)) {
      const response = await t.http.get('/api/v1/auth/me').set(bearer(signed(claims)));
      expect({ what, status: response.status }).toEqual({ what, status: 401 });
      expect(response.body.message).toMatch(/POST \/api\/v1\/auth\/login/);
    }
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part(valid)}.`;
    await t.http.get('/api/v1/auth/me').set(bearer(unsigned)).expect(401);
  });

  it('accepts a retailer API key in place of a token, shows it once, lists only its prefix, and refuses it once revoked', async () => {
    const ops = await createOps(t);
    const retailer = await createRetailer(t, ops);
    const created = await t.http.post('/api/v1/retailer/api-keys').set(bearer(retailer.admin.token)).send({ name: 'Inventory system' }).expect(201);
    const key: string = created.body.key;
    expect(key).toMatch(/^nf_/);

    const me = await t.http.get('/api/v1/auth/me').set('X-Api-Key', key).expect(200);
    expect(me.body).toMatchObject({ kind: 'api-key', role: 'retailer', retailerId: retailer.id });

    const listed = await t.http.get('/api/v1/retailer/api-keys').set(bearer(retailer.admin.token)).expect(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ id: created.body.id, prefix: key.slice(0, 10) });
    expect(JSON.stringify(listed.body)).not.toContain(key);

    // A key cannot mint or revoke keys: that needs a person.
    await t.http.post('/api/v1/retailer/api-keys').set('X-Api-Key', key).send({ name: 'x' }).expect(403);

    await t.http.delete(`/api/v1/retailer/api-keys/${created.body.id}`).set(bearer(retailer.admin.token)).expect(200);
    await t.http.get('/api/v1/auth/me').set('X-Api-Key', key).expect(401);
  });

  it('rejects a request without credentials with a message that says how to sign in', async () => {
    const response = await t.http.get('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.stringContaining('Bearer') });
  });
});
