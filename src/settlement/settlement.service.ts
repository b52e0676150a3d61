import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { receivedReturns } from '../returns/return-statement';
import { reversalLine } from '../returns/return-statement-line';
import { receivesOf, splitShipment } from './fees';
import { Statement, StatementLine, StatementQuery, StatementTotal } from './settlement.dto';

interface ShipmentRow {
  number: string;
  shipped_at: Date;
  currency: string;
  total_minor: number;
  payout_minor: number;
  retailer_id: string | null;
  retailer_name: string | null;
  pickup_store: string | null;
}

const CSV_COLUMNS: (keyof StatementLine)[] = [
  'orderNumber', 'shippedAt', 'currency', 'fulfilledBy', 'totalMinor', 'payoutMinor',
  'feeMinor', 'fulfillerNetMinor', 'manufacturerShareMinor', 'receivesMinor', 'kind', 'returnReceivedAt',
];

const csvCell = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString() : value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Who is owed what for shipped orders: statements per retailer and per manufacturer for a period. */
@Injectable()
export class SettlementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async statement(principal: Principal, query: StatementQuery): Promise<Statement> {
    const isRetailer = principal.role === Role.Retailer;
    const tenantId = isRetailer ? access.retailerOf(principal) : access.manufacturerOf(principal);
    const [from, to] = [new Date(query.from), new Date(query.to)];
    if (from >= to) throw new DomainError(ErrorCode.BadRequest, 'from must be before to; to is the first day not included');

    const rows: ShipmentRow[] = await this.dataSource.query(
      `SELECT o.number, s.shipped_at, o.currency, o.total_minor, o.payout_minor, s.retailer_id, r.name AS retailer_name,
              ps.name AS pickup_store
         FROM shipments s JOIN orders o ON o.id = s.order_id LEFT JOIN retailers r ON r.id = s.retailer_id
         LEFT JOIN pickups p ON p.order_id = o.id LEFT JOIN retailers ps ON ps.id = p.retailer_id
        WHERE ${isRetailer ? 's.retailer_id' : 'o.manufacturer_id'} = $1 AND s.shipped_at >= $2 AND s.shipped_at < $3
        ORDER BY s.shipped_at, o.number`,
      [tenantId, from, to],
    );
    const [party] = await this.dataSource.query(`SELECT name FROM ${isRetailer ? 'retailers' : 'manufacturers'} WHERE id = $1`, [tenantId]);
    const returns = await receivedReturns(this.dataSource, isRetailer ? 'retailer' : 'manufacturer', tenantId, from, to);
    const lines = [...rows.map((row) => this.line(row, isRetailer)), ...returns.map((row) => reversalLine(row, isRetailer))];
    return {
      party: isRetailer ? 'retailer' : 'manufacturer',
      name: party.name,
      from,
      to,
      feeRule: `${this.config.PLATFORM_FEE_BASIS_POINTS / 100}% + ${this.config.PLATFORM_FEE_FIXED_MINOR}`,
      lines,
      totals: totalsOf(lines),
    };
  }

  async statementCsv(principal: Principal, query: StatementQuery): Promise<string> {
    const { lines } = await this.statement(principal, query);
    return [CSV_COLUMNS.join(','), ...lines.map((line) => CSV_COLUMNS.map((key) => csvCell(line[key])).join(','))].join('\n') + '\n';
  }

  private line(row: ShipmentRow, forRetailer: boolean): StatementLine {
    const split = splitShipment(row.total_minor, row.payout_minor, this.config.PLATFORM_FEE_BASIS_POINTS, this.config.PLATFORM_FEE_FIXED_MINOR);
    const selfShipped = row.retailer_id === null;
    return {
      kind: 'order',
      orderNumber: row.number,
      shippedAt: row.shipped_at,
      returnReceivedAt: null,
      currency: row.currency,
      fulfilledBy: row.retailer_name ?? (row.pickup_store ? `manufacturer, ship-to-store to ${row.pickup_store}` : 'manufacturer'),
      totalMinor: row.total_minor,
      payoutMinor: row.payout_minor,
      ...split,
      // A manufacturer that shipped the order itself is also its fulfiller.
      receivesMinor: receivesOf(split, forRetailer, selfShipped),
    };
  }
}

function totalsOf(lines: StatementLine[]): StatementTotal[] {
  const totals = new Map<string, StatementTotal>();
  for (const line of lines) {
    const total = totals.get(line.currency) ?? { currency: line.currency, orders: 0, feeMinor: 0, receivesMinor: 0 };
    if (line.kind === 'order') total.orders++;
    total.feeMinor += line.feeMinor;
    total.receivesMinor += line.receivesMinor;
    totals.set(line.currency, total);
  }
  return [...totals.values()];
}
