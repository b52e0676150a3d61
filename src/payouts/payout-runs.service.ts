import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PAYMENT_PROVIDER, PaymentProvider } from '../payments/payment-provider';
import { HandlesJob } from '../queue/job-handler.decorator';
import { JobPayloads } from '../queue/jobs';
import { SettlementService } from '../settlement/settlement.service';
import { SourcedLine } from '../settlement/statement-lines';
import { Fulfiller } from './fulfiller';
import { heldNotice } from './held-notice';
import { recordAccountStatus } from './payout-account-status';
import { PayoutTransfers } from './payout-transfers.service';

/** What a run decided for one fulfiller and currency. */
export type PayoutStatus = 'held' | 'carried' | 'pending' | 'paid' | 'failed' | 'superseded';

/**
 * Payout runs: each payee is paid, per currency, what its statement lines dated before the run's cutoff come to for
 * the parts no payout has taken yet, as one transfer: a retailer its net of the orders it shipped (fulfilment price −
 * fee; received returns: the same, reversed); a manufacturer its share of every order of its store (payment −
 * fulfilment price; returns: the refund less the fulfilment price given back), plus the net of those it shipped. A net of zero or less is carried forward (its lines wait for the next run); a fulfiller whose payout
 * account cannot receive transfers yet is held, and its admins told the first time, when new lines raise the amount, and
 * every HELD_REMINDER_DAYS (held-notice.ts). A run can be run again (a retried or stalled job): what it
 * already decided for a fulfiller and currency stays decided.
 */
