import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobPayloads } from '../queue/jobs';
import { allocateCapacity, fromUuidArray, toUuidArray } from '../resolution/award-rule';
import { resolvesAtFor } from '../orders/resolves-at';
import { nextRunAfter } from '../resolution/run-schedule';
import { MAX_REPLAY_ORDERS, REPLAY_EXAMPLES } from './replay.dto';
import { Replay, ReplayPolicy, ReplayResult } from './replay.entity';
import { ReplayState } from './replay-state';
import { ReplayReader } from './replay-reader';
import { PERIOD_SIZE, REPLAY_FIGURES, REPLAY_PAIRS } from './replay.sql';

const HOUR_MS = 3_600_000;

interface PeriodSize {
  orders: number;
  first_posted: Date | null;
  last_posted: Date | null;
}

interface PairsRow {
  order_ids: string;
  bid_ids: string;
  capacity_keys: string;
  caps: string;
}

/**
 * Works a replay: reads the period's candidate pairs under the policy, lets the award rule (allocateCapacity, the
 * resolver's own) take them, and compares its winners with the period's awards. Reads go through ReplayReader
 * (read-only, the replica when configured); the only writes are to the replay's own row. Run twice, it computes
 * the same figures again.
 */
@Injectable()
export class ReplayRunner {
  private readonly logger = new Logger(ReplayRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ReplayReader,
    private readonly config: AppConfig,
  ) {}

  @HandlesJob('replay.run')
  async run({ replayId }: JobPayloads['replay.run']): Promise<void> {
    const replay = await this.dataSource.manager.findOneBy(Replay, { id: replayId });
    if (!replay || replay.state === ReplayState.Completed || replay.state === ReplayState.Failed) return;
    await this.update(replayId, { state: ReplayState.Running, startedAt: new Date(), progressPercent: 5 });
    try {
      const result = await this.replay(replay);
      await this.update(replayId, { state: ReplayState.Completed, result, progressPercent: 100, finishedAt: new Date() });
    } catch (error) {
      // A refusal says what to do; anything else is logged in full and summed up for the page.
      const message =
        error instanceof DomainError ? error.message : 'The replay stopped on an error; start it again, and tell the platform team if it fails again';
      if (!(error instanceof DomainError)) this.logger.error({ err: error, replayId }, 'A replay failed');
      await this.update(replayId, { state: ReplayState.Failed, error: message, finishedAt: new Date() });
    }
  }

  private async replay(replay: Replay): Promise<ReplayResult> {
    const period = [replay.periodFrom, replay.periodTo, replay.manufacturerId];
    const policy = replay.policy;
    // Two reads of the past: each in its own read-only snapshot, so the replay's progress is written between them.
    const pairs = await this.reader.read(async (query) => {
      const [size] = await query<PeriodSize>(PERIOD_SIZE, period);
      if (size.orders > MAX_REPLAY_ORDERS) {
        throw new DomainError(
          ErrorCode.BadRequest,
          `This period holds ${size.orders} orders; a replay takes at most ${MAX_REPLAY_ORDERS}: choose a shorter period`,
        );
      }
      const closes =
        policy.minBoardHours && size.first_posted && size.last_posted
          ? this.closingRuns(size.first_posted, size.last_posted, policy.minBoardHours)
          : [];
      const [rows] = await query<PairsRow>(REPLAY_PAIRS, [...period, ...this.pairParameters(policy), closes]);
      return rows;
    });
    await this.update(replay.id, { progressPercent: 50 });
    const capacityKeys = fromUuidArray(pairs.capacity_keys);
    const caps = fromUuidArray(pairs.caps);
    const remaining = new Map<string, number>();
    capacityKeys.forEach((key, i) => {
      if (!remaining.has(key)) remaining.set(key, caps[i] === 'NULL' ? Infinity : Number(caps[i]));
    });
    const won = allocateCapacity(
      { orderIds: fromUuidArray(pairs.order_ids), bidIds: fromUuidArray(pairs.bid_ids), locationIds: capacityKeys },
      remaining,
    );
    await this.update(replay.id, { progressPercent: 70 });
    const [figures] = await this.reader.read((query) =>
      query<ReplayResult>(REPLAY_FIGURES, [...period, toUuidArray(won.orderIds), toUuidArray(won.bidIds), REPLAY_EXAMPLES]),
    );
    return figures;
  }

  /** REPLAY_PAIRS' policy parameters, $4 to $8. */
  private pairParameters(policy: ReplayPolicy): unknown[] {
    return [policy.radiusKm, policy.radiusFactor, policy.chosenDealer, policy.dailyCapacity, policy.minBoardHours];
  }

  /**
   * The scheduled runs that close the windows of orders posted from `first` to `last` under a minimum board time
   * of `hours`: from the first order's resolvesAt under that time (resolvesAtFor) on, the same schedule's runs.
   */
  private closingRuns(first: Date, last: Date, hours: number): Date[] {
    const { RESOLVE_CRON: cron, RESOLVE_TZ: zone } = this.config;
    const runs = [resolvesAtFor(first, hours, cron, zone)];
    while (runs[runs.length - 1].getTime() < last.getTime() + hours * HOUR_MS) runs.push(nextRunAfter(runs[runs.length - 1], cron, zone));
    return runs;
  }

  private async update(id: string, fields: Partial<Replay>): Promise<void> {
    await this.dataSource.manager.update(Replay, { id }, fields);
  }
}
