import { Injectable, Logger } from '@nestjs/common';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { Page, PageQuery } from '../common/pagination.dto';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { JobQueue } from '../queue/job-queue';
import { Clock } from '../resolution/clock';
import { MAX_REPLAY_DAYS, ReplayView, StartReplayDto } from './replay.dto';
import { Replay, ReplayPolicy } from './replay.entity';

const DAY_MS = 86_400_000;

/** The job that works one replay; its id keeps it single. One attempt: a replay that fails says why and is started again by hand. */
export const replayJob = (replayId: string) => ({ data: { replayId }, options: { jobId: `replay-${replayId}`, attempts: 1 } });

/**
 * Starting and reading replays ("what if" over a past period). Ops replay any manufacturer's orders or all of
 * them; a manufacturer only its own store's. The work itself is ReplayRunner's, in the replays queue.
 */
@Injectable()
export class ReplayService {
  private readonly logger = new Logger(ReplayService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a replay and queues it. Throws 400 for a period that is not one (from after to, in the future, or
   * longer than MAX_REPLAY_DAYS) or a radius given both ways, 403 for a manufacturer naming another
   * manufacturer, 404 for an unknown manufacturer.
   */
  async start(principal: Principal, input: StartReplayDto): Promise<ReplayView> {
    const manufacturerId = this.scopeOf(principal) ?? input.manufacturerId ?? null;
    if (principal.role === Role.Manufacturer && input.manufacturerId && input.manufacturerId !== manufacturerId) {
      throw new DomainError(ErrorCode.Forbidden, "You can replay only your own store's orders: leave the manufacturer out", 'manufacturerId');
    }
    const from = new Date(input.from);
    const to = new Date(input.to);
    if (to.getTime() <= from.getTime()) throw new DomainError(ErrorCode.BadRequest, 'Until must be later than From', 'to');
    if (to.getTime() > this.clock.now().getTime() + DAY_MS)
      throw new DomainError(ErrorCode.BadRequest, 'Until must not be after tomorrow: a replay reads past runs', 'to');
    if (to.getTime() - from.getTime() > MAX_REPLAY_DAYS * DAY_MS) {
      throw new DomainError(ErrorCode.BadRequest, `Choose a period of at most ${MAX_REPLAY_DAYS} days, or start one replay per month`, 'to');
    }
    if (input.radiusKm !== undefined && input.radiusFactor !== undefined) {
      throw new DomainError(ErrorCode.BadRequest, 'Give either a radius in km or a radius factor, not both', 'radiusFactor');
    }
    const policy: ReplayPolicy = {
      radiusKm: input.radiusKm ?? null,
      radiusFactor: input.radiusFactor ?? null,
      minBoardHours: input.minBoardHours ?? null,
      dailyCapacity: input.dailyCapacity ?? null,
      chosenDealer: input.chosenDealer ?? true,
    };
    const replay = await this.dataSource.transaction(async (manager) => {
      if (manufacturerId) access.found(await manager.findOneBy(Manufacturer, { id: manufacturerId }), 'Manufacturer');
      return manager.save(
        manager.create(Replay, { manufacturerId, requestedByUserId: principal.userId ?? null, periodFrom: from, periodTo: to, policy }),
      );
    });
    // Not awaited, as with runs: while Redis is away its client holds the job until it reconnects.
    const { data, options } = replayJob(replay.id);
    this.jobs
      .add('replay.run', data, options)
      .catch((error: Error) => this.logger.warn({ err: error, replayId: replay.id }, 'A replay could not be queued yet'));
    return replayView(replay);
  }

  /** One replay the caller may read (404 otherwise). */
  async get(principal: Principal, id: string): Promise<ReplayView> {
    const scope = this.scopeOf(principal);
    const where: FindOptionsWhere<Replay> = scope ? { id, manufacturerId: scope } : { id };
    return replayView(access.found(await this.dataSource.manager.findOneBy(Replay, where), 'Replay'));
  }

  /** The caller's replays, newest first: a manufacturer's own; ops every one. */
  async list(principal: Principal, query: PageQuery): Promise<Page<ReplayView>> {
    const scope = this.scopeOf(principal);
    const [items, total] = await this.dataSource.manager.findAndCount(Replay, {
      where: scope ? { manufacturerId: scope } : {},
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: items.map(replayView), total, limit: query.limit, offset: query.offset };
  }

  /** The manufacturer whose replays the caller works with, or null for ops (any); others are refused. */
  private scopeOf(principal: Principal): string | null {
    if (principal.role === Role.Ops) return null;
    return access.manufacturerOf(principal);
  }
}

/** A replay as the API answers it. */
export const replayView = (replay: Replay): ReplayView => ({
  id: replay.id,
  manufacturerId: replay.manufacturerId,
  state: replay.state,
  progressPercent: replay.progressPercent,
  periodFrom: replay.periodFrom,
  periodTo: replay.periodTo,
  policy: replay.policy,
  result: replay.result,
  error: replay.error,
  createdAt: replay.createdAt,
  startedAt: replay.startedAt,
  finishedAt: replay.finishedAt,
});
