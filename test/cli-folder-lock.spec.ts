import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_ENV, DEMO_CLI, OPS_CLI, RESOLVE_CLI, runCli } from './support/built-app';

describe('command-line tools on an embedded data folder another process holds', () => {
  const workdir = mkdtempSync(join(tmpdir(), 'nearfill-cli-lock-'));
  const dataDir = join(workdir, 'data');
  afterAll(() => rmSync(workdir, { recursive: true, force: true }));

  beforeAll(() => {
    // This test's own process plays the running app that holds the folder.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'pg.lock'), String(process.pid));
  });

  const refusal = () =>
    `The embedded database in ${join(dataDir, 'pg')} is in use by process ${process.pid} (another Nearfill, or npm run demo). Stop that process, or set DATA_DIR to another folder.`;

  it.each([
    ['npm run demo', DEMO_CLI, []],
    ['npm run resolve', RESOLVE_CLI, []],
    ['npm run ops:create-user', OPS_CLI, ['--email', 'ops@example.com', '--password', 'a long enough passphrase 42']],
  ])(
    '%s refuses in one line, before anything starts',
    (_name, script, args) => {
      const result = runCli(script, args, workdir, { ...BARE_ENV, DATA_DIR: dataDir });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(refusal());
    },
    60_000,
  );
});
