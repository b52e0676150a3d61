import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { StatementLine } from '../settlement/settlement.dto';

export class PayoutAccountView {
  @ApiProperty({
    enum: ['none', 'onboarding', 'enabled'],
    description: 'none: not set up; onboarding: the provider still needs details; enabled: payouts reach the bank',
  })
  state: 'none' | 'onboarding' | 'enabled';
  @ApiProperty({ example: 'stripe', description: "The payment provider ('test' when no Stripe key is configured: no money moves)" }) provider: string;
  @ApiProperty() testMode: boolean;
  @ApiProperty({ type: [String], maxItems: 200, description: "What the provider still needs, in the provider's words" }) requirementsDue: string[];
  @ApiProperty({ nullable: true, type: Date, description: 'When the provider was last asked' }) checkedAt: Date | null;
}

export class OnboardingLink {
  @ApiProperty({ description: "The provider's onboarding page: one use, expires at expiresAt" }) url: string;
  @ApiProperty() expiresAt: Date;
}

const STATUSES = ['held', 'carried', 'pending', 'paid', 'failed', 'superseded'] as const;

export class Payout {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['retailer', 'manufacturer'] }) fulfillerKind: 'retailer' | 'manufacturer';
  @ApiProperty({ format: 'uuid' }) fulfillerId: string;
  @ApiProperty({ description: 'The retailer or manufacturer paid' }) fulfillerName: string;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ nullable: true, type: Date, description: 'The end of the last paid period (null: from the first line)' }) periodStart: Date | null;
  @ApiProperty({ description: "Lines dated before this instant (the run's cutoff) are in it" }) periodEnd: Date;
  @ApiProperty({ description: 'Net of its lines in minor units; zero or less is carried forward, nothing transferred' }) amountMinor: number;
  @ApiProperty({
    enum: STATUSES,
    description:
      'held: waiting for onboarding; carried: net ≤ 0, carried forward; pending: transfer being made (retried); paid; failed: ops must retry; superseded: replaced by a later run',
  })
  status: (typeof STATUSES)[number];
  @ApiProperty({ nullable: true, type: String, description: 'Why it is held, in words' }) holdReason: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The provider's transfer id once paid" }) transferId: string | null;
  @ApiProperty({ description: 'Transfer attempts so far' }) attempts: number;
  @ApiProperty({ nullable: true, type: String, description: "The last attempt's error" }) lastError: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) paidAt: Date | null;
}

export class PayoutWithLines extends Payout {
  @ApiProperty({
    type: [StatementLine],
    maxItems: 100_000,
    description: 'The statement lines it pays (for a held or carried payout: the lines it would pay now)',
  })
  lines: StatementLine[];
}

export class PayoutRun {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['schedule', 'ops'] }) trigger: 'schedule' | 'ops';
  @ApiProperty({ description: 'Lines dated before this instant are paid' }) cutoff: Date;
  @ApiProperty() startedAt: Date;
  @ApiProperty({ nullable: true, type: Date, description: 'Null while running (or retrying a fulfiller)' }) finishedAt: Date | null;
  @ApiProperty({
    description: 'Payouts by status, e.g. {"paid": 12, "held": 1}',
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 2 ** 31 - 1 },
  })
  counts: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    description: 'Transferred per currency, minor units',
  })
  paidMinor: Record<string, number>;
}

export class PayoutListQuery {
  @ApiProperty({ required: false, enum: ['held', 'pending', 'failed', 'paid'], description: 'Only payouts in this state' })
  @IsOptional()
  @IsIn(['held', 'pending', 'failed', 'paid'], { message: 'status must be one of held, pending, failed, paid' })
  status?: 'held' | 'pending' | 'failed' | 'paid';
}

export class CurrencyReconciliation {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ description: 'Captured at the provider in the period (payment movements)' }) capturedMinor: number;
  @ApiProperty({ description: 'Refunded at the provider in the period' }) refundedMinor: number;
  @ApiProperty({ description: "The statements' customer totals: orders shipped less returns received in the period" }) customerTotalMinor: number;
  @ApiProperty({ description: 'captured − refunded − customer totals; 0 expected' }) cardDifferenceMinor: number;
  @ApiProperty({
    description:
      "What the period's lines owe their payees, returns reversed: retailers' nets (fulfilment price − fee) and manufacturers' shares (payment − fulfilment price, plus the net of orders they shipped)",
  })
  fulfillerNetMinor: number;
  @ApiProperty({ description: 'Of those lines, transferred by paid payouts' }) transferredMinor: number;
  @ApiProperty({ description: 'Of those lines, in a payout whose transfer is pending or failed' }) inTransitMinor: number;
  @ApiProperty({ description: 'Of those lines, not in a transfer yet (not yet due, held, or carried forward)' }) owedMinor: number;
  @ApiProperty({ description: 'nets − transferred − in transit − owed; 0 expected' }) payoutDifferenceMinor: number;
}

export class Reconciliation {
  @ApiProperty() from: Date;
  @ApiProperty() to: Date;
  @ApiProperty({ type: [CurrencyReconciliation], maxItems: 200 }) currencies: CurrencyReconciliation[];
}

/** Most payouts a list answers (newest first): a year of weekly runs for a few hundred fulfillers and currencies. */
export const PAYOUT_LIST_LIMIT = 500;
/** Most payout runs a list answers, newest first (two years of weekly runs). */
export const PAYOUT_RUN_LIST_LIMIT = 100;
