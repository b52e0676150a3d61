import { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, axeViolations } from './browser';
import { PASSWORD } from './factories';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** Every workspace page stays under this, compressed as sent. */
export const PAGE_BUDGET_BYTES = 100 * 1024;

/** A fresh browser profile for a workspace test: desktop size, and axe may be injected under the app's CSP. */
export function workspaceContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: DESKTOP, bypassCSP: true });
}

/** Signs in through a workspace's own form (`basePath` like "/retailer") and waits to land inside it. */
export async function signInThroughForm(page: Page, base: string, basePath: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}${basePath}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname.startsWith(basePath) && !url.pathname.endsWith('/login'));
}

/** What one page weighed and how it did, as the closing report lists it. */
export interface PageReport {
  name: string;
  /** The HTML document plus every subresource it loaded, in bytes as sent (compressed when compressed). */
  bytes: number;
  /** Time to first byte of the document, ms. */
  ttfbMs: number;
  /** axe-core rule ids that failed, all impacts. */
  violations: string[];
}

/**
 * Checks the page the browser shows now: its weight and time to first byte from the Navigation Timing entry,
 * every axe-core violation, and screenshots at desktop (1280) and phone (390) widths saved as
 * test-artifacts/<name>-desktop.png and -phone.png. The viewport is restored afterwards.
 */
export async function checkPage(page: Page, name: string): Promise<PageReport> {
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const size = (entry: PerformanceResourceTiming) => entry.transferSize || entry.encodedBodySize;
    return { bytes: size(nav) + resources.reduce((sum, r) => sum + size(r), 0), ttfbMs: nav.responseStart - nav.requestStart };
  });
  const violations = (await axeViolations(page)).map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: artifactPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: artifactPath(`${name}-phone.png`), fullPage: true });
  await page.setViewportSize(viewport);
  return { name, bytes: timing.bytes, ttfbMs: Math.round(timing.ttfbMs), violations };
}

/** The page is no wider than the phone's screen: nothing to scroll sideways at 390 px. */
export async function fitsPhoneWidth(page: Page): Promise<boolean> {
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(viewport);
  return width <= PHONE.width;
}

/**
 * checkPage, then what every page must hold: 0 axe violations, under the weight budget, no sideways scroll at
 * 390 px. The report is added to `reports` for the file's closing figures.
 */
export async function expectGoodPage(page: Page, name: string, reports: PageReport[]): Promise<void> {
  const report = await checkPage(page, name);
  reports.push(report);
  expect(report.violations).toEqual([]);
  expect(report.bytes).toBeLessThan(PAGE_BUDGET_BYTES);
  expect(await fitsPhoneWidth(page)).toBe(true);
}

/** The closing figures of a file's pages: weight, time to first byte and axe count, one line each. */
export const pageFigures = (reports: PageReport[]) =>
  reports.map((r) => `${r.name}: ${(r.bytes / 1024).toFixed(1)} KB, TTFB ${r.ttfbMs} ms, axe ${r.violations.length}`).join('\n');
