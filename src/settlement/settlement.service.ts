import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { access } from '../auth/access';
import { Principal, Role } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { minorUnitsSql } from '../common/money';
import { receivedReturns } from '../returns/return-statement';
import { reversalLine } from '../returns/return-statement-line';
import { PlatformFee, receivesOf, splitShipment } from './fees';
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

const csvCell = (value: string | number | Date | null) => {
  const text = value instanceof Date ? value.toISOString() : value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

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

    const rows: ShipmentRow[] = await this.dataSource.query(
      `SELECT o.number, s.shipped_at, o.currency, ${minorUnitsSql('o.total_minor')} AS total_minor,
              ${minorUnitsSql('o.payout_minor')} AS payout_minor, s.retailer_id, r.name AS retailer_name, ps.name AS pickup_store
         FROM shipments s JOIN orders o ON o.id = s.order_id LEFT JOIN retailers r ON r.id = s.retailer_id
         LEFT JOIN pickups p ON p.order_id = o.id LEFT JOIN retailers ps ON ps.id = p.retailer_id
        WHERE ${isRetailer ? 's.retailer_id' : 'o.manufacturer_id'} = $1 AND s.shipped_at >= $2 AND s.shipped_at < $3
        ORDER BY s.shipped_at, o.number`,
      [tenantId, from, to],
    );
    const [party] = await this.dataSource.query<{ name: string; currency?: string | null }[]>(
      isRetailer ? `SELECT name FROM retailers WHERE id = $1` : `SELECT m.name, s.currency FROM manufacturers m LEFT JOIN stores s ON s.manufacturer_id = m.id WHERE m.id = $1`,
      [tenantId],
    );
    const returns = await receivedReturns(this.dataSource, isRetailer ? 'retailer' : 'manufacturer', tenantId, from, to);
    const lines = [...rows.map((row) => this.line(row, isRetailer)), ...returns.map((row) => reversalLine(row, isRetailer))];
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

  async statementCsv(principal: Principal, query: StatementQuery): Promise<string> {
    const { lines } = await this.statement(principal, query);
    return [CSV_COLUMNS.join(','), ...lines.map((line) => CSV_COLUMNS.map((key) => csvCell(line[key])).join(','))].join('\n') + '\n';
  }

  private line(row: ShipmentRow, forRetailer: boolean): StatementLine {
    const split = splitShipment(this.fee, row.currency, row.total_minor, row.payout_minor);
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

function totalsOf(lines: StatementLine[], fee: PlatformFee): StatementTotal[] {
  const totals = new Map<string, StatementTotal>();
  for (const line of lines) {
    const total = totals.get(line.currency) ?? { currency: line.currency, feeRule: fee.describe(line.currency), orders: 0, feeMinor: 0, receivesMinor: 0 };
    if (line.kind === 'order') total.orders++;
    total.feeMinor += line.feeMinor;
    total.receivesMinor += line.receivesMinor;
    totals.set(line.currency, total);
  }
  return [...totals.values()];
}
