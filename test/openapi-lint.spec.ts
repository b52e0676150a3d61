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
  let document: { paths: Record<string, Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[]; responses: Record<string, { content?: object }> }>> };
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
    const { stdout } = await promisify(execFile)(SPECTRAL, ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet', '--fail-severity', 'error'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    })
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

  it('documents the CSV statement as text/csv', () => {
    expect(Object.keys(document.paths['/api/v1/retailer/statements/csv'].get.responses['200'].content!)).toEqual(['text/csv']);
  });
});
