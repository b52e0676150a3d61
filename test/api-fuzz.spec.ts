import {
  endsSession,
  fittingCredentials,
  FuzzResult,
  generateRequests,
  OpenApiDocument,
  Operation,
  operationsOf,
  redirectRequests,
  send,
  sendRedirect,
} from './support/api-fuzz';
import { seedFuzzMarketplace } from './support/fuzz-marketplace';
import { startTestApp, TestApp } from './support/test-app';

// In the test suite a bounded run: up to FUZZ_REQUESTS, for at most FUZZ_SECONDS of sending (the requests are drawn
// round-robin, so every operation comes early). `npm run fuzz:api` sends all 10,000, however long, and prints the counts.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const CONCURRENCY = 4;
// Each correct sign-in hashes a password check (argon2id): a few hundred are enough to cover every kind.
const REDIRECTS = Number(process.env.FUZZ_REDIRECTS ?? 300);

describe('generated requests to every documented operation', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let seeded: Awaited<ReturnType<typeof seedFuzzMarketplace>>;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_TIMEOUT_MS: '500', LOGIN_RATE_LIMIT: '100000', LOGIN_ADDRESS_RATE_LIMIT: '100000' });
    document = (await t.http.get('/docs-json').expect(200)).body as OpenApiDocument;
    seeded = await seedFuzzMarketplace(t, document);
  });
  afterAll(() => t.close());

  it(
    `answers up to ${REQUESTS} generated requests with no 5xx, and every error in the { statusCode, error, message } shape`,
    async () => {
      const { credentials, pool } = seeded;
      const fastify = t.app.getHttpAdapter().getInstance();
      const operations = operationsOf(document);
      const fitting = new Map<Operation, string[]>();
      await Promise.all(operations.map(async (operation) => fitting.set(operation, await fittingCredentials(fastify, operation, pool, credentials))));
      Object.assign(credentials, await seeded.signInAgain()); // probing the sign-out operations ended the first tokens

      const requests = generateRequests(document, operations, fitting, pool, credentials, REQUESTS, SEED);
      const results: FuzzResult[] = [];
      // Sign-outs last, and always sent (a few): before, they would end the sessions every other request uses.
      const queue = requests.filter((r) => !endsSession(r.operation));
      const started = Date.now();
      const deadline = SECONDS > 0 ? started + SECONDS * 1000 : Infinity;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let request = queue.shift(); request && Date.now() < deadline; request = queue.shift()) results.push(await send(fastify, request));
        }),
      );
      for (const request of requests.filter((r) => endsSession(r.operation))) results.push(await send(fastify, request));

      const byStatus: Record<number, number> = {};
      for (const { status } of results) byStatus[status] = (byStatus[status] ?? 0) + 1;
      const operationsHit = new Set(results.map((r) => `${r.request.method} ${r.request.operation.path}`)).size;
      process.stdout.write(
        `Generated requests: ${results.length} to ${operationsHit} of ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})\n` +
          `By status: ${Object.entries(byStatus)
            .map(([status, count]) => `${status} x ${count}`)
            .join(', ')}\n`,
      );
      const problems = results
        .filter((r) => r.problem)
        .map(
          (r) =>
            `${r.request.method} ${r.request.url} as ${r.request.credential} ${JSON.stringify(r.request.payload ?? '')?.slice(0, 200)} -> ${r.problem}`,
        );
      expect(operationsHit).toBe(operations.length);
      expect(problems).toEqual([]);
    },
    SECONDS > 0 ? 120_000 + SECONDS * 1000 : 120_000 + REQUESTS * 200,
  );

  it('redirects after sign-in, to sign-in and from pages with no 5xx, whatever the address asked for, and only to a same-site ASCII path', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const requests = redirectRequests(seeded.signIns, REDIRECTS, SEED);
    const results: FuzzResult[] = [];
    for (const request of requests) results.push(await sendRedirect(fastify, request));
    const byStatus: Record<number, number> = {};
    for (const { status } of results) byStatus[status] = (byStatus[status] ?? 0) + 1;
    process.stdout.write(
      `Redirecting requests: ${results.length}; by status: ${Object.entries(byStatus)
        .map(([status, count]) => `${status} x ${count}`)
        .join(', ')}\n`,
    );
    const problems = results
      .filter((r) => r.problem)
      .map((r) => `${r.request.method} ${r.request.url} ${JSON.stringify(r.request.payload ?? '').slice(0, 200)} -> ${r.problem}`);
    expect(problems).toEqual([]);
    expect(byStatus[303]).toBeGreaterThan(0);
  }, 120_000);
});
