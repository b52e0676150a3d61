import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..');

describe('the typed client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("has the types of the app's OpenAPI document as it is now (npm run client:generate rewrites them)", async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body;
    const dir = mkdtempSync(join(tmpdir(), 'nearfill-client-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
      // Outside Jest: openapi-typescript loads an ES module that Jest's CommonJS runtime cannot.
      const { stdout: current } = await promisify(execFile)(
        process.execPath,
        [join(ROOT, 'client', 'generate.cjs'), '--document', join(dir, 'openapi.json')],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const committed = readFileSync(join(ROOT, 'client', 'schema.d.ts'), 'utf8');
      // A plain equality would print 17,000 lines: name the first line that differs instead.
      const [a, b] = [committed.split('\n'), current.split('\n')];
      const first = a.findIndex((line, i) => line !== b[i]);
      const verdict =
        first === -1 && a.length === b.length
          ? 'the same'
          : `differs at line ${first + 1}: ${JSON.stringify(a[first])} ≠ ${JSON.stringify(b[first])}`;
      expect(verdict).toBe('the same');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
