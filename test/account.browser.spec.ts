import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { bearer, createManufacturer, createOps, createRetailer, PASSWORD, Tenant } from './support/factories';
import { ListeningTestApp, startListeningTestApp } from './support/test-app';
import { checkPage, fitsPhoneWidth, PAGE_BUDGET_BYTES, signInThroughForm, workspaceContext } from './support/workspace-browser';

describe('the account page in a real browser', () => {
  let t: ListeningTestApp;
  let browser: Browser;
  let base: string;
  let shop: Tenant;
  let maker: Tenant;

  const check = async (page: Page, name: string) => {
    const report = await checkPage(page, `account-${name}`);
    expect(report.violations).toEqual([]);
    expect(report.bytes).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(await fitsPhoneWidth(page)).toBe(true);
  };

  beforeAll(async () => {
    t = await startListeningTestApp();
    base = t.base;
    const ops = await createOps(t);
    [shop, maker] = await Promise.all([createRetailer(t, ops, 'Rose City Bikes'), createManufacturer(t, ops, 'Cascade Cycles')]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('refuses a new password made of the e-mail beside the field, then signs out everywhere', async () => {
    const page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, base, '/retailer', shop.admin.email);
    await page.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(/\/retailer\/account$/);
    await check(page, 'retailer');

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel('New password').fill(`${shop.admin.email}!`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await check(page, 'retailer-weak-password');
    expect(await page.locator('#newPassword-error').textContent()).toContain(
      'New password is too easy to guess: it contains your e-mail address or name',
    );

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(/\/retailer\/login\?done=everywhere$/);
    await check(page, 'signed-out-everywhere');
    expect(await page.getByRole('status').textContent()).toContain('You were signed out everywhere');
    await t.http.get('/api/v1/auth/me').set(bearer(shop.admin.token)).expect(401);
    await page.goto(`${base}/retailer/won`);
    await page.waitForURL(/\/retailer\/login\?next=/);
  });

  it('is in the manufacturer workspace too, and a changed password keeps this browser signed in', async () => {
    const page = await (await workspaceContext(browser)).newPage();
    await signInThroughForm(page, base, '/manufacturer', maker.admin.email);
    await page.goto(`${base}/manufacturer/account`);
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel('New password').fill('velvet-orbit-cactus-harbor');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL(/\/manufacturer\/account\?done=password$/);
    await check(page, 'manufacturer-password-changed');
    expect(await page.getByRole('status').textContent()).toContain('Password changed.');
    await t.http.get('/api/v1/auth/me').set(bearer(maker.admin.token)).expect(401);
  });
});
