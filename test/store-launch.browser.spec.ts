import { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from './support/browser';
import { createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct, storeSlugOf } from './support/marketplace';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { expectGoodPage, PageReport, pageFigures, signInThroughForm, workspaceContext } from './support/workspace-browser';

/**
 * A manufacturer's new store from draft to launch, in the browser: pictures uploaded (and their form errors), the
 * draft previewed (marked PREVIEW, checkout off) while the public gets "not found", then launched and shown to all.
 */
describe("a new store's pictures, preview and launch", () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let maker: Tenant;
  let slug: string;
  const reports: PageReport[] = [];
  const text = (selector: string) => page.locator(selector).innerText();

  beforeAll(async () => {
    t = await startListeningTestApp();
    maker = await createManufacturer(t, await createOps(t), 'Willamette Wheels', { draft: true });
    await createProduct(t, maker, { sku: 'WW-1', name: 'Touring bike', priceMinor: 189900 });
    slug = await storeSlugOf(t, maker);
    browser = await launchChromium();
    context = await workspaceContext(browser);
    page = await context.newPage();
    await signInThroughForm(page, t.base, '/manufacturer', maker.admin.email);
  });

  afterAll(async () => {
    console.log(pageFigures(reports));
    await browser?.close();
    await t?.close();
  });

  const picture = async (name: string, width: number, height: number, background: string) => ({
    name,
    mimeType: 'image/png',
    buffer: await sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer(),
  });

  it('says what launching still needs, beside the Launch button', async () => {
    await page.goto(`${t.base}/manufacturer/branding`);
    expect(await text('#launch-heading')).toBe('Draft: only you can see this store');
    await page.getByRole('button', { name: 'Launch store' }).click();
    expect(await text('#launch-error')).toBe(
      'Before launching, add what is missing: your branding: a logo or your own colours; your warehouse address',
    );
    expect(await text('[role=alert]')).toContain('Before launching');
    await expectGoodPage(page, 'store-launch-refused', reports);
    await t.http.get(`/s/${slug}`).expect(404);
  });

  it('asks for a file when none is chosen and refuses one that is not a picture, beside the field', async () => {
    await page.goto(`${t.base}/manufacturer/branding`);
    await page.getByRole('button', { name: 'Upload logo' }).click();
    expect(await text('#logo-error')).toBe('Choose a logo image (JPEG, PNG or WebP)');
    expect(await page.locator('#logo').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Hero image file').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') });
    await page.getByRole('button', { name: 'Upload hero image' }).click();
    expect(await text('#hero-error')).toBe('The file is not a JPEG, PNG or WebP picture that can be read');
    await expectGoodPage(page, 'store-picture-error', reports);
  });

  it('uploads the logo and hero, then previews the draft marked PREVIEW with checkout off while the public gets not found', async () => {
    await page.goto(`${t.base}/manufacturer/branding`);
    await page.getByLabel('Logo file').setInputFiles(await picture('logo.png', 480, 160, '#0f766e'));
    await page.getByRole('button', { name: 'Upload logo' }).click();
    expect(await text('[role=status]')).toBe('Logo uploaded. Your store shows it now.');
    await page.getByLabel('Hero image file').setInputFiles(await picture('hero.png', 1600, 500, '#b45309'));
    await page.getByRole('button', { name: 'Upload hero image' }).click();
    expect(await text('[role=status]')).toBe('Hero image uploaded. Your catalogue shows it now.');
    await page.getByLabel('Street address').fill('2400 NW Front Ave');
    await page.getByLabel('City').fill('Portland');
    await page.getByLabel('State / region').fill('OR');
    await page.getByLabel('Postal code').fill('97209');
    await page.getByLabel('Country').fill('US');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await text('.checklist')).not.toContain('not done yet');
    expect(await text('#preview-product')).toMatch(/Touring bike\s+\$1,899\.00/);
    await expectGoodPage(page, 'store-ready-to-launch', reports);

    await page.getByRole('link', { name: 'Preview your store' }).click();
    await page.waitForURL(`${t.base}/s/${slug}`);
    expect(await text('#preview-banner')).toContain('PREVIEW');
    // Loaded from the stored copies (a srcset's natural width is that of the copy the browser chose).
    expect(await page.locator('#hero').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(600);
    expect(await page.locator('#store-logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
    await expectGoodPage(page, 'store-preview-catalogue', reports);
    const publicView = await t.http.get(`/s/${slug}`).expect(404);
    expect(publicView.text).not.toContain('Willamette Wheels');

    await page.getByRole('link', { name: 'Touring bike' }).click();
    expect(await text('#preview-banner')).toContain('PREVIEW');
    await page.getByRole('button', { name: /Add to cart/ }).click();
    await page.waitForURL(/\/cart/);
    expect(await text('#preview-checkout')).toContain('Checkout is switched off in the preview');
    await expectGoodPage(page, 'store-preview-cart', reports);
    await page.goto(`${t.base}/s/${slug}/checkout`);
    expect(await text('main')).toContain('checkout opens when you launch it');
  });

  it('launches the store: everyone sees its catalogue with the hero and logo, and no PREVIEW mark', async () => {
    await page.goto(`${t.base}/manufacturer/branding`);
    await page.getByRole('button', { name: 'Launch store' }).click();
    expect(await text('[role=status]')).toBe('Your store is live: anyone can shop at it now.');
    expect(await text('#launch-heading')).toBe('Live');
    await expectGoodPage(page, 'store-live', reports);

    const shopper = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
    await shopper.goto(`${t.base}/s/${slug}`);
    expect(await shopper.locator('#preview-banner').count()).toBe(0);
    expect(await shopper.locator('#hero').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(600);
    expect(await shopper.locator('#store-logo').count()).toBe(1);
    expect(await shopper.locator('main').innerText()).toContain('Touring bike');
    await expectGoodPage(shopper, 'storefront-launched-with-hero', reports);
    await shopper.context().close();
  });

  it('removes the hero and the logo: the store shows its name alone and no hero', async () => {
    await page.goto(`${t.base}/manufacturer/branding`);
    await page.getByRole('button', { name: 'Remove hero image' }).click();
    expect(await text('[role=status]')).toBe('Hero image removed.');
    await page.getByRole('button', { name: 'Remove logo' }).click();
    expect(await text('[role=status]')).toBe('Logo removed. Your store shows its name alone.');
    const storefront = (await t.http.get(`/s/${slug}`).expect(200)).text;
    expect(storefront).not.toContain('id="hero"');
    expect(storefront).not.toContain('id="store-logo"');
  });
});
