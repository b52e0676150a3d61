import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal } from '../auth/role';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { StatementQuery } from '../settlement/settlement.dto';
import { SettlementService } from '../settlement/settlement.service';
import { CurrencyReconciliation, Reconciliation } from './payouts.dto';

/**
 * Reconciliation for a period, per currency (the DESIGN's rule "captured − refunded = the statements' customer
 * totals and transferred = the fulfillers' nets"): the card side from the provider's movements against the
 * statements' lines of the period, and the payout side from the payout lines against the same statement lines'
 * payees' parts (retailers' nets, manufacturers' shares and own fulfilments), priced by the one statement rule. Every difference is expected to be 0; one that is not names a line priced or
 * moved differently from its statement.
 */
@Injectable()
export class ReconciliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settlement: SettlementService,
  ) {}

  async reconcile(principal: Principal, query: StatementQuery): Promise<Reconciliation> {
    access.requireOps(principal);
    const [from, to] = [new Date(query.from), new Date(query.to)];
    if (from >= to) throw new DomainError(ErrorCode.BadRequest, 'from must be before to; to is the first day not included');
    const byCurrency = new Map<string, CurrencyReconciliation>();
    const of = (currency: string) => {
      let row = byCurrency.get(currency);
      if (!row) {
        row = {
          currency,
          capturedMinor: 0,
          refundedMinor: 0,
          customerTotalMinor: 0,
          cardDifferenceMinor: 0,
          fulfillerNetMinor: 0,
          transferredMinor: 0,
          inTransitMinor: 0,
          owedMinor: 0,
          payoutDifferenceMinor: 0,
        };
        byCurrency.set(currency, row);
      }
      return row;
    };
    const movements: { currency: string; kind: 'capture' | 'refund'; amount: number }[] = await this.dataSource.query(
      `SELECT currency, kind, sum(amount_minor)::float8 AS amount FROM payment_movements WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY currency, kind`,
      [from, to],
    );
    for (const m of movements) of(m.currency)[m.kind === 'capture' ? 'capturedMinor' : 'refundedMinor'] += m.amount;

    const paid: Map<string, { net: number; status: string }> = new Map(
      (
        await this.dataSource.query<{ key: string; net: number; status: string }[]>(
          `SELECT pl.source_kind || ':' || pl.source_id || ':' || pl.payee_kind AS key, pl.net_minor::float8 AS net, p.status
             FROM payout_lines pl JOIN payouts p ON p.id = pl.payout_id WHERE pl.dated_at >= $1 AND pl.dated_at < $2`,
          [from, to],
        )
      ).map((r) => [r.key, r]),
    );
    // Each line's parts: the manufacturer's (every line, so the customer's total is counted there once) and the
    // retailer's (lines a retailer shipped); together the payment less the platform fee.
    for (const payee of ['manufacturer', 'retailer'] as const) {
      for (const { sourceKind, sourceId, line } of await this.settlement.linesDatedIn(from, to, payee)) {
        const row = of(line.currency);
        if (payee === 'manufacturer') row.customerTotalMinor += line.totalMinor;
        row.fulfillerNetMinor += line.receivesMinor;
        const payout = paid.get(`${sourceKind}:${sourceId}:${payee}`);
        if (!payout) row.owedMinor += line.receivesMinor;
        else if (payout.status === 'paid') row.transferredMinor += payout.net;
        else row.inTransitMinor += payout.net;
      }
    }
    for (const row of byCurrency.values()) {
      row.cardDifferenceMinor = row.capturedMinor - row.refundedMinor - row.customerTotalMinor;
      row.payoutDifferenceMinor = row.fulfillerNetMinor - row.transferredMinor - row.inTransitMinor - row.owedMinor;
    }
    return { from, to, currencies: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
  }
}
