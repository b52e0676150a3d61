import { bearer, createOps } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('the HTTP edge', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ BODY_LIMIT_BYTES: '4096' })));
  afterAll(() => t.close());

  it('rejects unknown body fields with a 400 that names them', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'a@b.test', password: 'x', role: 'ops' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'role is not an accepted field; remove it' });
  });

  it('names nested fields that are wrong', async () => {
    const ops = await createOps(t);
    const response = await t.http
      .post('/api/v1/ops/manufacturers')
      .set(bearer(ops.token))
      .send({ name: 'Maker', admin: { email: 'not-an-email', name: 'A', password: 'short', shoeSize: 44 } });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('admin.email must be an e-mail address');
    expect(response.body.message).toContain('admin.password must be at least 12 characters long');
    expect(response.body.message).toContain('admin.shoeSize is not an accepted field');
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/not valid JSON/);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'a@b.test', password: 'x'.repeat(10_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('answers an unknown route with the error shape', async () => {
    const response = await t.http.get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(Object.keys(response.body).sort()).toEqual(['error', 'message', 'statusCode']);
  });

  it('sends security headers and echoes the request id', async () => {
    const response = await t.http.get('/health').set('X-Request-Id', 'trace-me-123').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-me-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const generated = await t.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports readiness of the database and Redis', async () => {
    const response = await t.http.get('/health/ready').expect(200);
    expect(response.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('documents every endpoint with OpenAPI, including error responses', async () => {
    const response = await t.http.get('/docs-json').expect(200);
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/ops/manufacturers', '/api/v1/retailer/api-keys/{id}']));
    expect(response.body.paths['/api/v1/auth/login'].post.responses['429'].description).toMatch(/Too many/);
    expect(response.body.components.schemas.ErrorResponse).toBeDefined();
    await t.http.get('/docs').expect(200).expect('Content-Type', /html/);
  });
});

describe('readiness when Redis is down', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' })));
  afterAll(() => t.close());

  it('reports 503 naming Redis while the process stays alive', async () => {
    await t.http.get('/health').expect(200);
    const response = await t.http.get('/health/ready').expect(503);
    expect(response.body.details.redis.status).toBe('down');
    expect(response.body.details.database.status).toBe('up');
  });
});
