// Replay benchmark: `npm run bench:replay` (builds first). Not part of `npm test`.
//
// A replay of one day of BENCH_ORDERS (default 100,000) orders against the live run that decided them, on the
// same data: the resolver bench's generated day (50 manufacturers, three bids an order, a daily capacity on 20% of
// the locations, a chosen dealer on 10% of the orders). Per round (BENCH_ROUNDS, default 1), on a fresh copy of the
// generated data, it times the live run through the app (jobs in-process), then a replay of that run's period with
// today's policy through the app (the queued job, its reads and its record), and prints both, their ratio (target
// ≤ 2), the CPU seconds each spent (this process and the server's backends, from /proc) and the load average. The
// replay must reproduce the run: 0 changed awards. BENCH_REUSE_DATA=1 keeps the generated data of a previous
// invocation; BENCH_DATABASE_URL and BENCH_DB_SUFFIX as in bench/resolver.
process.env.BENCH_ORDERS ??= '100000';
require('reflect-metadata');
const { loadavg } = require('node:os');
const { NestFactory } = require('@nestjs/core');
const { SchedulerRegistry } = require('@nestjs/schedule');
const { DataSource } = require('typeorm');
const { copyDatabase, createScratchDatabase, scratchUrl, timed } = require('../scratch-database');
const { typeormOptions } = require('../../dist/src/database/typeorm-options');
const { generate, settle, timeRun, cpuSeconds, backendsOf, DATABASE_ORDERS } = require('../resolver/resolver.bench');

const DATABASE = `nearfill_bench_replay${process.env.BENCH_DB_SUFFIX ?? ''}`;
const ROUND_DATABASE = `${DATABASE}_round`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const OPS = { kind: 'user', role: 'ops', isAdmin: true };

/** A replay of every run of the last day, today's policy, through the app on `name`: its time, view and CPU seconds. */
async function timeReplay(name, monitor) {
  process.env.DATABASE_URL = scratchUrl(name);
  const { AppModule } = require('../../dist/src/app.module');
  const { loadConfig } = require('../../dist/src/config/app-config');
  const { ReplayService } = require('../../dist/src/replay/replay.service');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig()), { logger: ['error'] });
  app.get(SchedulerRegistry).deleteInterval('outbox-relay');
  const [{ pid: monitorPid }] = await monitor.query('SELECT pg_backend_pid() AS pid');
  const before = cpuSeconds(await backendsOf(monitor, name, monitorPid));
  const seen = new Map(before);
  const look = async () => {
    for (const [pid, cpu] of cpuSeconds(await backendsOf(monitor, name, monitorPid))) if (cpu > 0) seen.set(pid, cpu);
  };
  const nodeBefore = process.cpuUsage();
  const replays = app.get(ReplayService);
  const now = Date.now();
  let replay;
  const seconds = await timed('replay (queued job, read-only reads, the rule, the figures, its record)', async () => {
    replay = await replays.start(OPS, { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 3_600_000).toISOString() });
    while (replay.state === 'queued' || replay.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      replay = await replays.get(OPS, replay.id);
      await look();
    }
  });
  const node = process.cpuUsage(nodeBefore);
  await look();
  const backends = [...seen].reduce((sum, [pid, cpu]) => sum + cpu - (before.get(pid) ?? 0), 0);
  await app.close();
  return { seconds, replay, cpu: { node: (node.user + node.system) / 1e6, backends } };
}

async function reusedData() {
  if (process.env.BENCH_REUSE_DATA !== '1') return false;
  const db = await new DataSource(typeormOptions(scratchUrl(DATABASE), false)).initialize().catch(() => null);
  if (!db) return false;
  const [{ orders }] = await db.query(`SELECT count(*)::int AS orders FROM orders WHERE status = 'posted'`);
  await db.destroy();
  return orders === DATABASE_ORDERS;
}

async function main() {
  process.env.LOG_LEVEL = 'error';
  delete process.env.REDIS_URL;
  delete process.env.REPLICA_DATABASE_URL;
  console.log(
    `replay bench: ${DATABASE_ORDERS} orders, ${ROUNDS} round(s); load average before ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  if (await reusedData()) console.log('  data: reused from a previous invocation (BENCH_REUSE_DATA=1)');
  else {
    const db = await createScratchDatabase(DATABASE);
    await timed('generate data', () => generate(db));
    await db.destroy();
  }
  const ratios = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}:`);
    await timed('copy the generated database', () => copyDatabase(DATABASE, ROUND_DATABASE));
    const monitor = await new DataSource(typeormOptions(scratchUrl(ROUND_DATABASE), false)).initialize();
    await settle(monitor);
    const live = await timeRun(ROUND_DATABASE, monitor);
    await monitor.query('VACUUM ANALYZE');
    await settle(monitor);
    const replayed = await timeReplay(ROUND_DATABASE, monitor);
    await monitor.destroy();
    const r = replayed.replay;
    console.log(
      `  live run: ${live.run.state}, ${live.run.counts.considered} decided, ${live.run.counts.awardedRetailer} to retailers; CPU backends ${live.cpu.backends.toFixed(1)} s, this process ${live.cpu.node.toFixed(1)} s`,
    );
    console.log(
      `  replay: ${r.state}, ${r.result?.orders} orders, ${r.result?.changed} changed, ${r.result?.replayed.toRetailers} to retailers; CPU backends ${replayed.cpu.backends.toFixed(1)} s, this process ${replayed.cpu.node.toFixed(1)} s`,
    );
    const ratio = replayed.seconds / live.seconds;
    console.log(
      `  live run ${live.seconds.toFixed(1)} s, replay ${replayed.seconds.toFixed(1)} s, ratio replay / live run ${ratio.toFixed(2)} (target ≤ 2); load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    ratios.push(ratio);
    if (r.state !== 'completed' || r.result.changed !== 0 || r.result.orders !== live.run.counts.considered || ratio > 2) process.exitCode = 1;
  }
  console.log(`ratios replay / live run (target ≤ 2 each): ${ratios.map((x) => x.toFixed(2)).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
