import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isStale } = require('../scripts/build-if-stale.cjs') as { isStale: (root: string) => boolean };

// `npm start` builds first only when it must: a fresh build starts at once, an edited source is built before it runs.
describe('npm start builds only a stale build', () => {
  let root: string;
  const write = (path: string, at: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at, at);
  };
  const touchFolders = (at: number) => ['src', 'src/orders', 'src/orders/views', 'migrations'].forEach((dir) => utimesSync(join(root, dir), at, at));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'nearfill-start-'));
    write('src/orders/orders.service.ts', 1_000);
    write('src/orders/views/order.eta', 1_000);
    write('migrations/1000-init.ts', 1_000);
    write('package.json', 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build yet', () => {
    touchFolders(1_000);
    expect(isStale(root)).toBe(true);
  });

  it('does not build again when the build is newer than every source', () => {
    write('dist/src/main.js', 2_000);
    touchFolders(1_000);
    expect(isStale(root)).toBe(false);
  });

  it('builds again after a source, a view, a migration or the package file changed', () => {
    for (const changed of ['src/orders/orders.service.ts', 'src/orders/views/order.eta', 'migrations/1000-init.ts', 'package.json']) {
      write('dist/src/main.js', 2_000);
      touchFolders(1_000);
      write(changed, 3_000);
      expect(isStale(root)).toBe(true);
      write(changed, 1_000);
    }
  });
});
