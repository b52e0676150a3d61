import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { BARE_ENV, runCli } from './support/built-app';
import { awardAnomalies, liveAwards, oracle, seedScenario } from './support/resolution';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { databaseUrl } from './support/test-env';

const RESOLVE_CLI = join(__dirname, '..', 'dist', 'src', 'resolution', 'resolve.cli.js');

describe('npm run resolve', () => {
  let name: string;
  let db: DataSource;
  let env: Record<string, string>;
  const cwd = mkdtempSync(join(tmpdir(), 'nearfill-resolve-'));

  beforeAll(async () => {
    name = await createTestDatabase();
    db = await new DataSource(typeormOptions(databaseUrl(name), false)).initialize();
    env = { ...BARE_ENV, DATABASE_URL: databaseUrl(name), LOG_LEVEL: 'error', RESOLVE_BATCH_SIZE: '10' };
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(name);
  });

  it('a dry run of one store prints its summary and writes nothing; an unknown store exits non-zero', async () => {
    const scenario = await seedScenario(db, { seed: 31, orders: 60, retailers: 15 });
    const [store] = await db.query(`SELECT slug FROM stores WHERE manufacturer_id = $1`, [scenario.manufacturerIds[0]]);

    const dry = runCli(RESOLVE_CLI, ['--dry-run', '--manufacturer', store.slug], cwd, env);
    expect(dry.status).toBe(0);
    expect(dry.stderr).toContain('100%');
    expect(dry.stdout).toMatch(/state\s+completed \(dry run: nothing written\)/);
    expect(dry.stdout).toMatch(new RegExp(`orders considered\\s+${oracle(scenario, scenario.manufacturerIds[0]).size}\\n`));
    expect(await db.query(`SELECT count(*)::int AS n FROM awards`)).toEqual([{ n: 0 }]);

    const unknown = runCli(RESOLVE_CLI, ['--manufacturer', 'no-such-store'], cwd, env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No store has the slug "no-such-store"');
  });

  it('a run killed halfway is taken up by the next process and finished: every order awarded once, as the oracle says', async () => {
    await db.query(`DELETE FROM orders`);
    const scenario = await seedScenario(db, { seed: 37, orders: 200, retailers: 40, manufacturers: 2 });
    const [, held] = scenario.manufacturerIds;
    const heldOrders = scenario.orders.filter((o) => o.manufacturerId === held && o.due).length;
    const due = scenario.orders.filter((o) => o.due).length;

    // Half the work is held up by another transaction, so the first run is mid-way when it is killed.
    const blocker = new Client({ connectionString: databaseUrl(name) });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT id FROM orders WHERE manufacturer_id = $1 FOR SHARE`, [held]);
    const first = spawn(process.execPath, [RESOLVE_CLI], { cwd, env, stdio: 'ignore' });
    for (let awarded = 0; awarded < due - heldOrders; await new Promise((r) => setTimeout(r, 50))) {
      [{ n: awarded }] = await db.query(`SELECT count(*)::int AS n FROM awards`);
    }
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    await blocker.query('ROLLBACK');
    await blocker.end();
    const [killed] = await db.query(`SELECT state FROM resolution_runs WHERE trigger = 'cli' AND NOT dry_run`);
    expect(killed.state).toBe('running');
    expect(await db.query(`SELECT count(*)::int AS n FROM awards`)).toEqual([{ n: due - heldOrders }]);

    // Without Redis the killed run's jobs died with its process: the next one to start takes the run up
    // again, beside the run it was asked for, and the two share the held orders.
    const second = runCli(RESOLVE_CLI, [], cwd, env);
    expect(second.status).toBe(0);
    const runs = await db.query(`SELECT state, considered FROM resolution_runs WHERE trigger = 'cli' AND NOT dry_run ORDER BY created_at`);
    expect(runs.map((run: { state: string }) => run.state)).toEqual(['completed', 'completed']);
    expect(runs[0].considered + runs[1].considered).toBe(due);
    expect(second.stdout).toMatch(new RegExp(`orders considered\\s+${runs[1].considered}\\n`));

    expect(await awardAnomalies(db)).toBe(0);
    const expected = oracle(scenario);
    const actual = await liveAwards(db);
    expect(actual.size).toBe(expected.size);
    for (const [orderId, decision] of expected) expect(actual.get(orderId)?.bidId).toBe(decision.bidId);
  });
});
