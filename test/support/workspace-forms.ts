import { TestApp } from './test-app';

/**
 * What a browser holds after opening a workspace page: its cookies (the form secret, plus `cookie` sent) and the
 * form token in the page, so a test can post the page's forms as that browser would.
 */
export async function formSession(t: TestApp, pagePath: string, cookie = ''): Promise<{ cookie: string; token: string }> {
  const page = await t.http.get(pagePath).set('Accept', 'text/html').set('Cookie', cookie);
  const token = page.text.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error(`${pagePath} (${page.status}) has no form token`);
  const set = [page.headers['set-cookie'] ?? []].flat().map((c: string) => c.split(';')[0]);
  return { cookie: [cookie, ...set].filter(Boolean).join('; '), token };
}
