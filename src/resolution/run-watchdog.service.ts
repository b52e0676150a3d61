import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { JobState } from 'bullmq';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { JobQueue } from '../queue/job-queue';
import { partJob, runJob } from './run-jobs';

// A run whose jobs are lost this many times is failed instead: its Redis keeps losing them.
export const MAX_RECOVERIES = 3;
// A run job in one of these states is still handing its parts over: their jobs may not exist yet.
const HANDING_OVER: (JobState | 'unknown')[] = ['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'];

interface UnfinishedRun {
  id: string;
  state: 'queued' | 'running';
  part_ids: string[];
}

type Outcome = 'resumed' | 'failed';

/**
 * With Redis, a run's jobs live in Redis only: a Redis restarted without its data loses them, and the run
 * would stay queued or running for ever. So would a part whose job completed while the part is still
 * queued here: a worker that is not ours (another deployment's on the same QUEUE_PREFIX, which
 * QueuePrefixClaim now refuses) took it and found no such part. Every RUN_WATCHDOG_INTERVAL_MS this looks
 * up the jobs each unfinished run still needs; a run missing one, or with such a stranded part, gets them
 * again (every step is idempotent, the job ids keep it single), up to MAX_RECOVERIES times, after which the
 * run fails and says why. While Redis is not connected nothing is decided. Without Redis,
 * ResolutionService takes unfinished runs up at start instead.
 */
