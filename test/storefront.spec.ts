import { DataSource } from 'typeorm';
import { CartService } from '../src/cart/cart.service';
import { bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

const address = (overrides: Record<string, string> = {}) => ({
  'customer.name': 'Jamie Rivera',
  'customer.email': 'jamie@example.com',
  'customer.phone': '',
  'shippingAddress.line1': '1200 SW Main St',
  'shippingAddress.line2': '',
  'shippingAddress.city': 'Portland',
  'shippingAddress.region': 'OR',
  'shippingAddress.postalCode': '97201',
  'shippingAddress.country': 'US',
  ...overrides,
});

describe('the branded HTML storefront', () => {
  let t: TestApp;
  let maker: Tenant;
  let slug: string;
  const db = () => t.app.get(DataSource);
  const orderCount = async () => Number((await db().query('SELECT count(*) AS n FROM orders'))[0].n);

  /** A shopper's session: the cart cookie the store set, sent back like a browser would. */
  function shopper() {
    let cookie = '';
    const keep = (response: { headers: Record<string, unknown> }) => {
      const set = response.headers['set-cookie'] as string[] | undefined;
      if (set?.length) cookie = set[0].split(';')[0];
      return response;
    };
    return {
      add: async (sku: string, quantity: number) =>
        keep(
          await t.http
            .post(`/s/${slug}/cart`)
            .set('Cookie', cookie)
            .type('form')
            .send({ sku, quantity: String(quantity) }),
        ),
      post: async (path: string, form: Record<string, string>) =>
        keep(await t.http.post(`/s/${slug}${path}`).set('Cookie', cookie).type('form').send(form)),
      get: (path: string) => t.http.get(`/s/${slug}${path}`).set('Cookie', cookie),
      cookie: () => cookie,
      /** Pays on the test provider's hosted page the checkout sent the shopper to; returns where the return leads. */
      pay: async (checkoutLocation: string) => {
        const page = new URL(checkoutLocation);
        const paid = await t.http
          .post(page.pathname + page.search)
          .type('form')
          .send({ cardNumber: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' })
          .expect(303);
        const back = new URL(paid.headers.location);
        return (
          await t.http
            .get(back.pathname + back.search)
            .set('Cookie', cookie)
            .expect(303)
        ).headers.location;
      },
    };
  }

  async function checkoutForm(session: ReturnType<typeof shopper>) {
    const page = await session.get('/checkout').expect(200);
    const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)![1];
    return { formId: hidden('formId'), lines: hidden('lines'), page };
  }

  beforeAll(async () => {
    t = await startTestApp();
    maker = await createManufacturer(t, await createOps(t), 'Cascade Cycles');
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(maker.admin.token))
      .send({ tagline: 'Hand-built in Portland <3', primaryColor: '#0f766e', supportEmail: 'help@cascade.test' })
      .expect(200);
    slug = await storeSlugOf(t, maker);
    await createProduct(t, maker, {
      sku: 'BK-1',
      name: 'Road bike',
      priceMinor: 129900,
      fulfilmentPriceMinor: 110000,
      description: 'A **light** frame.\n\n- 54 cm\n- 8.4 kg\n\n<script>alert(1)</script>',
      imageUrl: '/assets/demo/cc-road-54.svg',
      imageAlt: 'Teal road bike, side view',
    });
    await createProduct(t, maker, {
      sku: 'HL-1',
      name: 'Commuter helmet',
      priceMinor: 8900,
      fulfilmentPriceMinor: 6500,
      description: 'Fits every head.',
    });
    await createProduct(t, maker, {
      sku: 'GR-1',
      name: 'Gravel bike',
      priceMinor: 219900,
      fulfilmentPriceMinor: 185000,
      description: 'Wide tyres for gravel roads.',
    });
  });
  afterAll(() => t.close());

  it("renders the catalogue in the manufacturer's branding with pictures, escaping its text", async () => {
    const page = await t.http.get(`/s/${slug}`).expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain('Hand-built in Portland &lt;3');
    expect(page.text).toContain('--primary: #0f766e');
    expect(page.text).toContain('$1,299.00');
    expect(page.text).toContain('help@cascade.test');
    expect(page.text).toMatch(/<img class="picture" src="\/assets\/demo\/cc-road-54.svg" alt="Teal road bike, side view"/);
    // Products without a picture say so instead of a broken image.
    expect(page.text).toContain('No picture yet');
    expect(page.text).toContain(`href="/s/${slug}/favicon.svg"`);
  });

  it('searches the catalogue by words (the last one as a prefix) and sorts it', async () => {
    const names = (html: string) => [...html.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
    expect(names((await t.http.get(`/s/${slug}?q=bike`).expect(200)).text).sort()).toEqual(['Gravel bike', 'Road bike']);
    expect(names((await t.http.get(`/s/${slug}?q=grav`).expect(200)).text)).toEqual(['Gravel bike']);
    expect(names((await t.http.get(`/s/${slug}?q=tyres roads`).expect(200)).text)).toEqual(['Gravel bike']);
    const none = await t.http.get(`/s/${slug}?q=${encodeURIComponent('kayak "); DROP')}`).expect(200);
    expect(names(none.text)).toEqual([]);
    expect(none.text).toContain('No products match');
    expect(names((await t.http.get(`/s/${slug}?sort=price-desc`).expect(200)).text)).toEqual(['Gravel bike', 'Road bike', 'Commuter helmet']);
    expect(names((await t.http.get(`/s/${slug}?sort=price-asc`).expect(200)).text)).toEqual(['Commuter helmet', 'Road bike', 'Gravel bike']);
    const api = await t.http.get(`/api/v1/stores/${slug}/products?q=bik&sort=price-asc`).expect(200);
    expect(api.body.map((p: { sku: string }) => p.sku)).toEqual(['BK-1', 'GR-1']);
    await t.http.get(`/api/v1/stores/${slug}/products?sort=cheapest`).expect(400);
    // The API pages in the same order: two answers of limit 2 hold the three products once each.
    const skus = async (query: string) =>
      (await t.http.get(`/api/v1/stores/${slug}/products?sort=price-asc&${query}`).expect(200)).body.map((p: { sku: string }) => p.sku);
    expect([...(await skus('limit=2')), ...(await skus('limit=2&offset=2'))]).toEqual(await skus(''));
    expect(await skus('limit=2&offset=2')).toHaveLength(1);
    // A client that follows the Link header reads every product once; the total says how many there are.
    const first = await t.http.get(`/api/v1/stores/${slug}/products?sort=price-asc&limit=2`).expect(200);
    expect(first.headers['x-total-count']).toBe('3');
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.link)![1];
    const rest = await t.http.get(next).expect(200);
    expect([...first.body, ...rest.body].map((p: { sku: string }) => p.sku)).toEqual(await skus(''));
    expect(rest.headers.link).toBeUndefined();
    const tooMany = await t.http.get(`/api/v1/stores/${slug}/products?limit=101`).expect(400);
    expect(JSON.stringify(tooMany.body)).toContain('limit');
  });

  it('formats a product description safely: Markdown lists and emphasis, never raw HTML', async () => {
    const page = await t.http.get(`/s/${slug}/p/BK-1`).expect(200);
    expect(page.text).toContain('<p>A <strong>light</strong> frame.</p>');
    expect(page.text).toContain('<li>54 cm</li>');
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).toContain('fetchpriority=high');
  });

  it('keeps a cart on the server: several products, change and remove lines, the count in the header', async () => {
    const session = shopper();
    const added = await session.add('BK-1', 1);
    expect(added.status).toBe(303);
    expect(added.headers['set-cookie'][0]).toMatch(new RegExp(`^cart=[0-9a-f-]{36}; Max-Age=2592000; Path=/s/${slug}; HttpOnly; SameSite=Lax`));
    await session.add('HL-1', 2);
    await session.add('BK-1', 1);
    let cart = await session.get('/cart').expect(200);
    expect(cart.text).toContain('>Cart<span aria-hidden="true"> (4)</span><span class="visually-hidden">, 4 items</span></a>');
    expect(cart.text).toContain('id="cart-total">$2,776.00</strong>');

    await session.post('/cart/update', { sku: 'HL-1', quantity: '3' });
    cart = await session.get('/cart').expect(200);
    expect(cart.text).toContain('>Cart<span aria-hidden="true"> (5)</span><span class="visually-hidden">, 5 items</span></a>');

    await session.post('/cart/remove', { sku: 'BK-1' });
    cart = await session.get('/cart').expect(200);
    expect(cart.text).not.toContain('Road bike');
    expect(cart.text).toContain('id="cart-total">$267.00</strong>');

    // A bad quantity is refused on a branded page, the cart unchanged; another store's shopper sees an empty cart.
    const bad = await session.post('/cart/update', { sku: 'HL-1', quantity: 'lots' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Quantity must be a whole number from 0 to 999');
    expect(bad.text).toContain('Cascade Cycles');
    expect((await t.http.get(`/s/${slug}/cart`).expect(200)).text).toContain('Your cart is empty');
  });

  it('forgets a cart untouched for a month, and keeps one changed since', async () => {
    const [stale, fresh] = [shopper(), shopper()];
    await stale.add('BK-1', 1);
    await fresh.add('BK-1', 1);
    const idOf = (session: ReturnType<typeof shopper>) => session.cookie().split('=')[1];
    await db().query(`UPDATE carts SET updated_at = now() - interval '31 days' WHERE id = ANY($1)`, [[idOf(stale), idOf(fresh)]]);
    await fresh.post('/cart/update', { sku: 'BK-1', quantity: '2' });
    await t.app.get(CartService).removeStale();
    expect((await stale.get('/cart').expect(200)).text).toContain('Your cart is empty');
    expect((await fresh.get('/cart').expect(200)).text).toContain(
      '>Cart<span aria-hidden="true"> (2)</span><span class="visually-hidden">, 2 items</span></a>',
    );
  });

  it('reports every checkout problem at once, the unknown ZIP code among them, and writes nothing', async () => {
    const session = shopper();
    await session.add('BK-1', 1);
    const { formId, lines } = await checkoutForm(session);
    const before = await orderCount();
    const response = await session.post('/checkout', {
      formId,
      lines,
      ...address({ 'customer.email': 'not-an-email', 'shippingAddress.city': '', 'shippingAddress.postalCode': '00000' }),
    });
    expect(response.status).toBe(422);
    expect(response.text).toMatch(/id="customer-email"[^>]*aria-invalid="true"/);
    expect(response.text).toContain('Enter an e-mail address, like name@example.com');
    expect(response.text).toContain('<a href="#shippingAddress-city">City: This field is required</a>');
    expect(response.text).toContain('<a href="#shippingAddress-postalCode">ZIP code: We could not find this ZIP code');
    // What the customer typed is kept, and the state stays chosen.
    expect(response.text).toContain('value="1200 SW Main St"');
    expect(response.text).toContain('<option value="OR" selected>Oregon</option>');
    expect(await orderCount()).toBe(before);
  });

  it('places ONE order with every line of the cart, empties the cart, and a double submit lands on the same order', async () => {
    const session = shopper();
    await session.add('BK-1', 2);
    await session.add('HL-1', 1);
    const { formId, lines, page } = await checkoutForm(session);
    expect(page.text).toContain('What happens after you order');
    expect(page.text).toContain('Once a day the nearest dealer that offered to ship it is chosen');
    const before = await orderCount();
    const form = { formId, lines, ...address() };
    const [first, second] = await Promise.all([session.post('/checkout', form), session.post('/checkout', form)]);
    expect(first.status).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    expect(first.headers.location).toContain('/test-payments/pay?session=');
    expect(await orderCount()).toBe(before + 1);
    // Until the card is authorised the cart stays as it was.
    expect((await session.get('/cart').expect(200)).text).not.toContain('Your cart is empty');
    const confirmed = await session.pay(first.headers.location);
    const [order] = await db().query(`SELECT o.id, o.total_minor FROM orders o ORDER BY o.created_at DESC LIMIT 1`);
    expect(await db().query(`SELECT sku, quantity FROM order_lines WHERE order_id = $1 ORDER BY sku`, [order.id])).toEqual([
      { sku: 'BK-1', quantity: 2 },
      { sku: 'HL-1', quantity: 1 },
    ]);
    expect(Number(order.total_minor)).toBe(2 * 129900 + 8900);
    expect((await session.get('/cart').expect(200)).text).toContain('Your cart is empty');

    const confirmation = await session.get(confirmed.replace(`/s/${slug}`, '')).expect(200);
    expect(confirmation.text).toMatch(/Order #\d+ is placed/);
    expect(confirmation.text).toContain('$2,687.00');
    // The time the shipper is chosen, in the customer's own time zone (Portland).
    expect(confirmation.text).toMatch(/for this order that happens on \w{3} \d+, \d{4}, \d+:\d{2} [AP]M P[SD]T/);
  });

  it('gives a form changed after Back a fresh key: a new order, never the "Idempotency-Key already used" refusal', async () => {
    const session = shopper();
    await session.add('GR-1', 1);
    const { formId, lines } = await checkoutForm(session);
    const first = await session.post('/checkout', { formId, lines, ...address() });
    expect(first.status).toBe(303);
    // Back: the browser shows the same form (same formId, same lines); the shopper edits the street and submits.
    const edited = await session.post('/checkout', { formId, lines, ...address({ 'shippingAddress.line1': '1300 SW Main St' }) });
    expect(edited.status).toBe(303);
    expect(edited.headers.location).not.toBe(first.headers.location);
    expect(edited.text).not.toContain('Idempotency-Key');
    // And submitting that same edited form again is still the same (second) order.
    const again = await session.post('/checkout', { formId, lines, ...address({ 'shippingAddress.line1': '1300 SW Main St' }) });
    expect(again.headers.location).toBe(edited.headers.location);
  });

  it('shows tracking in plain words and local time, and asks before cancelling', async () => {
    const session = shopper();
    await session.add('HL-1', 1);
    const { formId, lines } = await checkoutForm(session);
    const placed = await session.post('/checkout', { formId, lines, ...address() });
    const token = (await session.pay(placed.headers.location)).split('/').pop();
    const tracking = await session.get(`/track/${token}`).expect(200);
    expect(tracking.text).toContain('<strong id="status">Finding the nearest dealer</strong>');
    expect(tracking.text).not.toContain('bid board');
    expect(tracking.text).toMatch(/<time datetime="[^"]+">\w{3} \d+, \d{4}, \d+:\d{2} [AP]M P[SD]T<\/time>/);

    const ask = await session.get(`/track/${token}/cancel`).expect(200);
    expect(ask.text).toContain('Cancel this order?');
    expect(ask.text).toContain('This cannot be undone.');
    expect((await session.get(`/track/${token}`).expect(200)).text).toContain('Finding the nearest dealer');
    expect((await session.get(`/track/${token}?done=cancelled`).expect(200)).text).not.toContain('id="cancelled"');
    const cancelled = await session.post(`/track/${token}/cancel`, {});
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.location).toBe(`/s/${slug}/track/${token}?done=cancelled`);
    const after = await session.get(`/track/${token}?done=cancelled`).expect(200);
    expect(after.text).toContain('<strong id="status">Cancelled</strong>');
    expect(after.text).toMatch(/role="status" id="cancelled">Your order is cancelled. Nothing will be shipped, and you will not be charged for it.</);
    expect((await session.get(`/track/${token}`).expect(200)).text).not.toContain('id="cancelled"');
    const erase = await session.get(`/track/${token}/erase`).expect(200);
    expect(erase.text).toContain('Your name, e-mail, phone and street are removed from this order for good');
  });

  it("keeps the store's branding on a 404 inside the store, and a neutral page where there is no store", async () => {
    for (const path of [`/s/${slug}/no-such-page`, `/s/${slug}/p/NOPE`, `/s/${slug}/track/not-a-token`, `/s/${slug}/a/b/c`]) {
      const page = await t.http.get(path).expect(404);
      expect(page.text).toContain('<header class="brand">');
      expect(page.text).toContain(`href="/s/${slug}">Browse the Cascade Cycles catalogue</a>`);
    }
    expect((await t.http.get(`/s/${slug}/p/NOPE`).expect(404)).text).toContain('This product is not available');
    const store = await t.http.get('/s/no-such-store').expect(404);
    expect(store.text).toContain('There is no store at this address');
    expect(store.text).not.toContain('Cascade Cycles');
  });

  it('says to try again, never that the store is gone, when the database cannot answer in time', async () => {
    // Every pooled connection held, as under a burst of traffic: the store's lookup times out waiting for one.
    const held = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const runner = db().createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      const page = await t.http.get(`/s/${slug}`).expect(500);
      expect(page.text).toContain('Something went wrong on our side. Please try again in a moment.');
      expect(page.text).not.toContain('There is no store at this address');
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    await t.http.get(`/s/${slug}`).expect(200);
  });

  it("answers bad input on store addresses with the store's page, keeping the 400", async () => {
    for (const path of [`/s/${slug}?q=%00`, `/s/${slug}/p/%00`]) {
      const page = await t.http.get(path).expect(400);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<header class="brand">');
      expect(page.text).toContain('NUL character');
      expect(page.text).toContain(`href="/s/${slug}">Back to the products</a>`);
    }
    const broken = await t.http.get('/s/%E0%A4').expect(400);
    expect(broken.headers['content-type']).toMatch(/^text\/html/);
    expect(broken.text).toContain('not correctly percent-encoded');
    expect(broken.text).toContain('href="/">See the stores on Nearfill</a>');
  });

  it('gives a browser a plain HTML 404 with a way home at an unknown address, and API clients the JSON error', async () => {
    const page = await t.http.get('/nope').set('Accept', 'text/html,application/xhtml+xml').expect(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<h1>Page not found</h1>');
    expect(page.text).toContain('href="/"');
    const json = await t.http.get('/nope').expect(404);
    expect(json.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    const api = await t.http.get('/api/v1/nope').set('Accept', 'text/html').expect(404);
    expect(api.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
    const apiNul = await t.http.get('/api/v1/stores/%00').set('Accept', 'text/html').expect(400);
    expect(apiNul.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('answers with and without a trailing slash, serves a favicon, and compresses pages', async () => {
    await t.http.get(`/s/${slug}/`).expect(200);
    await t.http.get(`/s/${slug}/p/BK-1/`).expect(200);
    const icon = await t.http
      .get(`/s/${slug}/favicon.svg`)
      .expect(200)
      .expect('Content-Type', /image\/svg\+xml/);
    expect(icon.body.toString()).toContain('fill="#0f766e"');
    await t.http.get('/favicon.ico').expect(301).expect('Location', '/assets/favicon.svg');
    await t.http.get('/assets/favicon.svg').expect(200);
    const page = await t.http.get(`/s/${slug}`).set('Accept-Encoding', 'br, gzip').expect(200);
    expect(page.headers['content-encoding']).toBe('br');
    const json = await t.http.get('/docs-json').set('Accept-Encoding', 'gzip').expect(200);
    expect(json.headers['content-encoding']).toBe('gzip');
  });

  it('lists the stores, the workspaces, the ops console and the API docs on the landing page', async () => {
    const page = await t.http.get('/').expect(200).expect('Content-Type', /html/);
    expect(page.text).toContain(`<a href="/s/${slug}">Cascade Cycles</a>`);
    for (const link of ['/manufacturer', '/retailer', '/ops', '/docs']) expect(page.text).toContain(`href="${link}"`);
  });
});
