import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_ENV, OPS_CLI, runCli, RunningApp, startBuiltApp } from './support/built-app';

const BASE = 'http://127.0.0.1:3000';
const OPS = { email: 'ops@embedded.test', password: 'quiet-lantern-meadow-7' };

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await response.json() };
}

async function loginOps(): Promise<string> {
  const { status, body } = await api('/api/v1/auth/login', { method: 'POST', body: OPS });
  expect(status).toBe(200);
  return body.accessToken;
}

// A cold start creates and migrates a PGlite database (WebAssembly) twice over: minutes on a busy machine.
jest.setTimeout(300_000);

// The built app, started with no environment at all, as a newcomer runs it: PGlite in ./.nearfill-data, jobs in-process.
describe('the embedded default', () => {
  const workdir = mkdtempSync(join(tmpdir(), 'nearfill-embedded-'));
  let app: RunningApp | undefined;

  afterAll(async () => {
    await app?.stop();
    rmSync(workdir, { recursive: true, force: true });
  });

  it('starts with no environment, answers /health/ready, and keeps its data across a restart', async () => {
    const created = runCli(OPS_CLI, ['--email', OPS.email, '--password', OPS.password], workdir);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    app = await startBuiltApp(workdir, BASE, BARE_ENV);
    const ready = await api('/health/ready');
    expect(ready.body.details.database.status).toBe('up');
    expect(ready.body.details.redis.mode).toMatch(/in-process/);

    const token = await loginOps();
    await api('/api/v1/ops/manufacturers', {
      method: 'POST',
      token,
      body: { name: 'Survives Restarts Inc', admin: { email: 'admin@survives.test', name: 'A', password: 'long-enough-password' } },
    });
    expect(await app.stop()).toBe(0);

    app = await startBuiltApp(workdir, BASE, BARE_ENV);
    const list = await api('/api/v1/ops/manufacturers', { token: await loginOps() });
    expect(list.body.map((m: { name: string }) => m.name)).toContain('Survives Restarts Inc');
  });

  it('refuses to open a data folder another process is using', async () => {
    const second = runCli(OPS_CLI, ['--email', 'second@embedded.test', '--password', OPS.password], workdir);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/is in use by process \d+/);
  });

  it('keeps every committed write and no rolled-back one under many concurrent requests', async () => {
    const token = await loginOps();
    const taken = 'taken@concurrency.test';
    await api('/api/v1/ops/retailers', {
      method: 'POST',
      token,
      body: { name: 'First Holder', admin: { email: taken, name: 'T', password: 'long-enough-password' } },
    });

    // Every third request reuses a taken e-mail: its retailer row is inserted, then rolled back with the failed user.
    const attempts = Array.from({ length: 90 }, (_, i) => ({
      name: `Concurrent Shop ${i}`,
      email: i % 3 === 0 ? taken : `shop${i}@concurrency.test`,
    }));
    const results = await Promise.all(
      attempts.map((a) =>
        api('/api/v1/ops/retailers', {
          method: 'POST',
          token,
          body: { name: a.name, admin: { email: a.email, name: 'S', password: 'long-enough-password' } },
        }).then((r) => ({ ...a, status: r.status })),
      ),
    );
    const committed = results.filter((r) => r.status === 201).map((r) => r.name);
    const rolledBack = results.filter((r) => r.status === 409).map((r) => r.name);
    expect(committed).toHaveLength(60);
    expect(rolledBack).toHaveLength(30);

    const stored = (await api('/api/v1/ops/retailers', { token })).body.map((r: { name: string }) => r.name);
    expect(stored).toEqual(expect.arrayContaining(committed));
    for (const name of rolledBack) expect(stored).not.toContain(name);
    expect(stored.filter((n: string) => n.startsWith('Concurrent Shop'))).toHaveLength(60);

    // Every committed retailer's admin can sign in: user and retailer were written together.
    const signIns = await Promise.all(
      results
        .filter((r) => r.status === 201)
        .slice(0, 10)
        .map((r) => api('/api/v1/auth/login', { method: 'POST', body: { email: r.email, password: 'long-enough-password' } })),
    );
    expect(signIns.map((s) => s.status)).toEqual(Array(10).fill(200));
  });
});