@Injectable()
export class RunWatchdog implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RunWatchdog.name);
  private readonly lost: Counter<'outcome'>;
  private checking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly schedulers: SchedulerRegistry,
    metrics: MetricsService,
  ) {
    this.lost = new Counter({
      name: 'nearfill_resolution_runs_lost_total',
      help: 'Unfinished resolution runs found without their jobs in Redis, by what was done: resumed or failed',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
    for (const outcome of ['resumed', 'failed'] satisfies Outcome[]) this.lost.inc({ outcome }, 0);
  }

  onApplicationBootstrap(): void {
    if (this.config.inProcessJobs) return;
    this.schedulers.addInterval(
      'run-watchdog',
      setInterval(() => this.tick(), this.config.RUN_WATCHDOG_INTERVAL_MS),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.checking;
  }

  /** One check at a time: a slow one delays the next instead of overlapping it. */
  private tick(): void {
    if (this.stopped) return;
    this.checking ??= this.check()
      .catch((error: Error) => this.logger.warn({ err: error }, 'Could not check unfinished runs for lost jobs'))
      .finally(() => (this.checking = null));
  }

  private async check(): Promise<void> {
    // A run younger than one interval may still be on its way to Redis (its start does not wait for it).
    const runs: UnfinishedRun[] = await this.dataSource.query(
      `SELECT r.id, r.state, coalesce(array_agg(p.id) FILTER (WHERE p.id IS NOT NULL), '{}') AS part_ids
         FROM resolution_runs r
         LEFT JOIN resolution_parts p ON p.run_id = r.id AND p.state = 'queued'
        WHERE r.state IN ('queued', 'running') AND r.created_at < now() - make_interval(secs => $1)
        GROUP BY r.id`,
      [this.config.RUN_WATCHDOG_INTERVAL_MS / 1000],
    );
    for (const run of runs) {
      if (this.stopped) return;
      await this.checkRun(run);
    }
  }

  private async checkRun(run: UnfinishedRun): Promise<void> {
    const planner = runJob(run.id);
    const parts = run.part_ids.map(partJob);
    const states = await this.jobs.states('resolution.run', [planner.options.jobId!]);
    const partStates = await this.jobs.states(
      'resolution.part',
      parts.map((p) => p.options.jobId!),
    );
    if (!states || !partStates) return;
    const plannerState = states.get(planner.options.jobId!)!;
    if (run.state === 'queued' && plannerState === 'failed') {
      return this.fail(run.id, 'Planning the run failed on every attempt (see the logs); start a new run');
    }
    // A job is gone once it completed and was removed: its part (or run) committed first, so only one still queued
    // when read again after the job was seen missing was lost (read before, it may have finished in between).
    const inState = (state: string) => run.part_ids.filter((_, i) => partStates.get(parts[i].options.jobId!) === state);
    const missingParts = (await this.stillQueued(inState('unknown'))).map(partJob);
    const strandedParts = (await this.stillQueued(inState('completed'))).map(partJob);
    // A planner that completed commits its plan first: a run still queued after it was seen completed was never planned.
    const plannerGone = run.state === 'queued' && (plannerState === 'unknown' || plannerState === 'completed') && (await this.stillQueuedRun(run.id));
    const plannerStranded = plannerGone && plannerState === 'completed';
    const lost = run.state === 'queued' ? plannerGone : missingParts.length + strandedParts.length > 0 && !HANDING_OVER.includes(plannerState);
    if (!lost) return;

    // Only one instance counts and resumes a given loss: the others find recovered_at just set.
    const [[resumed]]: [{ recoveries: number }[]] = await this.dataSource.query(
      `UPDATE resolution_runs SET recoveries = recoveries + 1, recovered_at = now()
        WHERE id = $1 AND state IN ('queued', 'running') AND recoveries < $2
          AND (recovered_at IS NULL OR recovered_at < now() - make_interval(secs => $3))
        RETURNING recoveries`,
      [run.id, MAX_RECOVERIES, this.config.RUN_WATCHDOG_INTERVAL_MS / 1000],
    );
    if (resumed) {
      this.logger.warn({ runId: run.id, recoveries: resumed.recoveries }, 'A resolution run had lost its jobs; queued again');
      if (plannerStranded) await this.jobs.addAgain('resolution.run', [planner]);
      else await this.jobs.add('resolution.run', planner.data, planner.options);
      if (missingParts.length) await this.jobs.addMany('resolution.part', missingParts);
      if (strandedParts.length) await this.jobs.addAgain('resolution.part', strandedParts);
      this.lost.inc({ outcome: 'resumed' });
      return;
    }
    const [{ recoveries }]: { recoveries: number }[] = await this.dataSource.query(`SELECT recoveries FROM resolution_runs WHERE id = $1`, [run.id]);
    if (recoveries >= MAX_RECOVERIES) {
      await this.fail(
        run.id,
        `Its jobs were lost ${recoveries + 1} times (Redis restarted without them, or workers of another deployment on the same QUEUE_PREFIX took them); start a new run`,
      );
    }
  }

  /** Whether the run is still queued, read after its planner's job was seen completed or gone. */
  private async stillQueuedRun(runId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM resolution_runs WHERE id = $1 AND state = 'queued'`, [runId]);
    return rows.length > 0;
  }

  /**
   * Of these parts, those still queued, read after their jobs were seen completed or gone: a part that finished
   * normally committed before its job completed, so only a part whose job did nothing (or was lost) is left.
   */
  private async stillQueued(partIds: string[]): Promise<string[]> {
    if (!partIds.length) return [];
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM resolution_parts WHERE id = ANY($1::uuid[]) AND state = 'queued'`, [
      partIds,
    ]);
    return rows.map((row) => row.id);
  }

  /** Fails the run and its unfinished parts; the orders it did not reach stay posted for the next run. */
  private async fail(runId: string, error: string): Promise<void> {
    const failed = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[]] = await manager.query(
        `UPDATE resolution_runs SET state = 'failed', error = $2, finished_at = now()
          WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
        [runId, error],
      );
      await manager.query(`UPDATE resolution_parts SET state = 'failed' WHERE run_id = $1 AND state = 'queued'`, [runId]);
      return rows.length > 0;
    });
    if (!failed) return;
    this.logger.error({ runId }, `A resolution run failed: ${error}`);
    this.lost.inc({ outcome: 'failed' });
  }
}
