import { Client } from 'pg';
import { BARE_ENV, DEMO_CLI, runCli } from './support/built-app';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { databaseUrl } from './support/test-env';

describe('npm run demo', () => {
  let name: string;
  beforeAll(async () => (name = await createTestDatabase()));
  afterAll(() => dropTestDatabase(name));

  it('seeds two stores, thirteen retailers, orders and bids, runs a resolution with capacity and a chosen dealer, and prints where to look', async () => {
    // On another port, as a newcomer whose 3000 is taken would run it: the URLs and the start command must agree.
    const env = { ...BARE_ENV, DATABASE_URL: databaseUrl(name), PORT: '3600' };
    const result = runCli(DEMO_CLI, [], process.cwd(), env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Start the app with \`PORT=3600 DATABASE_URL=${databaseUrl(name)} npm start\`, then open:`);
    expect(result.stdout).toContain('http://localhost:3600/s/cascade-cycles');
    expect(result.stdout).toContain('http://localhost:3600/s/summit-golf');
    expect(result.stdout).toContain("'ops@nearfill.example'");
    expect(result.stdout).toMatch(/ops console\s+http:\/\/localhost:3600\/ops\s+as ops@nearfill\.example/);
    expect(result.stdout).toMatch(/manufacturer \(Cascade Cycles\)\s+http:\/\/localhost:3600\/manufacturer\s+as \S+@maker\.example/);
    expect(result.stdout).toMatch(/Resolution run [0-9a-f-]{36}: completed/);
    const workspace = /Retailer +http:\/\/localhost:3600\/retailer +\(sign in as (\S+): (\d+) orders? on its board\)/.exec(result.stdout);
    expect(workspace).not.toBeNull();
    expect(Number(workspace![2])).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/Chosen dealer +Sam Okafor chose Bay Trail Bikes, which won from farther away: http:\/\/localhost:3600\/s\/\S+/);
    expect(result.stdout).toMatch(/Capacity +Mission Wheels takes 1 order a day: sign in as mission\.wheels@shop\.example/);

    const db = new Client({ connectionString: databaseUrl(name) });
    await db.connect();
    try {
      const [counts] = (
        await db.query(`SELECT (SELECT count(*) FROM retailers)::int AS retailers, (SELECT count(*) FROM stores)::int AS stores,
                               (SELECT count(*) FROM orders WHERE status = 'posted')::int AS unresolved,
                               (SELECT count(*) FROM awards WHERE kind = 'retailer')::int AS retailer_awards,
                               (SELECT count(*) FROM awards WHERE kind = 'manufacturer')::int AS manufacturer_awards`)
      ).rows;
      // The first wave is resolved; the second stays on the board for the retailer workspace.
      expect(counts).toMatchObject({ retailers: 13, stores: 2 });
      expect(counts.unresolved).toBeGreaterThan(0);
      expect(counts.retailer_awards).toBeGreaterThan(0);
      // Customers far from every retailer are shipped by the manufacturer.
      expect(counts.manufacturer_awards).toBeGreaterThan(0);
      // The walkthrough's twists happened: the chosen dealer won past a nearer bid, and the one-a-day shop took
      // one order and lost another for want of capacity (read as the Bids page reads it).
      const [twists] = (
        await db.query(`SELECT
            (SELECT count(*) FROM awards a JOIN orders o ON o.id = a.order_id JOIN retailers r ON r.id = a.retailer_id
              WHERE a.superseded_at IS NULL AND r.name = 'Bay Trail Bikes' AND a.retailer_id = o.chosen_retailer_id
                AND a.reason LIKE 'You chose Bay Trail Bikes%')::int AS chosen_won,
            (SELECT count(*) FROM awards a JOIN retailers r ON r.id = a.retailer_id WHERE r.name = 'Mission Wheels')::int AS capped_won,
            (SELECT count(*) FROM awards a JOIN orders o ON o.id = a.order_id JOIN retailers r ON r.id = a.retailer_id
              WHERE a.superseded_at IS NULL AND r.name = 'Bay Trail Bikes' AND o.chosen_retailer_id IS NULL
                AND a.reason LIKE '%could take more orders that day%')::int AS past_full`)
      ).rows;
      expect(twists).toEqual({ chosen_won: 1, capped_won: 1, past_full: 1 });
    } finally {
      await db.end();
    }

    const again = runCli(DEMO_CLI, [], process.cwd(), env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already holds the demo');
  });
});
