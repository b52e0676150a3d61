import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { SettlementService } from '../settlement/settlement.service';
import { StatementLine, StatementQuery } from '../settlement/settlement.dto';
import { fulfillerOf } from './fulfiller';
import { PayoutTransfers } from './payout-transfers.service';
import { Payout, PAYOUT_LIST_LIMIT, PAYOUT_RUN_LIST_LIMIT, PayoutListQuery, PayoutRun, PayoutWithLines } from './payouts.dto';

const PAYOUT_COLUMNS = `p.id, p.fulfiller_kind AS "fulfillerKind", p.fulfiller_id AS "fulfillerId",
  coalesce(r.name, m.name) AS "fulfillerName", p.currency, p.period_start AS "periodStart", p.period_end AS "periodEnd",
  p.amount_minor::float8 AS "amountMinor", p.status, p.hold_reason AS "holdReason", p.transfer_id AS "transferId", p.attempts,
  p.last_error AS "lastError", p.created_at AS "createdAt", p.paid_at AS "paidAt"
  FROM payouts p LEFT JOIN retailers r ON p.fulfiller_kind = 'retailer' AND r.id = p.fulfiller_id
  LEFT JOIN manufacturers m ON p.fulfiller_kind = 'manufacturer' AND m.id = p.fulfiller_id`;

/** Payouts whose lines are theirs (a transfer made, on its way or failed); the others' lines wait unpaid. */
const TRANSFERS: Payout['status'][] = ['pending', 'paid', 'failed'];

/** Payouts as fulfillers and ops read them, and ops' actions on them (pay out now, retry). */
@Injectable()
export class PayoutsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settlement: SettlementService,
    private readonly transfers: PayoutTransfers,
  ) {}

  /** The caller's payouts decided in [from, to) (by run), newest first; superseded holds left out. */
  async forFulfiller(principal: Principal, query: StatementQuery): Promise<Payout[]> {
    const fulfiller = fulfillerOf(principal);
    const [from, to] = [new Date(query.from), new Date(query.to)];
    if (from >= to) throw new DomainError(ErrorCode.BadRequest, 'from must be before to; to is the first day not included');
    return this.dataSource.query(
      `SELECT ${PAYOUT_COLUMNS} WHERE p.fulfiller_kind = $1 AND p.fulfiller_id = $2 AND p.created_at >= $3 AND p.created_at < $4
          AND p.status <> 'superseded' ORDER BY p.created_at DESC, p.currency LIMIT ${PAYOUT_LIST_LIMIT}`,
      [fulfiller.kind, fulfiller.id, from, to],
    );
  }

  /**
   * The caller's payouts decided in [from, to), as `forFulfiller`, each with the lines it transfers (none for a held
   * or carried payout: its lines wait for the next payout).
   */
  async forFulfillerWithLines(principal: Principal, query: StatementQuery): Promise<PayoutWithLines[]> {
    const payouts = await this.forFulfiller(principal, query);
    const transfers = payouts.filter((p) => TRANSFERS.includes(p.status)).map((p) => p.id);
    const byPayout = new Map<string, StatementLine[]>();
    for (const { line } of transfers.length ? await this.settlement.linesOfPayouts(transfers, fulfillerOf(principal).kind) : []) {
      byPayout.set(line.payoutId!, [...(byPayout.get(line.payoutId!) ?? []), line]);
    }
    return payouts.map((p) => ({ ...p, lines: byPayout.get(p.id) ?? [] }));
  }

  /** One of the caller's payouts with its lines (404 for another fulfiller's). */
  async oneForFulfiller(principal: Principal, payoutId: string): Promise<PayoutWithLines> {
    const fulfiller = fulfillerOf(principal);
    const [payout]: Payout[] = await this.dataSource.query(
      `SELECT ${PAYOUT_COLUMNS} WHERE p.id = $1 AND p.fulfiller_kind = $2 AND p.fulfiller_id = $3`,
      [payoutId, fulfiller.kind, fulfiller.id],
    );
    return this.withLines(access.found(payout, 'Payout'));
  }

  /** Ops: any payout with its lines. */
  async one(principal: Principal, payoutId: string): Promise<PayoutWithLines> {
    access.requireOps(principal);
    const [payout]: Payout[] = await this.dataSource.query(`SELECT ${PAYOUT_COLUMNS} WHERE p.id = $1`, [payoutId]);
    return this.withLines(access.found(payout, 'Payout'));
  }

  /** Ops: payouts newest first, by state (holds and failures are what needs attention). */
  list(principal: Principal, query: PayoutListQuery): Promise<Payout[]> {
    access.requireOps(principal);
    return this.dataSource.query(
      `SELECT ${PAYOUT_COLUMNS} WHERE ${query.status ? 'p.status = $1' : `p.status <> 'superseded'`} ORDER BY p.created_at DESC, p.id LIMIT ${PAYOUT_LIST_LIMIT}`,
      query.status ? [query.status] : [],
    );
  }

  /** Ops: the latest payout runs with their payouts counted by state and the amounts paid per currency. */
  runs(principal: Principal): Promise<PayoutRun[]> {
    access.requireOps(principal);
    return this.dataSource.query(
      `SELECT r.id, r.trigger, r.cutoff, r.started_at AS "startedAt", r.finished_at AS "finishedAt",
              coalesce((SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM payouts WHERE run_id = r.id GROUP BY status) c), '{}') AS counts,
              coalesce((SELECT jsonb_object_agg(currency, s) FROM (SELECT currency, sum(amount_minor)::float8 AS s FROM payouts WHERE run_id = r.id AND status = 'paid' GROUP BY currency) c), '{}') AS "paidMinor"
         FROM payout_runs r ORDER BY r.started_at DESC LIMIT ${PAYOUT_RUN_LIST_LIMIT}`,
    );
  }

  /**
   * Ops: pays out now everything dated up to this moment, as the schedule would. The run is written first and its
   * job queued without waiting, so a Redis outage delays the run (the sweep queues it again) but never the answer.
   */
  async runNow(principal: Principal, now = new Date()): Promise<{ slotKey: string }> {
    access.requireOps(principal);
    const slotKey = `payouts:ops:${now.toISOString()}`;
    await this.dataSource.query(`INSERT INTO payout_runs (slot_key, trigger, cutoff) VALUES ($1, 'ops', $2) ON CONFLICT (slot_key) DO NOTHING`, [
      slotKey,
      now,
    ]);
    this.transfers.enqueueRunJob(slotKey, now, 'ops');
    return { slotKey };
  }

  /** Ops: tries a failed payout again (same idempotency key); 409 for any other state. */
  async retry(principal: Principal, payoutId: string): Promise<void> {
    access.requireOps(principal);
    await this.transfers.retry(payoutId);
  }

  private async withLines(payout: Payout): Promise<PayoutWithLines> {
    const sourced = !TRANSFERS.includes(payout.status)
      ? (await this.settlement.unpaidLines(this.dataSource.manager, { kind: payout.fulfillerKind, id: payout.fulfillerId }, payout.periodEnd)).filter(
          (l) => l.line.currency === payout.currency,
        )
      : await this.settlement.linesOfPayouts([payout.id], payout.fulfillerKind);
    return { ...payout, lines: sourced.map((l) => l.line) };
  }
}