@Injectable()
export class PayoutRuns {
  private readonly logger = new Logger(PayoutRuns.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly settlement: SettlementService,
    private readonly transfers: PayoutTransfers,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  @HandlesJob('payouts.run')
  async run({ slotKey, cutoff, trigger }: JobPayloads['payouts.run']): Promise<void> {
    await this.dataSource.query(`INSERT INTO payout_runs (slot_key, trigger, cutoff) VALUES ($1, $2, $3) ON CONFLICT (slot_key) DO NOTHING`, [
      slotKey,
      trigger,
      new Date(cutoff),
    ]);
    const [run]: { id: string; cutoff: Date; finished_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, cutoff, finished_at FROM payout_runs WHERE slot_key = $1`,
      [slotKey],
    );
    if (run.finished_at) return;
    // Everyone with a part of a line not yet paid (a retailer for what it shipped, a manufacturer for every order of
    // its store), and everyone held (their account may be ready now).
    const fulfillers: Fulfiller[] = await this.dataSource.query(
      `SELECT DISTINCT kind, id FROM (
         SELECT 'retailer' AS kind, s.retailer_id AS id
           FROM shipments s LEFT JOIN payout_lines pl ON pl.source_kind = 'order' AND pl.source_id = s.id AND pl.payee_kind = 'retailer'
          WHERE s.shipped_at < $1 AND s.retailer_id IS NOT NULL AND pl.source_id IS NULL
         UNION ALL
         SELECT 'manufacturer', o.manufacturer_id
           FROM shipments s JOIN orders o ON o.id = s.order_id
           LEFT JOIN payout_lines pl ON pl.source_kind = 'order' AND pl.source_id = s.id AND pl.payee_kind = 'manufacturer'
          WHERE s.shipped_at < $1 AND pl.source_id IS NULL
         UNION ALL
         SELECT 'retailer', r.retailer_id
           FROM returns r LEFT JOIN payout_lines pl ON pl.source_kind = 'return' AND pl.source_id = r.id AND pl.payee_kind = 'retailer'
          WHERE r.received_at < $1 AND r.retailer_id IS NOT NULL AND pl.source_id IS NULL
         UNION ALL
         SELECT 'manufacturer', r.manufacturer_id
           FROM returns r LEFT JOIN payout_lines pl ON pl.source_kind = 'return' AND pl.source_id = r.id AND pl.payee_kind = 'manufacturer'
          WHERE r.received_at < $1 AND pl.source_id IS NULL) due
        ORDER BY kind, id`,
      [run.cutoff],
    );
    await this.askAgainWhereUnready(fulfillers);
    let failed = 0;
    for (const fulfiller of fulfillers) {
      // One fulfiller's failure does not hold up the others' payouts; the job is retried for it (and skips the rest).
      await this.settle(run, fulfiller).catch((error: unknown) => {
        failed++;
        this.logger.error({ err: error, fulfiller }, `Payout run ${run.id}: the payout of ${fulfiller.kind} ${fulfiller.id} failed`);
      });
    }
    await this.transfers.enqueueRun(run.id);
    if (failed) throw new Error(`Payout run ${run.id}: ${failed} fulfiller(s) could not be settled; the run is retried`);
    await this.dataSource.query(`UPDATE payout_runs SET finished_at = now() WHERE id = $1`, [run.id]);
  }

  /**
   * Accounts still onboarding are asked again before the run decides: their fulfiller may have finished on the
   * provider's page without coming back to ours. A provider that cannot answer leaves them held this time.
   */
  private async askAgainWhereUnready(fulfillers: Fulfiller[]): Promise<void> {
    const unready: { fulfiller_kind: Fulfiller['kind']; fulfiller_id: string; provider_account_id: string }[] = await this.dataSource.query(
      `SELECT fulfiller_kind, fulfiller_id, provider_account_id FROM payout_accounts
        WHERE NOT payouts_enabled AND (fulfiller_kind, fulfiller_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [fulfillers.map((f) => f.kind), fulfillers.map((f) => f.id)],
    );
    for (const account of unready) {
      const fulfiller = { kind: account.fulfiller_kind, id: account.fulfiller_id };
      await this.provider
        .payoutAccountStatus(account.provider_account_id)
        .then((status) => recordAccountStatus(this.dataSource, fulfiller, status))
        .catch((error: unknown) => this.logger.warn({ err: error, fulfiller }, 'Payout account not checked; it stays held this run'));
    }
  }

  /**
   * A held payout whose fulfiller can now receive transfers becomes a transfer (same row, same idempotency key),
   * priced again from its lines; called when the fulfiller's account is found ready.
   */
  async releaseHolds(fulfiller: Fulfiller): Promise<void> {
    const held: { id: string; run_id: string; cutoff: Date }[] = await this.dataSource.query(
      `SELECT p.id, p.run_id, p.period_end AS cutoff FROM payouts p
        WHERE p.fulfiller_kind = $1 AND p.fulfiller_id = $2 AND p.status = 'held'`,
      [fulfiller.kind, fulfiller.id],
    );
    for (const payout of held) {
      await this.dataSource.transaction(async (manager) => {
        await lockFulfiller(manager, fulfiller);
        const [row]: { currency: string; status: string }[] = await manager.query(`SELECT currency, status FROM payouts WHERE id = $1`, [payout.id]);
        if (row.status !== 'held') return;
        const lines = (await this.settlement.unpaidLines(manager, fulfiller, payout.cutoff)).filter((l) => l.line.currency === row.currency);
        const net = netOf(lines);
        if (net <= 0) {
          await manager.query(`UPDATE payouts SET status = 'carried', amount_minor = $2, hold_reason = NULL, updated_at = now() WHERE id = $1`, [
            payout.id,
            net,
          ]);
          return;
        }
        await manager.query(`UPDATE payouts SET status = 'pending', amount_minor = $2, hold_reason = NULL, updated_at = now() WHERE id = $1`, [
          payout.id,
          net,
        ]);
        await insertLines(manager, payout.id, fulfiller, lines);
      });
    }
    if (held.length) await this.transfers.enqueueFulfiller(fulfiller);
  }

  /** One fulfiller's payouts of a run, in one transaction with the fulfiller locked (two runs never pay one line twice). */
  private settle(run: { id: string; cutoff: Date }, fulfiller: Fulfiller): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await lockFulfiller(manager, fulfiller);
      const lines = await this.settlement.unpaidLines(manager, fulfiller, run.cutoff);
      const [account]: { payouts_enabled: boolean }[] = await manager.query(
        `SELECT payouts_enabled FROM payout_accounts WHERE fulfiller_kind = $1 AND fulfiller_id = $2`,
        [fulfiller.kind, fulfiller.id],
      );
      for (const currency of [...new Set(lines.map((l) => l.line.currency))]) {
        await this.settleCurrency(
          manager,
          run,
          fulfiller,
          currency,
          lines.filter((l) => l.line.currency === currency),
          account ?? null,
        );
      }
    });
  }

  private async settleCurrency(
    manager: EntityManager,
    run: { id: string; cutoff: Date },
    fulfiller: Fulfiller,
    currency: string,
    lines: SourcedLine[],
    account: { payouts_enabled: boolean } | null,
  ): Promise<void> {
    const [existing]: { status: PayoutStatus; run_id: string }[] = await manager.query(
      `SELECT status, run_id FROM payouts WHERE fulfiller_kind = $1 AND fulfiller_id = $2 AND currency = $3
          AND (run_id = $4 OR status IN ('pending', 'failed'))`,
      [fulfiller.kind, fulfiller.id, currency, run.id],
    );
    // Decided already by this run; or a transfer whose outcome is not final yet, which must settle first.
    if (existing) return;
    const [last]: { period_end: Date | null }[] = await manager.query(
      `SELECT max(period_end) AS period_end FROM payouts WHERE fulfiller_kind = $1 AND fulfiller_id = $2 AND currency = $3 AND status = 'paid'`,
      [fulfiller.kind, fulfiller.id, currency],
    );
    const net = netOf(lines);
    const status: PayoutStatus = net <= 0 ? 'carried' : account?.payouts_enabled ? 'pending' : 'held';
    const holdReason = status !== 'held' ? null : account ? 'Payout onboarding is not finished' : 'No payout account set up yet';
    // The payout held until now hands its e-mail notice on: its admins are not told the same thing every run.
    const [held]: { cutoff: Date | null; amount: string | null }[] = await manager.query(
      `SELECT held_notice_cutoff AS cutoff, held_notice_minor AS amount FROM payouts
        WHERE fulfiller_kind = $1 AND fulfiller_id = $2 AND currency = $3 AND status = 'held'`,
      [fulfiller.kind, fulfiller.id, currency],
    );
    const notice =
      status === 'held' ? heldNotice(held?.cutoff ? { cutoff: held.cutoff, amountMinor: Number(held.amount) } : null, net, run.cutoff) : null;
    await manager.query(
      `UPDATE payouts SET status = 'superseded', updated_at = now()
        WHERE fulfiller_kind = $1 AND fulfiller_id = $2 AND currency = $3 AND status IN ('held', 'carried')`,
      [fulfiller.kind, fulfiller.id, currency],
    );
    const [payout]: { id: string }[] = await manager.query(
      `INSERT INTO payouts (run_id, fulfiller_kind, fulfiller_id, currency, period_start, period_end, amount_minor, status, hold_reason, idempotency_key,
                            held_notice_cutoff, held_notice_minor)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        run.id,
        fulfiller.kind,
        fulfiller.id,
        currency,
        last?.period_end ?? null,
        run.cutoff,
        net,
        status,
        holdReason,
        idempotencyKey(fulfiller, currency, last?.period_end ?? null, run.cutoff),
        notice?.cutoff ?? null,
        notice?.amountMinor ?? null,
      ],
    );
    if (status === 'pending') await insertLines(manager, payout.id, fulfiller, lines);
    if (notice?.tell) await tellHeld(manager, fulfiller, payout.id);
  }
}

/**
 * The payout's idempotency key at the provider: fulfiller + currency + period, so however often it is retried (by
 * the queue, after a crash, by ops) the period is transferred once.
 */
export function idempotencyKey(fulfiller: Fulfiller, currency: string, from: Date | null, to: Date): string {
  return `payout-${fulfiller.kind}-${fulfiller.id}-${currency}-${from ? from.toISOString() : 'start'}-${to.toISOString()}`;
}

const netOf = (lines: SourcedLine[]) => lines.reduce((sum, l) => sum + l.line.receivesMinor, 0);

function lockFulfiller(manager: EntityManager, fulfiller: Fulfiller): Promise<unknown> {
  return manager.query(`SELECT pg_advisory_xact_lock(hashtext('payouts:' || $1))`, [fulfiller.id]);
}

/**
 * The lines a transfer pays to `payee`; a line's key with its payee is unique across payouts, so no part of a line is
 * ever paid twice.
 */
async function insertLines(manager: EntityManager, payoutId: string, payee: Fulfiller, lines: SourcedLine[]): Promise<void> {
  await manager.query(
    `INSERT INTO payout_lines (source_kind, source_id, payee_kind, payout_id, currency, dated_at, net_minor)
     SELECT kind, id, $8, payout, currency, dated, net
       FROM unnest($1::text[], $2::uuid[], array_fill($3::uuid, ARRAY[$7::int]), $4::text[], $5::timestamptz[], $6::bigint[])
            AS l(kind, id, payout, currency, dated, net)`,
    [
      lines.map((l) => l.sourceKind),
      lines.map((l) => l.sourceId),
      payoutId,
      lines.map((l) => l.line.currency),
      lines.map((l) => l.datedAt),
      lines.map((l) => l.line.receivesMinor),
      lines.length,
      payee.kind,
    ],
  );
}

/** An e-mail to each active admin of the fulfiller: the payout is held until its onboarding is finished. */
async function tellHeld(manager: EntityManager, fulfiller: Fulfiller, payoutId: string): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (channel, event, retailer_id, payload)
     SELECT 'email', 'payout.held', $3::uuid, jsonb_build_object('userId', u.id, 'payoutId', $4::text, 'fulfillerKind', $1::text)
       FROM users u
      WHERE u.${fulfiller.kind === 'retailer' ? 'retailer_id' : 'manufacturer_id'} = $2 AND u.is_admin AND u.disabled_at IS NULL`,
    [fulfiller.kind, fulfiller.id, fulfiller.kind === 'retailer' ? fulfiller.id : null, payoutId],
  );
}
