import { WorkerHost } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobQueue } from '../src/queue/job-queue';
import { QUEUES } from '../src/queue/jobs';
import { QUEUE_WORKERS } from '../src/queue/queue-workers';
import { ResolutionRunner } from '../src/resolution/resolution-runner.service';
import { runJob } from '../src/resolution/run-jobs';
import { MAX_RECOVERIES, RunWatchdog } from '../src/resolution/run-watchdog.service';
import { eventually } from './support/eventually';
import { Account, bearer, createOps } from './support/factories';
import { OwnRedis } from './support/own-redis';
import { expectedCounts, oracle, seedScenario, waitForRun } from './support/resolution';
import { startTestApp, TestApp } from './support/test-app';

describe('resolution runs across a Redis that restarts empty', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let ops: Account;
  let db: DataSource;

  // The resolution queue's worker, held still so a run's job waits in Redis when Redis goes.
  const resolutionWorker = () => t.app.get<WorkerHost>(QUEUE_WORKERS[0], { strict: false }).worker;

  const startRun = () => t.http.post('/api/v1/ops/resolutions').set(bearer(ops.token)).send({ dryRun: false }).expect(202);
  const lostCount = async (outcome: string) => {
    const { text } = await t.http.get('/metrics').set(bearer(ops.token)).expect(200);
    return Number(text.match(new RegExp(`^nearfill_resolution_runs_lost_total\\{outcome="${outcome}"\\} (\\S+)$`, 'm'))?.[1]);
  };
  const queued = (runId: string) => async () => {
    const { jobId } = runJob(runId).options;
    const states = await t.app.get(JobQueue).states('resolution.run', [jobId!]);
    return states?.get(jobId!) === 'waiting';
  };
  const restartRedisEmpty = async () => {
    await redis.stop();
    await redis.resume();
  };

  beforeAll(async () => {
    redis = await OwnRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url, RUN_WATCHDOG_INTERVAL_MS: '200', RESOLVE_PART_SIZE: '10' });
    ops = await createOps(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await redis?.resume();
    await t?.close();
    await redis?.stop();
  });

  it('starts a run at once while Redis is down, and finishes it once Redis is back', async () => {
    const scenario = await seedScenario(db, { seed: 21, orders: 60, retailers: 20, openShare: 0 });
    await redis.stop();
    const before = Date.now();
    const { body: run } = await startRun();
    expect(Date.now() - before).toBeLessThan(2000);
    expect(run.state).toBe('queued');

    await redis.resume();
    const done = await waitForRun(t, ops.token, run.id, 30_000);
    expect(done.state).toBe('completed');
    expect(done.counts).toEqual(expect.objectContaining({ considered: expectedCounts(oracle(scenario)).considered }));
  });

  it('resumes a run whose job was lost with Redis, and counts it in /metrics', async () => {
    const scenario = await seedScenario(db, { seed: 22, orders: 40, retailers: 15, openShare: 0 });
    const resumedBefore = await lostCount('resumed');
    await resolutionWorker().pause();
    const { body: run } = await startRun();
    await eventually(queued(run.id), 'the run job in Redis');

    await restartRedisEmpty();
    await resolutionWorker().resume();

    const done = await waitForRun(t, ops.token, run.id, 30_000);
    expect(done.state).toBe('completed');
    expect(done.recoveries).toBe(1);
    expect(done.counts.considered).toBe(expectedCounts(oracle(scenario)).considered);
    expect(await lostCount('resumed')).toBe(resumedBefore + 1);
  });

  describe("with a worker that is not this deployment's on its queue prefix", () => {
    // Another deployment's worker (its database has none of these rows): it takes each job and completes it doing nothing.
    // Our watchdog is held meanwhile: one check while the foreign worker still runs (a slow machine stretches that phase
    // past the 200 ms interval) would hand the recovered jobs to it again, a second loss the test does not stage.
    const takeEveryJob = async () => {
      const watchdog = t.app.get<RunWatchdog, { tick(): void; checking: Promise<void> | null }>(RunWatchdog);
      const tick = jest.spyOn(watchdog, 'tick').mockImplementation(() => undefined);
      await watchdog.checking;
      const foreign = new Worker(QUEUES.resolution, async () => undefined, {
        prefix: t.config.QUEUE_PREFIX,
        connection: { url: redis.url, maxRetriesPerRequest: null },
      });
      const queue = new Queue(QUEUES.resolution, { prefix: t.config.QUEUE_PREFIX, connection: { url: redis.url } });
      try {
        await eventually(
          async () => Object.values(await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized')).every((n) => n === 0),
          'the foreign worker to take every job',
        );
      } finally {
        await foreign.close();
        await queue.close();
        tick.mockRestore();
      }
    };

    it.each([
      ['plans again a run whose planning job completed elsewhere while the run is still queued', false, 25],
      ['recovers parts whose jobs completed elsewhere while the parts are still queued', true, 24],
    ])('%s', async (_, plannedHere, seed) => {
      const scenario = await seedScenario(db, { seed, orders: 40, retailers: 15, openShare: 0 });
      await resolutionWorker().pause();
      const { body: run } = await startRun();
      await eventually(queued(run.id), 'the run job in Redis');
      // Planned here (its parts' jobs go to Redis), or not at all, before the foreign worker takes every job.
      if (plannedHere) await t.app.get(ResolutionRunner).run({ runId: run.id });
      await takeEveryJob();
      const [{ state, parts }] = await db.query(
        `SELECT r.state, (SELECT count(*)::int FROM resolution_parts p WHERE p.run_id = r.id AND p.state = 'queued') AS parts FROM resolution_runs r WHERE r.id = $1`,
        [run.id],
      );
      expect({ state, manyParts: parts > 1 }).toEqual(plannedHere ? { state: 'running', manyParts: true } : { state: 'queued', manyParts: false });
      await resolutionWorker().resume();

      const done = await waitForRun(t, ops.token, run.id, 30_000);
      expect(done.state).toBe('completed');
      expect(done.recoveries).toBe(1);
      expect(done.counts.considered).toBe(expectedCounts(oracle(scenario)).considered);
    });
  });

  it('fails a run that keeps losing its jobs, saying why, and leaves its orders on the board', async () => {
    await seedScenario(db, { seed: 23, orders: 10, retailers: 5, openShare: 0 });
    const failedBefore = await lostCount('failed');
    await resolutionWorker().pause();
    try {
      const { body: run } = await startRun();
      await eventually(queued(run.id), 'the run job in Redis');
      await db.query(`UPDATE resolution_runs SET recoveries = $2 WHERE id = $1`, [run.id, MAX_RECOVERIES]);

      await restartRedisEmpty();
      const failed = await waitForRun(t, ops.token, run.id, 30_000);
      expect(failed.state).toBe('failed');
      expect(failed.error).toMatch(/jobs were lost .* start a new run/);
      expect(await lostCount('failed')).toBe(failedBefore + 1);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM orders WHERE status = 'posted' AND resolves_at <= now()`);
      expect(n).toBe(10);
    } finally {
      await resolutionWorker().resume();
    }
  });
});
