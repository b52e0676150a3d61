import { PASSWORD } from './factories';
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

/** Signs `email` in through the sign-in form of the workspace at `basePath` ('/retailer'): the cookies its browser then holds. */
export async function signInThroughForm(t: TestApp, basePath: string, email: string, password = PASSWORD): Promise<string> {
  const form = await formSession(t, `${basePath}/login`);
  const response = await t.http
    .post(`${basePath}/login`)
    .set('Accept', 'text/html')
    .set('Cookie', form.cookie)
    .type('form')
    .send({ _csrf: form.token, email, password })
    .expect(303);
  return [form.cookie, ...[response.headers['set-cookie'] ?? []].flat().map((c: string) => c.split(';')[0])].join('; ');
}
