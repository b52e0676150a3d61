import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { PAYMENT_PROVIDER, PaymentProvider } from '../payments/payment-provider';
import { PaymentProviderError } from '../payments/payment-provider-error';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/job-queue';
import { JobPayloads } from '../queue/jobs';
import { Fulfiller } from './fulfiller';

interface PendingPayout {
  id: string;
  job_round: number;
}

/**
 * The transfers of payouts: each pending payout is one job (`payouts.transfer`), retried with backoff through the
 * queue and counted in the payout row itself, so a crash, a lost job or a Redis restart never loses it and never
 * pays it twice: the provider call carries the payout's idempotency key, and a sweep re-adds the job of every
 * payout still pending. After PAYOUT_ATTEMPTS tries, or when the provider refuses the transfer outright, the payout
 * is failed and shown to ops, who retry it (same key) once the cause is fixed.
 */
@Injectable()
export class PayoutTransfers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PayoutTransfers.name);
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  onApplicationBootstrap(): void {
    // At start (an instance killed mid-transfer) and then every RUN_WATCHDOG_INTERVAL_MS.
    const sweep = () => void this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'Payout sweep failed; trying again later'));
    sweep();
    this.sweepTimer = setInterval(sweep, this.config.RUN_WATCHDOG_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweepTimer);
  }

  @HandlesJob('payouts.transfer')
  async transfer({ payoutId }: JobPayloads['payouts.transfer']): Promise<void> {
    // An UPDATE … RETURNING answers [rows, count].
    const [[payout]]: [
      {
        amount_minor: string;
        currency: string;
        idempotency_key: string;
        fulfiller_kind: string;
        fulfiller_id: string;
        account_id: string;
        period_start: Date | null;
        period_end: Date;
        attempts: number;
      }[],
    ] = await this.dataSource.query(
      `UPDATE payouts p SET attempts = attempts + 1, updated_at = now()
           FROM payout_accounts a
          WHERE p.id = $1 AND p.status = 'pending' AND a.fulfiller_kind = p.fulfiller_kind AND a.fulfiller_id = p.fulfiller_id
        RETURNING p.amount_minor, p.currency, p.idempotency_key, p.fulfiller_kind, p.fulfiller_id, a.provider_account_id AS account_id,
                  p.period_start, p.period_end, p.attempts`,
      [payoutId],
    );
    if (!payout) return; // paid, failed or retried under another job already
    try {
      const { transferId } = await this.provider.transfer({
        accountId: payout.account_id,
        currency: payout.currency,
        amountMinor: Number(payout.amount_minor),
        description: transferDescription(payout, await this.shippedByManufacturer(payoutId, payout.fulfiller_kind)),
        metadata: { payout_id: payoutId, fulfiller_kind: payout.fulfiller_kind, fulfiller_id: payout.fulfiller_id },
        idempotencyKey: payout.idempotency_key,
      });
      await this.dataSource.query(
        `UPDATE payouts SET status = 'paid', transfer_id = $2, paid_at = now(), last_error = NULL, updated_at = now() WHERE id = $1 AND status = 'pending'`,
        [payoutId, transferId],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = (error instanceof PaymentProviderError && error.kind !== 'unavailable') || payout.attempts >= this.config.PAYOUT_ATTEMPTS;
      await this.dataSource.query(
        `UPDATE payouts SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END, updated_at = now() WHERE id = $1 AND status = 'pending'`,
        [payoutId, message.slice(0, 500), final],
      );
      if (final) {
        this.logger.error({ payoutId, err: error }, `Payout ${payoutId} failed after ${payout.attempts} attempt(s); shown to ops to retry`);
        return;
      }
      throw error; // the queue tries again after its backoff
    }
  }

  /** Whether a manufacturer's payout pays orders it shipped itself (their net, or a return of one), besides its share. */
  private async shippedByManufacturer(payoutId: string, kind: string): Promise<boolean> {
    if (kind !== 'manufacturer') return false;
    const [row]: { own: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM payout_lines pl
           LEFT JOIN shipments s ON pl.source_kind = 'order' AND s.id = pl.source_id
           LEFT JOIN returns r ON pl.source_kind = 'return' AND r.id = pl.source_id
          WHERE pl.payout_id = $1 AND (s.id IS NOT NULL AND s.retailer_id IS NULL OR r.id IS NOT NULL AND r.retailer_id IS NULL)) AS own`,
      [payoutId],
    );
    return row.own;
  }

  /** Ops: a failed payout is tried again from its first attempt, with the same idempotency key (never paid twice). */
  async retry(payoutId: string): Promise<void> {
    const [rows]: [PendingPayout[]] = await this.dataSource.query(
      `UPDATE payouts SET status = 'pending', attempts = 0, job_round = job_round + 1, last_error = NULL, updated_at = now()
        WHERE id = $1 AND status = 'failed' RETURNING id, job_round`,
      [payoutId],
    );
    if (!rows[0]) {
      const [found]: { status: string }[] = await this.dataSource.query(`SELECT status FROM payouts WHERE id = $1`, [payoutId]);
      if (!found) throw DomainError.notFound('Payout');
      throw new DomainError(ErrorCode.Conflict, `Only a failed payout can be retried; this one is ${found.status}`);
    }
    await this.enqueue(rows);
  }

  enqueueRun(runId: string): Promise<void> {
    return this.enqueuePending(`run_id = $1`, [runId]);
  }

  enqueueFulfiller(fulfiller: Fulfiller): Promise<void> {
    return this.enqueuePending(`fulfiller_kind = $1 AND fulfiller_id = $2`, [fulfiller.kind, fulfiller.id]);
  }

  /** Queues the run of `slotKey` (its job id names the slot); not awaited: with Redis down, the sweep queues it later. */
  enqueueRunJob(slotKey: string, cutoff: Date, trigger: 'schedule' | 'ops'): void {
    this.jobs
      .add('payouts.run', { slotKey, cutoff: cutoff.toISOString(), trigger }, { jobId: runJobId(slotKey) })
      .catch((error: unknown) => this.logger.warn({ err: error, slotKey }, 'Payout run not queued yet; the sweep will'));
  }

  /**
   * Re-adds the job of every unfinished payout run the queue does not have, and of every pending payout. The job id names the payout and its round, so a job the queue still
   * has is not added twice; one the queue finished without settling the payout (or lost) gets a new round.
   */
  async sweep(): Promise<void> {
    await this.sweepRuns();
    const pending: PendingPayout[] = await this.dataSource.query(`SELECT id, job_round FROM payouts WHERE status = 'pending'`);
    if (!pending.length) return;
    if (!this.config.inProcessJobs) {
      const states = await this.jobs.states('payouts.transfer', pending.map(jobIdOf));
      if (!states) return; // Redis is not connected now: the next sweep
      const finished = pending.filter((p) => ['completed', 'failed'].includes(String(states.get(jobIdOf(p)))));
      if (finished.length) {
        await this.dataSource.query(`UPDATE payouts SET job_round = job_round + 1 WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [
          finished.map((p) => p.id),
        ]);
        for (const p of finished) p.job_round++;
      }
    }
    await this.enqueue(pending);
  }

  private async sweepRuns(): Promise<void> {
    const unfinished: { slot_key: string; cutoff: Date; trigger: 'schedule' | 'ops' }[] = await this.dataSource.query(
      `SELECT slot_key, cutoff, trigger FROM payout_runs WHERE finished_at IS NULL`,
    );
    if (!unfinished.length) return;
    const states = this.config.inProcessJobs
      ? null
      : await this.jobs.states(
          'payouts.run',
          unfinished.map((r) => runJobId(r.slot_key)),
        );
    if (!this.config.inProcessJobs && !states) return;
    // A run the queue still has (waiting, retrying, or failed for ops to see) is left to it.
    for (const run of unfinished.filter((r) => !states || states.get(runJobId(r.slot_key)) === 'unknown')) {
      await this.jobs.add(
        'payouts.run',
        { slotKey: run.slot_key, cutoff: run.cutoff.toISOString(), trigger: run.trigger },
        { jobId: runJobId(run.slot_key) },
      );
    }
  }

  private async enqueuePending(where: string, params: unknown[]): Promise<void> {
    const pending: PendingPayout[] = await this.dataSource.query(`SELECT id, job_round FROM payouts WHERE status = 'pending' AND ${where}`, params);
    // Redis down: the payouts stay pending and the sweep adds their jobs once it is back.
    await this.enqueue(pending).catch((error: unknown) => this.logger.warn({ err: error }, 'Payout transfers not queued yet; the sweep will'));
  }

  private enqueue(payouts: PendingPayout[]): Promise<void> {
    return this.jobs.addMany(
      'payouts.transfer',
      payouts.map((p) => ({
        data: { payoutId: p.id },
        options: { jobId: jobIdOf(p), attempts: this.config.PAYOUT_ATTEMPTS, backoffMs: this.config.PAYOUT_RETRY_MS },
      })),
    );
  }
}

/**
 * What the transfer pays, as the payee reads it in its provider's dashboard: a retailer the orders it fulfilled; a
 * manufacturer its share of its store's sales, and the orders it shipped itself when the payout has any; then the period.
 */
export function transferDescription(payout: { fulfiller_kind: string; period_start: Date | null; period_end: Date }, shippedItself: boolean): string {
  const what =
    payout.fulfiller_kind === 'retailer'
      ? 'Payout for orders you fulfilled'
      : `Payout of your store's sales share${shippedItself ? ' and the orders you shipped yourself' : ''}`;
  const day = (at: Date) => at.toISOString().slice(0, 10);
  return `${what} ${payout.period_start ? `from ${day(payout.period_start)} to` : 'up to'} ${day(payout.period_end)}`;
}

const jobIdOf = (p: PendingPayout) => `payout-${p.id}-${p.job_round}`;
/** A run's job id: its slot, without the colons BullMQ keeps for its own keys. */
export const runJobId = (slotKey: string) => slotKey.replaceAll(':', '-');
