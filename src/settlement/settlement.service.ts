import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { toCsv } from '../common/csv';
import { PlatformFee } from './fees';
import { Statement, StatementLine, StatementQuery, StatementTotal } from './settlement.dto';
import { LineHolder, SourcedLine, statementLines } from './statement-lines';

const CSV_COLUMNS: (keyof StatementLine)[] = [
  'orderNumber',
  'shippedAt',
  'currency',
  'fulfilledBy',
  'totalMinor',
  'payoutMinor',
  'feeMinor',
  'fulfillerNetMinor',
  'manufacturerShareMinor',
  'receivesMinor',
  'kind',
  'returnReceivedAt',
  'payoutId',
  'payoutStatus',
  'payoutPaidAt',
];

/** Who is owed what for shipped orders: statements per retailer and per manufacturer for a period. */
@Injectable()
export class SettlementService {
  private readonly fee: PlatformFee;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.fee = PlatformFee.fromConfig(config);
  }

  async statement(principal: Principal, query: StatementQuery): Promise<Statement> {
    const isRetailer = principal.role === Role.Retailer;
    const tenantId = isRetailer ? access.retailerOf(principal) : access.manufacturerOf(principal);
    const [from, to] = [new Date(query.from), new Date(query.to)];
    if (from >= to) throw new DomainError(ErrorCode.BadRequest, 'from must be before to; to is the first day not included');

    const column = isRetailer ? 'retailer_id' : 'manufacturer_id';
    const sourced = await statementLines(
      this.dataSource.manager,
      this.fee,
      {
        orders: `${isRetailer ? 's.retailer_id' : 'o.manufacturer_id'} = $1 AND s.shipped_at >= $2 AND s.shipped_at < $3`,
        returns: `r.${column} = $1 AND r.received_at >= $2 AND r.received_at < $3`,
      },
      [tenantId, from, to],
      isRetailer ? 'retailer' : 'manufacturer',
    );
    const [party] = await this.dataSource.query<{ name: string; currency?: string | null }[]>(
      isRetailer
        ? `SELECT name FROM retailers WHERE id = $1`
        : `SELECT m.name, s.currency FROM manufacturers m LEFT JOIN stores s ON s.manufacturer_id = m.id WHERE m.id = $1`,
      [tenantId],
    );
    const lines = sourced.map((s) => s.line);
    const totals = totalsOf(lines, this.fee);
    // The rule in each currency of the statement (a manufacturer's own currency even before its first shipment).
    const currencies = [...new Set([...(party.currency ? [party.currency] : []), ...totals.map((total) => total.currency)])];
    return {
      party: isRetailer ? 'retailer' : 'manufacturer',
      name: party.name,
      from,
      to,
      feeRule: currencies.length
        ? currencies.map((currency) => this.fee.describe(currency)).join('; ')
        : `${this.fee.basisPoints / 100}% + a fixed amount in the order's currency, at most the fulfilment price`,
      lines,
      totals,
    };
  }

  /**
   * A payee's statement lines dated before `before` (shipped, or a return received) whose part for it no payout has
   * taken yet, priced as its statement shows them (`receivesMinor`): a retailer its net for the orders it shipped
   * (fulfilment price − fee, negative for a return); a manufacturer its share of every order of its store (payment −
   * fulfilment price), plus the net of those it shipped itself. Runs on `manager` (the payout's transaction).
   */
  unpaidLines(manager: EntityManager, payee: { kind: LineHolder; id: string }, before: Date): Promise<SourcedLine[]> {
    const column = payee.kind === 'retailer' ? 'retailer_id' : 'manufacturer_id';
    return statementLines(
      manager,
      this.fee,
      {
        orders: `${payee.kind === 'retailer' ? 's.retailer_id' : 'o.manufacturer_id'} = $1 AND s.shipped_at < $2 AND pl.source_id IS NULL`,
        returns: `r.${column} = $1 AND r.received_at < $2 AND pl.source_id IS NULL`,
      },
      [payee.id, before],
      payee.kind,
    );
  }

  /** The lines of payouts `payoutIds` (all paid to one payee of kind `payee`), as that payee receives them. */
  linesOfPayouts(payoutIds: string[], payee: LineHolder): Promise<SourcedLine[]> {
    const where = 'pl.payout_id = ANY($1::uuid[])';
    return statementLines(this.dataSource.manager, this.fee, { orders: where, returns: where }, [payoutIds], payee);
  }

  /**
   * Every statement line dated in [from, to) as `payee` receives it: what reconciliation adds up. Every line has a
   * manufacturer's part; only those a retailer shipped have a retailer's.
   */
  linesDatedIn(from: Date, to: Date, payee: LineHolder): Promise<SourcedLine[]> {
    const shippedBy = payee === 'retailer' ? ' AND s.retailer_id IS NOT NULL' : '';
    const receivedBy = payee === 'retailer' ? ' AND r.retailer_id IS NOT NULL' : '';
    return statementLines(
      this.dataSource.manager,
      this.fee,
      { orders: `s.shipped_at >= $1 AND s.shipped_at < $2${shippedBy}`, returns: `r.received_at >= $1 AND r.received_at < $2${receivedBy}` },
      [from, to],
      payee,
    );
  }

  async statementCsv(principal: Principal, query: StatementQuery): Promise<string> {
    const { lines } = await this.statement(principal, query);
    return toCsv(CSV_COLUMNS, lines);
  }
}

function totalsOf(lines: StatementLine[], fee: PlatformFee): StatementTotal[] {
  const totals = new Map<string, StatementTotal>();
  for (const line of lines) {
    const total = totals.get(line.currency) ?? {
      currency: line.currency,
      feeRule: fee.describe(line.currency),
      orders: 0,
      feeMinor: 0,
      receivesMinor: 0,
    };
    if (line.kind === 'order') total.orders++;
    total.feeMinor += line.feeMinor;
    total.receivesMinor += line.receivesMinor;
    totals.set(line.currency, total);
  }
  return [...totals.values()];
}
