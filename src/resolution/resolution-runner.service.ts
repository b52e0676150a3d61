import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MarketplaceMetrics } from '../metrics/marketplace-metrics.service';
import { withdrawStaleAutomaticBids } from '../inventory/stale-feeds';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { JobPayloads, QUEUE_CONCURRENCY } from '../queue/jobs';
import { ResolutionPart } from './resolution-part.entity';
import { ResolutionRun, RunState, SAMPLE_SIZE, SampleAward } from './resolution-run.entity';
import { PART_ATTEMPTS, partJob } from './run-jobs';
import { AWARD_BATCH, COUNT_BATCH, COUNT_CAPPED, lockBatch, PLAN_PARTS, PREVIEW_BATCH } from './resolution.sql';
import { awardCapacity, BatchTotals } from './resolution-capacity';

// Parts one process works on at once, however they reach it (BullMQ's worker or in-process jobs).
const PARTS_AT_ONCE = QUEUE_CONCURRENCY.resolution;

/** What one batch's transaction did: whether its part has more to do, and the awards it wrote (none in a dry run). */
interface Batch {
  more: boolean;
  awarded?: BatchTotals;
}

const FINISHED = [RunState.Completed, RunState.Failed];

// For this transaction only: plans are executed as they are, not compiled to machine code first (JIT).
const NO_COMPILING = 'SET LOCAL jit = off';

// A completed run's capacity records are no longer read: its batches are done.
const FORGET_CAPS = `WITH caps AS (DELETE FROM resolution_caps WHERE run_id = $1)
  DELETE FROM resolution_planned_awards WHERE run_id = $1`;

/**
 * Runs resolution jobs: a run job plans the parts and enqueues one job per part; each part job awards its
 * orders batch by batch; the last part to finish completes the run. Every step may run twice.
 */
