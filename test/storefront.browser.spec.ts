import { Browser, Page } from 'playwright-core';
import { bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';
import { accessibilityProblems, artifactPath, launchChromium } from './support/browser';



describe('a customer in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let cascade: Tenant;
  let summit: Tenant;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    const ops = await createOps(t);
    [cascade, summit] = await Promise.all([createManufacturer(t, ops, 'Cascade Cycles'), createManufacturer(t, ops, 'Summit Golf')]);
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(cascade.admin.token)).send({ primaryColor: '#0f766e', accentColor: '#b45309', tagline: 'Bikes built in Portland' }).expect(200);
    await t.http.patch('/api/v1/manufacturer/store').set(bearer(summit.admin.token)).send({ primaryColor: '#7c2d12', accentColor: '#1d4ed8', tagline: 'Clubs for every swing' }).expect(200);
    await createProduct(t, cascade, { sku: 'BK-1', name: 'Road bike', priceMinor: 129900, fulfilmentPriceMinor: 110000 });
    await createProduct(t, summit, { sku: 'DRV-1', name: 'Titanium driver', priceMinor: 49900, fulfilmentPriceMinor: 40000 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens a store and a product, checks out with a US ZIP code, sees the confirmation and the tracking page', async () => {
    // axe-core is injected as an inline script, which the store's Content-Security-Policy (rightly) forbids.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: Record<string, string[]> = {};
    const slug = await storeSlugOf(t, cascade);

    await page.goto(`${base}/s/${slug}`);
    await expectHeading(page, 'Shop Cascade Cycles');
    problems.catalogue = await accessibilityProblems(page);

    await page.getByRole('link', { name: 'Road bike' }).click();
    await expectHeading(page, 'Road bike');
    problems.product = await accessibilityProblems(page);
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Buy now' }).click();

    await expectHeading(page, 'Checkout');
    problems.checkout = await accessibilityProblems(page);
    await page.getByLabel('Full name').fill('Jamie Rivera');
    await page.getByLabel('E-mail').fill('jamie@example.com');
    await page.getByLabel('Street address').fill('1200 SW Main St');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State / region').fill('OR');
    await page.getByLabel('ZIP / postal code').fill('97201');
    await page.getByRole('button', { name: 'Place order' }).click();

    await page.waitForURL(/\/confirmation\//);
    const confirmation = await page.getByRole('heading', { level: 1 }).textContent();
    expect(confirmation).toMatch(/Order #\d+ is placed/);
    expect(await page.textContent('main')).toContain('$2,598.00');
    problems.confirmation = await accessibilityProblems(page);
    await page.screenshot({ path: artifactPath('storefront-confirmation.png'), fullPage: true });

    await page.getByRole('link', { name: 'Track your order' }).click();
    await page.waitForURL(/\/track\//);
    expect(await page.textContent('#status')).toBe('on the bid board');
    expect(await page.textContent('main')).toContain('Portland, OR');
    problems.tracking = await accessibilityProblems(page);
    await page.screenshot({ path: artifactPath('storefront-tracking.png'), fullPage: true });

    expect(problems).toEqual({ catalogue: [], product: [], checkout: [], confirmation: [], tracking: [] });
    await context.close();
  });

  it('renders each store with its own name and colours', async () => {
    const page = await browser.newPage();
    const headerColour = () => page.$eval('header.brand', (el) => getComputedStyle(el).backgroundColor);

    await page.goto(`${base}/s/${await storeSlugOf(t, cascade)}`);
    expect(await page.textContent('header.brand')).toContain('Cascade Cycles');
    expect(await headerColour()).toBe('rgb(15, 118, 110)');

    await page.goto(`${base}/s/${await storeSlugOf(t, summit)}`);
    const header = await page.textContent('header.brand');
    expect(header).toContain('Summit Golf');
    expect(header).toContain('Clubs for every swing');
    expect(header).not.toContain('Cascade');
    expect(await headerColour()).toBe('rgb(124, 45, 18)');
    await page.screenshot({ path: artifactPath('storefront-second-store.png') });
    await page.close();
  });

  it('keeps the form usable without JavaScript and shows errors next to the fields', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/s/${await storeSlugOf(t, summit)}/checkout?sku=DRV-1&quantity=1`);
    await page.getByLabel('Full name').fill('Pat Lee');
    await page.getByLabel('E-mail').fill('not-an-email');
    await page.getByRole('button', { name: 'Place order' }).click();
    await expectHeading(page, 'Checkout');
    expect(await page.getAttribute('#customer-email', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#customer-email-error')).toBe('email must be an e-mail address');
    expect(await page.inputValue('#customer-name')).toBe('Pat Lee');
    await context.close();
  });
});

async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}
