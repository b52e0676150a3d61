import { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startListeningTestApp, TestApp } from './support/test-app';
import { payInBrowser } from './support/payments';
import { artifactPath, axeViolations, launchChromium, submitAndLoad } from './support/browser';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('a shopper in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let cascade: Tenant;
  let summit: Tenant;
  let slug: string;
  /** axe-core findings per page visited, whatever their impact: every list must stay empty. */
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = (t as TestApp & { base: string }).base;
    const ops = await createOps(t);
    [cascade, summit] = await Promise.all([createManufacturer(t, ops, 'Cascade Cycles'), createManufacturer(t, ops, 'Summit Golf')]);
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(cascade.admin.token))
      .send({
        primaryColor: '#0f766e',
        accentColor: '#b45309',
        tagline: 'Bikes built in Portland',
        warehouse: { line1: '2100 NW Front Ave', city: 'Portland', region: 'OR', postalCode: '97209', country: 'US' },
      })
      .expect(200);
    await t.http
      .patch('/api/v1/manufacturer/store')
      .set(bearer(summit.admin.token))
      .send({ primaryColor: '#7c2d12', accentColor: '#1d4ed8', tagline: 'Clubs for every swing' })
      .expect(200);
    const demo = (sku: string, name: string, priceMinor: number, description: string) =>
      createProduct(t, cascade, {
        sku,
        name,
        priceMinor,
        fulfilmentPriceMinor: Math.round(priceMinor * 0.8),
        description,
        imageUrl: `/assets/demo/${sku.toLowerCase()}.svg`,
        imageAlt: `${name}, product photo`,
      });
    await demo('CC-ROAD-54', 'Road bike', 129900, 'A light aluminium road bike.\n\n- 54 cm frame\n- **8.4 kg**');
    await demo('CC-HELMET', 'Commuter helmet', 8900, 'A commuter helmet with a magnetic buckle.');
    await demo('CC-LIGHTS', 'Light set', 5900, 'Rechargeable front and rear lights.');
    await demo('CC-GRAVEL-56', 'Gravel bike', 219900, 'Wide tyres for gravel roads.');
    await createProduct(t, summit, { sku: 'DRV-1', name: 'Titanium driver', priceMinor: 49900, fulfilmentPriceMinor: 40000 });
    slug = await storeSlugOf(t, cascade);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // axe-core is injected as an inline script, which the store's Content-Security-Policy (rightly) forbids.
  const shopperContext = (viewport = DESKTOP, javaScriptEnabled = true) => browser.newContext({ bypassCSP: true, viewport, javaScriptEnabled });

  async function check(page: Page, name: string, screenshot = true): Promise<void> {
    axe[name] = (await axeViolations(page)).map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    if (screenshot) await page.screenshot({ path: artifactPath(`storefront-${name}.png`), fullPage: true });
  }

  async function addToCart(page: Page, product: string, quantity: number) {
    await page.goto(`${base}/s/${slug}`);
    await page.getByRole('link', { name: product }).click();
    await page.getByLabel('Quantity').fill(String(quantity));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
  }

  async function fillAddress(page: Page) {
    await page.getByLabel('Full name').fill('Jamie Rivera');
    await page.getByLabel('E-mail').fill('jamie@example.com');
    await page.getByLabel('Street address').fill('1200 SW Main St');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State').selectOption('OR');
    await page.getByLabel('ZIP code').fill('97201');
  }

  it('fills a cart with several products, changes and removes lines, keeps it across a reload, and checks out ONE order', async () => {
    const context = await shopperContext();
    const page = await context.newPage();
    await page.goto(`${base}/s/${slug}`);
    await expectHeading(page, 'Shop Cascade Cycles');
    expect(await page.locator('img.picture').first().getAttribute('alt')).toBe('Commuter helmet, product photo');
    await check(page, 'catalogue-desktop');

    await page.getByRole('link', { name: 'Road bike' }).click();
    await expectHeading(page, 'Road bike');
    await check(page, 'product-desktop');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForURL(/\/cart/);
    expect(await page.getByRole('status').textContent()).toContain('Added Road bike to your cart');
    await addToCart(page, 'Commuter helmet', 2);
    await addToCart(page, 'Light set', 1);
    expect(await page.textContent('.cart-link')).toContain('(4)');
    // A screen reader reads the link once, in words, not the bracketed count as well.
    expect(await page.getByRole('link', { name: /^Cart\s*,\s*4 items$/ }).count()).toBe(1);

    await page.getByLabel('Quantity of Commuter helmet').fill('3');
    await submitAndLoad(page, page.getByRole('button', { name: 'Update Commuter helmet' }));
    await submitAndLoad(page, page.getByRole('button', { name: 'Remove Light set' }));
    await page.reload();
    expect(await page.textContent('.cart-link')).toContain('(4)');
    expect(await page.textContent('#cart-total')).toBe('$1,566.00');
    expect(await page.locator('.lines h2').allTextContents()).toEqual(['Road bike', 'Commuter helmet']);
    await check(page, 'cart-desktop');

    await page.getByRole('link', { name: 'Check out' }).click();
    await expectHeading(page, 'Checkout');
    await check(page, 'checkout-desktop');
    await fillAddress(page);
    await payInBrowser(page);
    await page.waitForURL(/\/confirmation\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Order #\d+ is placed/);
    expect(await page.textContent('main')).toContain('$1,566.00');
    await check(page, 'confirmation-desktop');

    const orders = await t.app.get(DataSource).query(`SELECT o.id FROM orders o JOIN stores s ON s.id = o.store_id WHERE s.slug = $1`, [slug]);
    expect(orders).toHaveLength(1);
    expect(await t.app.get(DataSource).query('SELECT sku, quantity FROM order_lines WHERE order_id = $1 ORDER BY sku', [orders[0].id])).toEqual([
      { sku: 'CC-HELMET', quantity: 3 },
      { sku: 'CC-ROAD-54', quantity: 1 },
    ]);
    expect(await page.textContent('.cart-link')).toContain('(0)');
    expect(await page.getByRole('link', { name: /^Cart\s*,\s*empty$/ }).count()).toBe(1);
    await context.close();
  });

  it('shows every checkout problem at once, linked from a summary, on a phone', async () => {
    const context = await shopperContext(PHONE);
    const page = await context.newPage();
    await addToCart(page, 'Gravel bike', 1);
    await check(page, 'cart-phone');
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.getByLabel('E-mail').fill('not-an-email');
    await page.getByLabel('ZIP code').fill('00000');
    await page.getByRole('button', { name: /Continue to payment/ }).click();
    const summary = page.getByRole('alert');
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Full name: This field is required',
      'E-mail: Enter an e-mail address, like name@example.com',
      'Street address: This field is required',
      'City: This field is required',
      'State: This field is required',
      'ZIP code: We could not find this ZIP code. Check it, for example 97201',
    ]);
    await check(page, 'checkout-errors-phone');
    await context.close();
  });

  it('searches and sorts the catalogue, without JavaScript too', async () => {
    const noScript = await shopperContext(PHONE, false);
    const page = await noScript.newPage();
    await page.goto(`${base}/s/${slug}`);
    await page.getByLabel('Search products').fill('bike');
    await page.getByLabel('Sort by').selectOption('price-desc');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectHeading(page, 'Results for “bike”');
    expect(await page.locator('.card h2').allTextContents()).toEqual(['Gravel bike', 'Road bike']);
    const results = page.url();
    await noScript.close();

    // The same pages on a phone with JavaScript, where axe-core can run.
    const context = await shopperContext(PHONE);
    const phone = await context.newPage();
    for (const [url, name] of [
      [`${base}/s/${slug}`, 'catalogue-phone'],
      [results, 'search-phone'],
      [`${base}/s/${slug}/p/CC-ROAD-54`, 'product-phone'],
    ]) {
      await phone.goto(url);
      await check(phone, name);
    }
    await context.close();
  });

  it('pages a large catalogue with links that keep the search and sort, losing and repeating no product, without JavaScript', async () => {
    // Summit sells 50 balls beside its driver: more than one page of 48.
    const balls = Array.from({ length: 50 }, (_, i) => `Tour ball pack ${String(i + 1).padStart(2, '0')}`);
    for (const [i, name] of balls.entries())
      await createProduct(t, summit, { sku: `BALL-${i + 1}`, name, priceMinor: 1000 + ((i * 37) % 50) * 100, fulfilmentPriceMinor: 800 });
    const summitSlug = await storeSlugOf(t, summit);
    const noScript = await shopperContext(DESKTOP, false);
    const page = await noScript.newPage();

    /** Follows the rel=next links from `url`, returning each page's product names and pager words. */
    async function walk(url: string) {
      const pages: { names: string[]; words: string; url: string }[] = [];
      const nextLink = page.locator('nav.pager a[rel=next]');
      let next: string | null = url;
      while (next) {
        await page.goto(new URL(next, base).href);
        pages.push({
          names: await page.locator('.card h2').allTextContents(),
          words: (await page.locator('nav.pager p').textContent()) ?? '',
          url: page.url(),
        });
        next = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
      }
      return pages;
    }

    const everything = await walk(`${base}/s/${summitSlug}`);
    expect(everything.map((p) => [p.names.length, p.words])).toEqual([
      [48, 'Page 1 of 2'],
      [3, 'Page 2 of 2'],
    ]);
    const shown = everything.flatMap((p) => p.names);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual([...balls, 'Titanium driver'].sort());

    // The search and the sort ride along on every link, and the order holds across the page break.
    await page.goto(`${base}/s/${summitSlug}`);
    await page.getByLabel('Search products').fill('ball');
    await page.getByLabel('Sort by').selectOption('price-asc');
    await page.getByRole('button', { name: 'Search' }).click();
    const searched = await walk(page.url());
    expect(searched.map((p) => p.words)).toEqual(['Page 1 of 2', 'Page 2 of 2']);
    expect(new URL(searched[1].url).searchParams.get('q')).toBe('ball');
    expect(new URL(searched[1].url).searchParams.get('sort')).toBe('price-asc');
    const found = searched.flatMap((p) => p.names);
    expect([...found].sort()).toEqual([...balls].sort());
    const price = (name: string) => 1000 + ((balls.indexOf(name) * 37) % 50) * 100;
    expect(found.map(price)).toEqual([...found.map(price)].sort((a, b) => a - b));
    expect(await page.getByRole('link', { name: 'Previous page' }).getAttribute('rel')).toBe('prev');
    expect(await page.locator('head link[rel=prev]').getAttribute('href')).toBe(`/s/${summitSlug}?q=ball&sort=price-asc`);
    await noScript.close();

    for (const [viewport, name] of [
      [DESKTOP, 'catalogue-paged-desktop'],
      [PHONE, 'catalogue-paged-phone'],
    ] as const) {
      const context = await shopperContext(viewport);
      const shopper = await context.newPage();
      await shopper.goto(`${base}/s/${summitSlug}?page=2`);
      await check(shopper, name);
      await context.close();
    }
  });

  it('asks before cancelling and says it cannot be undone; tracking shows plain words and local times', async () => {
    const context = await shopperContext(PHONE);
    const page = await context.newPage();
    await addToCart(page, 'Commuter helmet', 1);
    await page.getByRole('link', { name: 'Check out' }).click();
    await fillAddress(page);
    await payInBrowser(page);
    await page.waitForURL(/\/confirmation\//);
    await check(page, 'confirmation-phone');
    await page.getByRole('link', { name: 'Track your order' }).click();
    expect(await page.textContent('#status')).toBe('Finding the nearest dealer');
    expect(await page.textContent('main')).toMatch(/P[SD]T/);
    await check(page, 'tracking-phone');

    await page.getByRole('link', { name: 'Cancel this order…' }).click();
    await expectHeading(page, 'Cancel this order?');
    expect(await page.textContent('.warning')).toContain('This cannot be undone.');
    await check(page, 'cancel-confirmation-phone');
    await page.getByRole('link', { name: 'No, keep my order' }).click();
    expect(await page.textContent('#status')).toBe('Finding the nearest dealer');

    await page.getByRole('link', { name: 'Cancel this order…' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the order' }).click();
    expect(await page.textContent('#status')).toBe('Cancelled');
    expect(await page.getByRole('status').filter({ hasText: 'Your order is cancelled.' }).textContent()).toContain('Nothing will be shipped');
    await check(page, 'cancelled-phone');
    await page.getByRole('link', { name: 'Erase my name, contact and address…' }).click();
    await expectHeading(page, 'Erase your personal data?');
    await check(page, 'erase-confirmation-phone');
    await page.getByRole('button', { name: 'Yes, erase my data' }).click();
    expect(await page.textContent('main')).toContain('Your personal data for this order has been erased.');
    await context.close();
  });

  it("keeps the store's header on its 404 page and links back to the catalogue", async () => {
    const context = await shopperContext(DESKTOP);
    const page = await context.newPage();
    const response = await page.goto(`${base}/s/${slug}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('header.brand')).toContain('Cascade Cycles');
    await check(page, 'not-found-desktop');
    await page.getByRole('link', { name: 'Browse the Cascade Cycles catalogue' }).click();
    await expectHeading(page, 'Shop Cascade Cycles');
    await context.close();
  });

  it("answers bad input on a store address with the store's page, and a mistyped address with a page leading home", async () => {
    const context = await shopperContext(DESKTOP);
    const page = await context.newPage();
    const bad = await page.goto(`${base}/s/${slug}?q=%00`);
    expect(bad?.status()).toBe(400);
    expect(await page.textContent('header.brand')).toContain('Cascade Cycles');
    expect(await page.textContent('main')).toContain('NUL character');
    await check(page, 'bad-input-desktop');
    expect((await page.goto(`${base}/s/%E0%A4`))?.status()).toBe(400);
    await expectHeading(page, 'This did not work');
    await check(page, 'bad-address-desktop');
    expect((await page.goto(`${base}/nope`))?.status()).toBe(404);
    await expectHeading(page, 'Page not found');
    await check(page, 'unknown-address-desktop');
    await page.getByRole('link', { name: 'Go to the Nearfill home page' }).click();
    await expectHeading(page, 'Nearfill');
    await context.close();
  });

  it('starts a newcomer on a landing page that links the stores, workspaces, console and docs', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'landing-desktop'],
      [PHONE, 'landing-phone'],
    ] as const) {
      const context = await shopperContext(viewport);
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await expectHeading(page, 'Nearfill');
      for (const link of ['Cascade Cycles', 'Summit Golf', 'Manufacturer workspace', 'Retailer workspace', 'Ops console', 'API documentation']) {
        expect(await page.getByRole('link', { name: link }).count()).toBe(1);
      }
      await check(page, name);
      await context.close();
    }
  });

  it('renders each store with its own name and colours', async () => {
    const page = await browser.newPage();
    const headerColour = () => page.$eval('header.brand', (el) => getComputedStyle(el).backgroundColor);
    await page.goto(`${base}/s/${slug}`);
    expect(await headerColour()).toBe('rgb(15, 118, 110)');
    await page.goto(`${base}/s/${await storeSlugOf(t, summit)}`);
    const header = await page.textContent('header.brand');
    expect(header).toContain('Clubs for every swing');
    expect(header).not.toContain('Cascade');
    expect(await headerColour()).toBe('rgb(124, 45, 18)');
    await page.close();
  });

  it('has no axe-core violation on any page visited', () => {
    expect(Object.keys(axe).length).toBeGreaterThanOrEqual(15);
    expect(Object.fromEntries(Object.entries(axe).filter(([, found]) => found.length))).toEqual({});
  });
});

async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}
