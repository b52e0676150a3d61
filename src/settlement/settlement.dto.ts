import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate } from '../common/iso-date';

export class StatementQuery {
  @IsIsoDate({ example: '2026-11-01', description: 'First day (or instant) included' })
  from: string;

  @IsIsoDate({ example: '2026-12-01', description: 'First day (or instant) not included' })
  to: string;
}

export class StatementLine {
  @ApiProperty({ enum: ['order', 'return'], description: 'A fulfilled order, or a received return reversing part of one (negative amounts)' })
  kind: 'order' | 'return';
  @ApiProperty() orderNumber: string;
  @ApiProperty() shippedAt: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'For a return: when the goods came back, which puts it in this period' })
  returnReceivedAt: Date | null;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ description: 'Who shipped it: a retailer, or the manufacturer itself' }) fulfilledBy: string;
  @ApiProperty({ description: 'What the customer paid' }) totalMinor: number;
  @ApiProperty({ description: 'The fixed fulfilment price' }) payoutMinor: number;
  @ApiProperty({ description: 'Platform fee: a percentage of the fulfilment price plus a fixed amount per currency, at most the fulfilment price' })
  feeMinor: number;
  @ApiProperty({ description: 'Owed to the fulfiller: fulfilment price less fee' }) fulfillerNetMinor: number;
  @ApiProperty({ description: 'Kept by the manufacturer: the payment less the fulfilment price' }) manufacturerShareMinor: number;
  @ApiProperty({
    description:
      'What the statement holder receives for this order, and is paid out: a retailer its net; a manufacturer its share, plus the net of orders it shipped',
  })
  receivesMinor: number;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description:
      "The payout that paid (or is paying) your part of this line (a retailer's net; a manufacturer's share, with the net when it shipped); null until a payout takes it",
  })
  payoutId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['pending', 'paid', 'failed'],
    description: 'That payout: pending (transfer on its way), paid, or failed (being looked at)',
  })
  payoutStatus: string | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When that payout was transferred' })
  payoutPaidAt: Date | null;
}

export class StatementTotal {
  @ApiProperty() currency: string;
  @ApiProperty({ example: '9.5% + $1.29, at most the fulfilment price', description: 'The platform fee in this currency', maxLength: 120 })
  feeRule: string;
  @ApiProperty({ description: 'Fulfilled orders (return lines are not counted)' }) orders: number;
  @ApiProperty() feeMinor: number;
  @ApiProperty() receivesMinor: number;
}

export class Statement {
  @ApiProperty({ enum: ['retailer', 'manufacturer'] }) party: 'retailer' | 'manufacturer';
  @ApiProperty() name: string;
  @ApiProperty() from: Date;
  @ApiProperty() to: Date;
  @ApiProperty({
    example: '9.5% + $1.29, at most the fulfilment price',
    description: 'The platform fee in each currency of the statement, separated by "; "',
    maxLength: 10_000,
  })
  feeRule: string;
  @ApiProperty({ type: [StatementLine] }) lines: StatementLine[];
  @ApiProperty({ type: [StatementTotal], maxItems: 200, description: 'One per currency (ISO 4217 has under 200)' }) totals: StatementTotal[];
}
