import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addLocation, makeDealer, PORTLAND } from './support/board';
import { BARE_ENV, OPS_CLI, runCli } from './support/built-app';
import { SESSION_COOKIE } from '../src/auth/auth.decorators';
import { Account, bearer, createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { uploadCsv } from './support/inventory';
import { formSession } from './support/workspace-forms';
import { createProduct, orderBody, placeOrder, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

describe('a client mistake is a 400 that names the field, whatever kind it is', () => {
  let t: TestApp;
  let ops: Account;
  let maker: Tenant;
  let shop: Tenant;
  let slug: string;
  let sku: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    [maker, shop] = await Promise.all([createManufacturer(t, ops), createRetailer(t, ops)]);
    slug = await storeSlugOf(t, maker);
    sku = (await createProduct(t, maker)).sku;
    await addLocation(t, shop, PORTLAND);
    await makeDealer(t, maker, shop);
  });
  afterAll(() => t.close());

  const expect400 = (response: { status: number; body: unknown }, message: string | RegExp) => {
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: typeof message === 'string' ? message : expect.stringMatching(message),
    });
  };

  describe('text PostgreSQL cannot store or a URL cannot decode', () => {
    it('refuses a NUL character inside a body field, naming it', async () => {
      const body = orderBody({ lines: [{ sku }], customer: { name: 'Ann\u0000Lee' } });
      const response = await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', 'nul-in-name').send(body);
      expect400(response, 'customer.name contains a NUL character or broken Unicode (a lone surrogate); send plain UTF-8 text');
    });

    it('refuses a NUL character in a path parameter and in a query parameter', async () => {
      expect400(await t.http.get('/api/v1/orders/track/%00'), /^path parameter token contains a NUL character/);
      expect400(await t.http.get('/api/v1/retailer/board?sku=%00').set(bearer(shop.admin.token)), /^query parameter sku contains a NUL character/);
    });

    it('refuses a lone surrogate in a JSON string and in a percent-encoded path', async () => {
      expect400(
        await t.http.post('/api/v1/auth/login').send({ email: '\ud800', password: 'x' }),
        /^email contains a NUL character or broken Unicode/,
      );
      const response = await t.http.get('/api/v1/stores/%ED%A0%80');
      expect(response.status).toBe(400);
      expect(Object.keys(response.body).sort()).toEqual(['error', 'message', 'statusCode']);
    });

    it('answers malformed percent-encoding with a 400 in the error shape', async () => {
      for (const url of ['/api/v1/orders/track/%E0%A4%A', '/api/v1/retailer/board?sku=%zz', '/api/v1/stores/%']) {
        const response = await t.http.get(url).set(bearer(shop.admin.token));
        expect(response.status).toBe(400);
        expect(Object.keys(response.body).sort()).toEqual(['error', 'message', 'statusCode']);
      }
    });
  });

  it('refuses a body nested thousands of levels deep before parsing it', async () => {
    const response = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('['.repeat(5000));
    expect400(response, 'Body nests deeper than 32 levels of arrays and objects; send a flatter document');
  });

  describe('explicit null and missing objects', () => {
    it('refuses null on fields that cannot be empty, saying whether to leave them out or send a value', async () => {
      const store = t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token));
      expect400(await store.send({ name: null }), 'name must not be null; leave it out');
      const product = await t.http
        .post('/api/v1/manufacturer/products')
        .set(bearer(maker.admin.token))
        .send({ sku: null, name: 'X', priceMinor: 1, fulfilmentPriceMinor: 1 });
      expect400(product, 'sku must not be null; send a value');
      const location = await t.http
        .post('/api/v1/retailer/locations')
        .set(bearer(shop.admin.token))
        .send({ name: 'Annex', line1: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US', lat: null, lng: -122.6 });
      expect400(location, 'lat must not be null; leave it out');
    });

    it('keeps null where the field is documented as nullable', async () => {
      const response = await t.http
        .post('/api/v1/retailer/locations')
        .set(bearer(shop.admin.token))
        .send({ name: 'Annex', line1: '1 Main St', line2: null, city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' });
      expect(response.status).toBe(201);
    });

    it('refuses a list where an object belongs', async () => {
      expect400(
        await t.http.patch('/api/v1/manufacturer/store').set(bearer(maker.admin.token)).send({ warehouse: [] }),
        'warehouse must be an object',
      );
    });

    it('refuses a missing nested object instead of failing on it', async () => {
      const response = await t.http.post('/api/v1/ops/manufacturers').set(bearer(ops.token)).send({ name: 'Xavier Bikes' });
      expect400(response, 'admin is required');
    });
  });

  it('refuses offsets past any list and dates that do not exist', async () => {
    const offset = await t.http.get('/api/v1/manufacturer/orders?offset=9223372036854775808').set(bearer(maker.admin.token));
    expect400(offset, 'offset must not be greater than 1000000000');
    const date = await t.http.get('/api/v1/manufacturer/orders?from=2026-02-30').set(bearer(maker.admin.token));
    expect400(date, 'from must be a real ISO 8601 date such as 2026-11-01, between years 1 and 9999');
    const yearZero = await t.http.get('/api/v1/retailer/statements?from=0000-01-01&to=2026-01-01').set(bearer(shop.admin.token));
    expect400(yearZero, /^from must be a real ISO 8601 date/);
  });

  it('refuses a number too close to 0 to store in every query and body, and in page forms', async () => {
    for (const tiny of ['1e-320', '5e-324', '-1e-320', '0.0000001']) {
      const board = await t.http.get(`/api/v1/retailer/board?maxDistanceKm=${tiny}`).set(bearer(shop.admin.token));
      expect400(board, /^maxDistanceKm (is too close to 0 .*; send 0 or a number of at least 0\.000001|must not be less than 0)$/);
    }
    const body = orderBody({ lines: [{ sku }], lat: 1e-320, lng: -122.6784 });
    expect400(
      await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', 'denormal-lat').send(body),
      /^shippingAddress\.lat is too close to 0/,
    );
    await t.http.get('/api/v1/retailer/board?maxDistanceKm=0').set(bearer(shop.admin.token)).expect(200);
    const page = await t.http
      .get(`/retailer/bid-board?maxDistance=0.${'0'.repeat(319)}1`)
      .set('Accept', 'text/html')
      .set('Cookie', `${SESSION_COOKIE}=${shop.admin.token}`);
    expect(page.status).toBe(400);
    expect(page.text).toContain('Distance is too close to 0');
  });

  it('answers a malformed multipart body with a 400 on any route, signed in or not', async () => {
    const bodies: [string, string][] = [
      ['multipart/form-data', '--x\r\n\r\n'],
      ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nnever ends'],
      ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="a"'],
    ];
    const routes = [`/api/v1/stores/${slug}/orders`, '/api/v1/auth/login', '/api/v1/retailer/api-keys', '/api/v1/auth/password'];
    for (const route of routes) {
      for (const [type, payload] of bodies) {
        const response = await t.http.post(route).set('Content-Type', type).set('Idempotency-Key', `multipart-${type.length}`).send(payload);
        expect({ route, type, status: response.status }).toEqual({ route, type, status: 400 });
        expect(response.body.message).toMatch(/^The multipart\/form-data body could not be read \(.+\); send it again whole, or send JSON/);
      }
    }
  });

  it('redirects after a correct sign-in to a non-ASCII address percent-encoded, never with a 500', async () => {
    const form = await formSession(t, '/retailer/login');
    for (const [next, location] of [
      ['/retailer/wón', '/retailer/w%C3%B3n'],
      ['/retailer/won?q=日本', '/retailer/won?q=%E6%97%A5%E6%9C%AC'],
      ['/retailer/\u0001', '/retailer/%01'],
      ['/retailer/won\r\nSet-Cookie: x=1', '/retailer/bid-board'],
    ]) {
      const response = await t.http
        .post('/retailer/login')
        .set('Accept', 'text/html')
        .set('Cookie', form.cookie)
        .type('form')
        .send({ _csrf: form.token, email: shop.admin.email, password: PASSWORD, next });
      expect({ next, status: response.status, location: response.headers.location }).toEqual({ next, status: 303, location });
    }
  });

  it('quotes at most a short excerpt of a feed cell in its error, however large the cell', async () => {
    const [location] = (await t.http.get('/api/v1/retailer/locations').set(bearer(shop.admin.token)).expect(200)).body;
    const cell = 'X'.repeat(5 * 1024 * 1024);
    for (const csv of [
      `sku,quantity\n${cell},1\n`,
      `sku,quantity\nBK-1,${cell}\n`,
      `${cell},quantity\nBK-1,1\n`,
      `sku,quantity\nBK-1,"1"${cell}\n`,
    ]) {
      const response = await uploadCsv(t, shop, location.id, csv);
      expect(response.status).toBe(422);
      expect(response.body.message.length).toBeLessThan(600);
      expect(response.body.message).toMatch(/X{40}…" \(5,242,8\d\d characters\)|could not be read/);
    }
  }, 180_000); // four 5 MB uploads: seconds alone, much longer on a loaded machine

  it('answers a CSV statement asked for wrongly with a JSON 400, not a 500', async () => {
    const missing = await t.http.get('/api/v1/retailer/statements/csv').set(bearer(shop.admin.token));
    expect400(missing, 'from is required; to is required');
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    const bad = await t.http.get('/api/v1/manufacturer/statements/csv?from=soon&to=2026-12-01').set(bearer(maker.admin.token));
    expect400(bad, /^from must be a real ISO 8601 date/);
  });

  it('refuses a body on actions that take none, as it refuses unknown fields elsewhere', async () => {
    const order = await placeOrder(t, slug, { lines: [{ sku }] });
    expect400(
      await t.http.post('/api/v1/retailer/webhook/ping').set(bearer(shop.admin.token)).send({ url: 'https://x.example' }),
      'This request takes no body: url is not an accepted field; remove it',
    );
    expect400(
      await t.http.delete(`/api/v1/retailer/board/${order.id}/bid`).set(bearer(shop.admin.token)).send({ why: 'x' }),
      /why is not an accepted field/,
    );
    expect400(
      await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).send({ everything: true }),
      /everything is not an accepted field/,
    );
    // An empty body is no body: clients that always send {} keep working (here: on to the state check, 409).
    const erase = await t.http.post(`/api/v1/orders/track/${order.trackingToken}/erase`).send({});
    expect(erase.status).toBe(409);
  });

  describe('one clear message per field', () => {
    it('names a nested field once, with its full path', async () => {
      const body = orderBody({ lines: [{ sku }] });
      delete (body.shippingAddress as Partial<typeof body.shippingAddress>).postalCode;
      const response = await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', 'no-zip').send(body);
      expect400(response, 'shippingAddress.postalCode is required');
    });

    it('says a quantity sent as text must be a whole number, and nothing else about it', async () => {
      const body = { ...orderBody({ lines: [{ sku }] }), lines: [{ sku, quantity: '2' }] };
      const response = await t.http.post(`/api/v1/stores/${slug}/orders`).set('Idempotency-Key', 'text-quantity').send(body);
      expect400(response, 'lines[0].quantity must be a whole number');
    });

    it('says a missing revoke reason is required, once', async () => {
      const dealers = await t.http.get('/api/v1/manufacturer/dealers').set(bearer(maker.admin.token)).expect(200);
      const response = await t.http.post(`/api/v1/manufacturer/dealers/${dealers.body[0].id}/revoke`).set(bearer(maker.admin.token)).send({});
      expect400(response, 'reason is required');
    });
  });
});

describe('ops:create-user on the command line', () => {
  // The command run bare in an empty folder, as a new user would: what it prints on stderr, line by line.
  const complaints = (args: string[]) => {
    const workdir = mkdtempSync(join(tmpdir(), 'nearfill-cli-'));
    try {
      const result = runCli(OPS_CLI, args, workdir, BARE_ENV);
      expect(result.status).toBe(1);
      return result.stderr.trim().split('\n');
    } finally {
      rmSync(workdir, { recursive: true, force: true });
    }
  };

  it('prints one usage line when called with no arguments', () => {
    expect(complaints([])).toEqual(['Usage: npm run ops:create-user -- --email ops@example.com --name "Ops Person" [--password <12+ chars>]']);
  });

  it('names each wrong field once, then the usage', () => {
    expect(complaints(['--email', 'not-an-address', '--password', 'short'])).toEqual([
      'email must be an e-mail address',
      'password must be at least 12 characters long',
      expect.stringMatching(/^Usage: /),
    ]);
  });
});