@Injectable()
export class ResolutionRunner {
  private readonly logger = new Logger(ResolutionRunner.name);
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly metrics: MarketplaceMetrics,
  ) {}

  @HandlesJob('resolution.run')
  async run({ runId }: JobPayloads['resolution.run']): Promise<void> {
    const { partIds, capped } = await this.dataSource.transaction((manager) => this.plan(manager, runId));
    if (capped) this.metrics.resolved(capped);
    await this.jobs.addMany('resolution.part', partIds.map(partJob));
  }

  @HandlesJob('resolution.part')
  async part({ partId }: JobPayloads['resolution.part']): Promise<void> {
    // A finishing part hands its slot straight to a waiting one.
    if (this.running < PARTS_AT_ONCE) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      // Each batch commits on its own (a crash loses at most the batch in flight); its awards count once committed.
      for (let more = true; more;) {
        const batch = await this.dataSource.transaction((manager) => this.nextBatch(manager, partId));
        if (batch.awarded) this.metrics.resolved(batch.awarded);
        more = batch.more;
      }
    } catch (error) {
      if (await this.recordFailure(partId, error as Error)) return;
      throw error;
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /**
   * Plans the run once (the run row lock makes a second planner wait, then see it): its capacity step, then its
   * parts. Returns the unfinished parts, and the capacity step's awards when this call made them.
   */
  private async plan(manager: EntityManager, runId: string): Promise<{ partIds: string[]; capped?: BatchTotals | null }> {
    const run = await manager.findOne(ResolutionRun, { where: { id: runId }, lock: { mode: 'pessimistic_write' } });
    if (!run || FINISHED.includes(run.state)) return { partIds: [] };
    let capped: BatchTotals | null = null;
    if (run.state === RunState.Queued) {
      // Stale feeds' automatic bids go before the orders are taken, so the run does not award them.
      if (!run.dryRun) await withdrawStaleAutomaticBids(manager, run.manufacturerId);
      // Before the parts: the orders it awards leave the board, so no part counts them.
      capped = await awardCapacity(manager, run);
      const parts: { id: string; planned: number }[] = await manager.query(PLAN_PARTS, [
        run.cutoff,
        run.manufacturerId,
        this.config.RESOLVE_PART_SIZE,
        run.id,
      ]);
      const done = parts.length === 0;
      await manager.update(ResolutionRun, run.id, {
        state: done ? RunState.Completed : RunState.Running,
        partsTotal: parts.length,
        planned: parts.reduce((sum, part) => sum + part.planned, capped?.decided ?? 0),
        startedAt: new Date(),
        ...(done ? { finishedAt: new Date() } : {}),
      });
      if (capped) await manager.query(COUNT_CAPPED, [run.id, capped.decided, capped.retailer, capped.total_km, capped.max_km]);
      if (done) await manager.query(FORGET_CAPS, [run.id]);
    }
    const open = await manager.find(ResolutionPart, { where: { runId, state: RunState.Queued }, select: { id: true } });
    return { partIds: open.map((part) => part.id), capped };
  }

  /** One batch in one transaction. */
  private async nextBatch(manager: EntityManager, partId: string): Promise<Batch> {
    // A batch's award statement is planned above the cost where PostgreSQL compiles it (the planner expects far
    // more bids per order than there are): a tenth of a second or more of compiling, a batch after batch, for a
    // statement that runs about as long (bench/resolver, 1,000,000 orders).
    await manager.query(NO_COMPILING);
    // The part row lock keeps a duplicate job (a stalled-job retry) from working on the same part at once.
    const part = await manager.findOne(ResolutionPart, { where: { id: partId }, lock: { mode: 'pessimistic_write' } });
    if (!part || part.state !== RunState.Queued) return { more: false };
    const run = await manager.findOneByOrFail(ResolutionRun, { id: part.runId });
    if (FINISHED.includes(run.state)) return { more: false };
    const range = [part.manufacturerId, run.cutoff, part.fromId, part.toId, part.cursor, this.config.RESOLVE_BATCH_SIZE];

    let totals: BatchTotals | null = null;
    let lastId: string | null;
    let sample: SampleAward[] | null = null;
    if (run.dryRun) {
      const [preview] = await manager.query<(BatchTotals & { last_id: string | null; sample: SampleAward[] })[]>(PREVIEW_BATCH, [
        ...range,
        SAMPLE_SIZE,
        run.id,
      ]);
      ({ last_id: lastId, sample } = preview);
      totals = preview;
    } else {
      const [locked]: { last_id: string | null; ids: string; ship_lats: string; ship_lngs: string; chosen: string }[] = await manager.query(
        lockBatch(!part.sweeping),
        range,
      );
      lastId = locked.last_id;
      if (lastId) {
        [totals] = await manager.query(AWARD_BATCH, [
          locked.ids,
          run.id,
          part.manufacturerId,
          locked.ship_lats,
          locked.ship_lngs,
          locked.chosen,
          run.cutoff,
        ]);
      }
    }

    if (!lastId || !totals) {
      // Only a first pass that left some of its planned orders needs a second (orders posted since are due next run).
      if (!part.sweeping && !run.dryRun && part.considered < part.planned) {
        await manager.update(ResolutionPart, part.id, { sweeping: true, cursor: null });
        return { more: true };
      }
      await this.finishPart(manager, part);
      return { more: false };
    }
    await manager.query(COUNT_BATCH, [
      part.id,
      lastId,
      totals.decided,
      totals.retailer,
      totals.total_km,
      totals.max_km,
      sample ? JSON.stringify(sample) : null,
    ]);
    return { more: true, awarded: run.dryRun ? undefined : totals };
  }

  private async finishPart(manager: EntityManager, part: ResolutionPart): Promise<void> {
    await manager.update(ResolutionPart, part.id, { state: RunState.Completed });
    const [completed]: [{ state: RunState }[], number] = await manager.query(
      `UPDATE resolution_runs
          SET parts_done = parts_done + 1,
              state = CASE WHEN parts_done + 1 >= parts_total THEN 'completed'::run_state ELSE state END,
              finished_at = CASE WHEN parts_done + 1 >= parts_total THEN now() ELSE finished_at END
        WHERE id = $1 AND state = 'running'
        RETURNING state`,
      [part.runId],
    );
    if (completed[0]?.state === RunState.Completed) await manager.query(FORGET_CAPS, [part.runId]);
  }

  /** Counts a failed attempt; after the last one the part and its run fail. True when no retry should follow. */
  private async recordFailure(partId: string, error: Error): Promise<boolean> {
    this.logger.error({ err: error, partId }, 'A resolution part failed');
    return this.dataSource.transaction(async (manager) => {
      const [[row]]: [{ failures: number; run_id: string }[]] = await manager.query(
        `UPDATE resolution_parts SET failures = failures + 1, error = $2 WHERE id = $1 RETURNING failures, run_id`,
        [partId, error.message],
      );
      if (!row || row.failures < PART_ATTEMPTS) return false;
      await manager.update(ResolutionPart, partId, { state: RunState.Failed });
      await manager.update(ResolutionRun, row.run_id, {
        state: RunState.Failed,
        error: `A part failed ${PART_ATTEMPTS} times: ${error.message}`,
        finishedAt: new Date(),
      });
      return true;
    });
  }
}
