import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');
const SPECTRAL = join(ROOT, 'node_modules', '.bin', 'spectral');

interface Finding {
  code: string;
  severity: number;
  message: string;
  path: string[];
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: {
    paths: Record<
      string,
      Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { content?: object }> }>
    >;
  };
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('passes Spectral with the OWASP API rules (.spectral.yaml) with no error', async () => {
    // Inside the repository, so the ruleset's per-path exceptions (globs relative to it) apply.
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    const file = join(ROOT, 'test-artifacts', `openapi-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      SPECTRAL,
      ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'],
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      },
    )
      .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }))
      .finally(() => rmSync(file, { force: true }));
    const findings = JSON.parse(stdout) as Finding[];
    const errors = findings.filter((f) => f.severity === 0).map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`);
    process.stdout.write(`Spectral (OWASP): ${errors.length} errors, ${findings.filter((f) => f.severity === 1).length} warnings\n`);
    expect(errors).toEqual([]);
  });

  it('types paging parameters as bounded integers', () => {
    const limit = document.paths['/api/v1/manufacturer/orders'].get.parameters!.find((p) => p.name === 'limit')!;
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    const offset = document.paths['/api/v1/retailer/bids'].get.parameters!.find((p) => p.name === 'offset')!;
    expect(offset.schema).toMatchObject({ type: 'integer', minimum: 0, maximum: 1_000_000_000 });
  });

  it('describes every tag its operations use', () => {
    const full = document as unknown as {
      tags?: { name: string; description?: string }[];
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const described = new Set((full.tags ?? []).filter((tag) => tag.description).map((tag) => tag.name));
    const used = new Set(Object.values(full.paths).flatMap((item) => Object.values(item).flatMap((operation) => operation.tags ?? [])));
    expect([...used].filter((tag) => !described.has(tag))).toEqual([]);
  });

  it('shows an example of every request body and every error response', () => {
    type Media = Record<string, { example?: unknown }>;
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(
        item as Record<string, { requestBody?: { content: Media }; responses: Record<string, { content?: Media }> }>,
      )) {
        for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
          if (type !== 'multipart/form-data' && media.example === undefined) missing.push(`${method} ${path} request ${type}`);
        }
        for (const [status, response] of Object.entries(operation.responses)) {
          const media = Object.values(response.content ?? {});
          if (Number(status) >= 400 && (!media.length || media.some((m) => m.example === undefined))) missing.push(`${method} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("builds body examples from the properties' documented examples, and error examples in the error shape", () => {
    const body = (path: string, method: string) =>
      (document.paths[path][method] as unknown as { requestBody: { content: Record<string, { example: Record<string, unknown> }> } }).requestBody
        .content['application/json'].example;
    expect(body('/api/v1/retailer/orders/{id}/shipments', 'post')).toEqual({ carrier: 'UPS', trackingNumber: '99.00.123456.12345678' });
    const order = body('/api/v1/stores/{slug}/orders', 'post');
    expect(order).toMatchObject({ customer: expect.any(Object), lines: [expect.objectContaining({ sku: expect.any(String) })] });
    const error = (document.paths['/api/v1/retailer/board/{orderId}/bid'].put.responses['409'] as { content: Record<string, { example: unknown }> })
      .content['application/json'].example;
    expect(error).toEqual({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('Bidding on order') });
  });

  it('documents the CSV statement as text/csv', () => {
    expect(Object.keys(document.paths['/api/v1/retailer/statements/csv'].get.responses['200'].content!)).toEqual(['text/csv']);
  });
});
