import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { Page, PageQuery } from '../common/pagination.dto';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { JobPayloads } from '../queue/jobs';
import { Clock } from './clock';
import { RunView } from './resolution.dto';
import { ResolutionRun, RunState, RunTrigger } from './resolution-run.entity';
import { runJob } from './run-jobs';
import { runView } from './run-view';

export interface StartRun {
  trigger: RunTrigger;
  dryRun: boolean;
  manufacturerId?: string | null;
  startedByUserId?: string | null;
}

/** Starting and following resolution runs (ops API, CLI, schedule). The work itself is in ResolutionRunner. */
@Injectable()
export class ResolutionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ResolutionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Without Redis a run's jobs live in this process's memory only: a run the last process left unfinished
   * (stopped or killed mid-run) is taken up again at start. Its committed batches stay done, and a run
   * another instance is still working on is safe to take up too (parts are locked batch by batch).
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.inProcessJobs) return;
    const unfinished = await this.dataSource.manager.find(ResolutionRun, {
      where: { state: In([RunState.Queued, RunState.Running]) },
      select: { id: true },
    });
    for (const run of unfinished) await this.enqueue(run.id);
  }

  async start(input: StartRun): Promise<RunView> {
    const run = await this.dataSource.transaction(async (manager) => {
      if (input.manufacturerId) access.found(await manager.findOneBy(Manufacturer, { id: input.manufacturerId }), 'Manufacturer');
      return manager.save(
        manager.create(ResolutionRun, {
          trigger: input.trigger,
          dryRun: input.dryRun,
          manufacturerId: input.manufacturerId ?? null,
          startedByUserId: input.startedByUserId ?? null,
          cutoff: this.clock.now(),
        }),
      );
    });
    // Not awaited: while Redis is away its client holds the job until it reconnects, and the caller gets its
    // answer now. The run row is the record; RunWatchdog hands the job over again should Redis lose it.
    this.enqueue(run.id).catch((error: Error) => this.logger.warn({ err: error, runId: run.id }, 'A run could not be queued yet'));
    return this.get(run.id);
  }

  startByOps(principal: Principal, dryRun: boolean, manufacturerId?: string): Promise<RunView> {
    return this.start({ trigger: RunTrigger.Ops, dryRun, manufacturerId, startedByUserId: principal.userId });
  }

  /** The scheduled run of a slot: created once whichever instance gets here first (the slot key is unique). */
  @HandlesJob('resolution.schedule')
  async startScheduled({ slotKey, cutoff }: JobPayloads['resolution.schedule']): Promise<void> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `WITH created AS (
         INSERT INTO resolution_runs (trigger, dry_run, slot_key, cutoff) VALUES ('schedule', false, $1, $2)
         ON CONFLICT (slot_key) DO NOTHING RETURNING id
       )
       SELECT id FROM created UNION ALL SELECT id FROM resolution_runs WHERE slot_key = $1`,
      [slotKey, cutoff],
    );
    // Another instance created it a moment ago and our snapshot predates it: the retry will see it.
    if (!row) throw new Error(`The run of slot ${slotKey} is being created elsewhere; retrying`);
    // Enqueued again if a previous attempt stopped after creating the run: the job id keeps it single.
    await this.enqueue(row.id);
  }

  async get(id: string): Promise<RunView> {
    const run = access.found(await this.dataSource.manager.findOneBy(ResolutionRun, { id }), 'Resolution run');
    return runView(run, this.clock.now());
  }

  async list(query: PageQuery): Promise<Page<RunView>> {
    const [runs, total] = await this.dataSource.manager.findAndCount(ResolutionRun, {
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: runs.map((run) => runView(run, this.clock.now())), total, limit: query.limit, offset: query.offset };
  }

  private enqueue(runId: string): Promise<void> {
    const { data, options } = runJob(runId);
    return this.jobs.add('resolution.run', data, options);
  }
}
