import { randomUUID } from 'node:crypto';
import { SESSION_COOKIE } from '../src/auth/auth.decorators';
import { bearer, createManufacturer, createOps, createRetailer, login } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

type Requirement = Record<string, string[]>;
interface Operation {
  security?: Requirement[];
  'x-roles'?: string[];
}
type Paths = Record<string, Record<string, Operation>>;

/** One way of calling: the headers it sends, the security scheme it is, and the role behind it. */
interface Caller {
  name: string;
  headers: Record<string, string>;
  scheme?: string;
  role?: string;
  /** A new session of the same person, for the operations that end the one they are called with. */
  renew?: () => Promise<Record<string, string>>;
}

/** Whether the document says `caller` may call `operation`: one of its requirements is the caller's scheme, in a role it admits. */
function documentedToAccept(operation: Operation, caller: Caller): boolean {
  const security = operation.security ?? [];
  if (security.length === 0) return true;
  if (!caller.scheme || !security.some((requirement) => caller.scheme! in requirement)) return false;
  return !operation['x-roles'] || operation['x-roles'].includes(caller.role!);
}

describe('the OpenAPI document and the API agree on who may call what, and on the headers of the answers', () => {
  let t: TestApp;
  let paths: Paths;
  let callers: Caller[];

  beforeAll(async () => {
    t = await startTestApp();
    paths = (await t.http.get('/docs-json').expect(200)).body.paths;
    const ops = await createOps(t);
    const maker = await createManufacturer(t, ops);
    const shop = await createRetailer(t, ops);
    const key = (await t.http.post('/api/v1/retailer/api-keys').set(bearer(shop.admin.token)).send({ name: 'Stock sync' }).expect(201)).body.key;
    callers = [
      { name: 'nothing', headers: {} },
      { name: "a retailer's API key", headers: { 'X-Api-Key': key }, scheme: 'api-key', role: 'retailer' },
      {
        name: 'an ops bearer token',
        headers: bearer(ops.token),
        scheme: 'bearer',
        role: 'ops',
        renew: async () => bearer(await login(t, ops.email)),
      },
      {
        name: "a manufacturer's bearer token",
        headers: bearer(maker.admin.token),
        scheme: 'bearer',
        role: 'manufacturer',
        renew: async () => bearer(await login(t, maker.admin.email)),
      },
      {
        name: "a retailer's bearer token",
        headers: bearer(shop.admin.token),
        scheme: 'bearer',
        role: 'retailer',
        renew: async () => bearer(await login(t, shop.admin.email)),
      },
      {
        name: "a retailer's session cookie",
        headers: { Cookie: `${SESSION_COOKIE}=${shop.admin.token}` },
        scheme: 'session',
        role: 'retailer',
        renew: async () => ({ Cookie: `${SESSION_COOKIE}=${await login(t, shop.admin.email)}` }),
      },
    ];
  });
  afterAll(() => t.close());

  it('names only the credentials the API takes: a bearer token and an API key', async () => {
    const schemes = (await t.http.get('/docs-json').expect(200)).body.components.securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['api-key', 'bearer']);
  });

  it('admits exactly the documented credentials on every operation: anything else is a 401 or 403', async () => {
    const endsSessions = (path: string) => /\/auth\/logout/.test(path);
    // Signing out everywhere ends every session of its caller, so those operations go last.
    const operations = Object.entries(paths)
      .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })))
      .sort((a, b) => Number(endsSessions(a.path)) - Number(endsSessions(b.path)));
    expect(operations.length).toBeGreaterThan(100);
    const disagreements: string[] = [];
    let calls = 0;
    for (const { path, method, operation } of operations) {
      // Ids, slugs and tokens that name nothing: an admitted caller gets past the guard and learns it is not found.
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      for (const caller of callers) {
        // No body: the guard decides before the body would be validated, and nothing is changed by an admitted caller.
        // Signing out ends the session it is called with: those calls bring a session of their own.
        const headers = endsSessions(path) && caller.renew ? await caller.renew() : caller.headers;
        const response = await t.http[method as 'get'](url).set(headers);
        calls += 1;
        const admitted = response.status !== 401 && response.status !== 403;
        if (admitted !== documentedToAccept(operation, caller)) {
          disagreements.push(`${method.toUpperCase()} ${path} with ${caller.name}: ${response.status} ${response.body?.message ?? ''}`);
        }
        // The header fields every operation documents on its answers are on this one too.
        const { 'ratelimit-policy': policy, 'access-control-allow-origin': origin } = response.headers;
        if (!/^"(api-key|user|address)";q=\d+;w=\d+$/.test(policy ?? '') || origin !== t.config.PUBLIC_BASE_URL) {
          disagreements.push(
            `${method.toUpperCase()} ${path} with ${caller.name}: RateLimit-Policy ${policy}, Access-Control-Allow-Origin ${origin}`,
          );
        }
      }
    }
    process.stdout.write(
      `Security conformance: ${operations.length} operations × ${callers.length} callers = ${calls} calls, ${disagreements.length} disagreements\n`,
    );
    expect(disagreements).toEqual([]);
  });
});
